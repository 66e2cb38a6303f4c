// Writes values to the LMS and commits them: only values that changed, in the order they were
// asked for (2004 interactions need id -> type -> rest, RTE 4.2.9; score before status, because
// Moodle's mastery override reads the score at LMSFinish), committed at most once per interval
// (Moodle commits with synchronous XHR: frequent commits freeze the page), and retried with backoff
// when the LMS fails, while the learner sees "not saved yet". Nothing is dropped silently.

import type { SaveStatus } from '../../shared/tracking.js';
import type { ScormApi } from './scorm-api.js';

export interface WriterOptions {
  /** Minimum time between two throttled commits. */
  intervalMs: number;
  /** First retry delay; doubles up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  transientErrors: string[];
  onStatus(status: SaveStatus): void;
  /** Values the LMS refused for good (bad format, out of range, too long): reported once, not sent
   *  again unless the value changes. */
  onRefused(element: string, value: string, error: string): void;
  /** After every commit: the values set or queued since the last commit the LMS took (none when this
   *  one went through), and what the LMS holds as far as this session knows (backup.ts). */
  onUnsaved(unsaved: Array<[string, string]>, held: ReadonlyMap<string, string>): void;
}

export interface Writer {
  /** Remembers what the LMS already holds (read at start), so it is not sent again. */
  known(element: string, value: string): void;
  want(element: string, value: string): void;
  /** Commit soon (throttled, trailing). */
  commitSoon(): void;
  /** Write and commit now (after an answer, after the quiz result, at the end). */
  commitNow(): boolean;
  /** Stops timers; no more writes after this. */
  close(): void;
}

interface WriterState {
  api: ScormApi;
  opts: WriterOptions;
  /** What the LMS holds, as far as this session knows. */
  sent: Map<string, string>;
  /** Values the LMS refused outright: asked for again unchanged, they are not sent again. */
  refused: Map<string, string>;
  /** Values to send, in order. */
  queue: Map<string, string>;
  /** Values set since the last commit that went through. */
  uncommitted: Map<string, string>;
  /** The throttled or retrying commit to come. */
  alarm: ReturnType<typeof setTimeout> | undefined;
  lastCommit: number;
  backoff: number;
  lastStatus: SaveStatus | null;
  shut: boolean;
}

function emit(w: WriterState, next: SaveStatus): void {
  if (next !== w.lastStatus) w.opts.onStatus((w.lastStatus = next));
}

/** Sends pending values in order; stops at the first transient failure so order is kept. A value
 *  refused for good (bad format 406, out of range 407, too long 405) is reported and dropped:
 *  retrying it would hold back every later value. */
function flush(w: WriterState): boolean {
  for (const [element, value] of [...w.queue]) {
    const result = w.api.set(element, value);
    if (!result.ok && w.opts.transientErrors.includes(result.error)) return false;
    if (result.ok) {
      w.sent.set(element, value);
      w.uncommitted.set(element, value);
    } else {
      w.refused.set(element, value);
      w.opts.onRefused(element, value, result.error);
    }
    w.queue.delete(element);
  }
  return true;
}

function cancelTimer(w: WriterState): void {
  clearTimeout(w.alarm); // a no-op for undefined (HTML timers: clearTimeout of an unknown handle)
  w.alarm = undefined;
}

function schedule(w: WriterState, delay: number): void {
  if (w.alarm !== undefined || w.shut) return;
  w.alarm = setTimeout(
    () => {
      w.alarm = undefined;
      commitNow(w);
    },
    Math.max(0, delay),
  );
}

function commitNow(w: WriterState): boolean {
  if (w.shut) return false;
  cancelTimer(w);
  if (w.queue.size === 0 && w.lastStatus === 'saved') return true; // nothing new: spare the LMS a commit
  emit(w, 'saving');
  const ok = flush(w) && w.api.commit().ok;
  w.lastCommit = Date.now();
  if (ok) w.uncommitted.clear();
  w.opts.onUnsaved([...w.uncommitted, ...w.queue], w.sent);
  if (ok) {
    w.backoff = w.opts.backoffMs;
    emit(w, 'saved');
    return true;
  }
  emit(w, 'failed');
  schedule(w, w.backoff);
  w.backoff = Math.min(w.backoff * 2, w.opts.maxBackoffMs);
  return false;
}

export function createWriter(api: ScormApi, options: WriterOptions): Writer {
  const w: WriterState = {
    api,
    opts: options,
    sent: new Map(),
    refused: new Map(),
    queue: new Map(),
    uncommitted: new Map(),
    alarm: undefined,
    lastCommit: -Infinity,
    backoff: options.backoffMs,
    lastStatus: null,
    shut: false,
  };
  return {
    known(element, value) {
      w.sent.set(element, value);
    },
    want(element, value) {
      w.queue.delete(element); // re-asked values move to the end: the latest request sets the order
      if (w.sent.get(element) !== value && w.refused.get(element) !== value) w.queue.set(element, value);
    },
    commitSoon() {
      if (w.queue.size > 0 || w.lastStatus === 'failed') schedule(w, w.lastCommit + options.intervalMs - Date.now());
    },
    commitNow: () => commitNow(w),
    close() {
      cancelTimer(w);
      w.shut = true;
    },
  };
}
