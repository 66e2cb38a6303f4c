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
  options: WriterOptions;
  /** What the LMS holds, as far as this session knows. */
  sent: Map<string, string>;
  /** Values the LMS refused outright: asked for again unchanged, they are not sent again. */
  refused: Map<string, string>;
  /** Values to send, in order. */
  pending: Map<string, string>;
  timer: ReturnType<typeof setTimeout> | undefined;
  lastCommit: number;
  backoff: number;
  status: SaveStatus | null;
  closed: boolean;
}

function emit(w: WriterState, next: SaveStatus): void {
  if (next !== w.status) w.options.onStatus((w.status = next));
}

/** Sends pending values in order; stops at the first transient failure so order is kept. A value
 *  refused for good (bad format 406, out of range 407, too long 405) is reported and dropped:
 *  retrying it would hold back every later value. */
function flush(w: WriterState): boolean {
  for (const [element, value] of [...w.pending]) {
    const result = w.api.set(element, value);
    if (!result.ok && w.options.transientErrors.includes(result.error)) return false;
    if (result.ok) {
      w.sent.set(element, value);
    } else {
      w.refused.set(element, value);
      w.options.onRefused(element, value, result.error);
    }
    w.pending.delete(element);
  }
  return true;
}

function cancelTimer(w: WriterState): void {
  if (w.timer !== undefined) clearTimeout(w.timer);
  w.timer = undefined;
}

function schedule(w: WriterState, delay: number): void {
  if (w.timer !== undefined || w.closed) return;
  w.timer = setTimeout(() => {
    w.timer = undefined;
    commitNow(w);
  }, Math.max(0, delay));
}

function commitNow(w: WriterState): boolean {
  if (w.closed) return false;
  cancelTimer(w);
  if (w.pending.size === 0 && w.status === 'saved') return true; // nothing new: spare the LMS a commit
  emit(w, 'saving');
  const ok = flush(w) && w.api.commit().ok;
  w.lastCommit = Date.now();
  if (ok) {
    w.backoff = w.options.backoffMs;
    emit(w, 'saved');
    return true;
  }
  emit(w, 'failed');
  schedule(w, w.backoff);
  w.backoff = Math.min(w.backoff * 2, w.options.maxBackoffMs);
  return false;
}

export function createWriter(api: ScormApi, options: WriterOptions): Writer {
  const w: WriterState = {
    api, options, sent: new Map(), refused: new Map(), pending: new Map(),
    timer: undefined, lastCommit: -Infinity, backoff: options.backoffMs, status: null, closed: false,
  };
  return {
    known(element, value) {
      w.sent.set(element, value);
    },
    want(element, value) {
      w.pending.delete(element); // re-asked values move to the end: the latest request sets the order
      if (w.sent.get(element) !== value && w.refused.get(element) !== value) w.pending.set(element, value);
    },
    commitSoon() {
      if (w.pending.size > 0 || w.status === 'failed') schedule(w, w.lastCommit + options.intervalMs - Date.now());
    },
    commitNow: () => commitNow(w),
    close() {
      cancelTimer(w);
      w.closed = true;
    },
  };
}
