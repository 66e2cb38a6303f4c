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
  /** Values the LMS refused for good (bad format, out of range): logged, never retried. */
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

export function createWriter(api: ScormApi, options: WriterOptions): Writer {
  const sent = new Map<string, string>();
  const pending = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCommit = -Infinity;
  let backoff = options.backoffMs;
  let status: SaveStatus | null = null;
  let closed = false;

  const emit = (next: SaveStatus): void => {
    if (next !== status) options.onStatus((status = next));
  };

  /** Sends pending values in order; stops at the first transient failure so order is kept. */
  const flush = (): boolean => {
    for (const [element, value] of [...pending]) {
      const result = api.set(element, value);
      if (!result.ok && options.transientErrors.includes(result.error)) return false;
      if (result.ok) sent.set(element, value);
      else options.onRefused(element, value, result.error);
      pending.delete(element);
    }
    return true;
  };

  const schedule = (delay: number): void => {
    if (timer !== undefined || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      commitNow();
    }, Math.max(0, delay));
  };

  const commitNow = (): boolean => {
    if (closed) return false;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0 && status === 'saved') return true; // nothing new: spare the LMS a commit
    emit('saving');
    const ok = flush() && api.commit().ok;
    lastCommit = Date.now();
    if (ok) {
      backoff = options.backoffMs;
      emit('saved');
      return true;
    }
    emit('failed');
    schedule(backoff);
    backoff = Math.min(backoff * 2, options.maxBackoffMs);
    return false;
  };

  return {
    known(element, value) {
      sent.set(element, value);
    },
    want(element, value) {
      pending.delete(element); // re-asked values move to the end: the latest request sets the order
      if (sent.get(element) !== value) pending.set(element, value);
    },
    commitSoon() {
      if (pending.size > 0 || status === 'failed') schedule(lastCommit + options.intervalMs - Date.now());
    },
    commitNow,
    close() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      closed = true;
    },
  };
}
