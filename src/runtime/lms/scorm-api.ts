// The LMS's API object behind typed calls. Every SCORM call returns the STRING "true" or "false"
// ("false" is truthy in JavaScript), so results are compared to "true" and, on failure, the error
// code is read right away (RTE: GetLastError describes only the most recent call). An API whose LMS
// page is gone (the opener navigated away, the frame was removed) may still answer "true" to every
// call while nothing reaches the LMS's server, so a commit first checks that the LMS still offers it.

import type { ApiCalls } from '../../shared/scorm.js';

export interface CallResult {
  ok: boolean;
  /** "0" when ok; the LMS's error code otherwise ("101" when it threw). */
  error: string;
}

export interface ScormApi {
  initialize(): CallResult;
  /** The value; "" when the LMS has none to give (2004's 403 for an element never set, RTE 3.1.7) or
   *  refuses it for good. Throws when it could not answer now: 101 general exception (also a call
   *  that threw), 301 (1.2 "not initialized", 2004 "general get failure"), as an LMS whose data is
   *  not loaded yet, or whose request failed, answers: "could not read" is not "nothing there". */
  get(element: string): string;
  set(element: string, value: string): CallResult;
  commit(): CallResult;
  terminate(): CallResult;
}

type RawApi = Record<string, unknown>;

/** GetValue errors that say "not now" rather than "nothing here": worth asking again. */
const UNREAD = ['101', '301'];

/** `alive`: whether the LMS around the course still offers this very API object. */
export function wrapApi(raw: RawApi, calls: ApiCalls, alive: () => boolean = () => true): ScormApi {
  // A missing call throws (a TypeError) like a failing one: every caller catches it.
  const invoke = (name: string, ...args: string[]): string =>
    String((raw[name] as (...values: string[]) => unknown).apply(raw, args));
  const lastError = (): string => {
    try {
      return invoke(calls.getLastError);
    } catch {
      return '101';
    }
  };
  const call = (name: string, ...args: string[]): CallResult => {
    try {
      if (invoke(name, ...args) === 'true') return { ok: true, error: '0' };
    } catch {
      return { ok: false, error: '101' };
    }
    return { ok: false, error: lastError() };
  };
  return {
    initialize: () => call(calls.initialize, ''),
    get(element) {
      let value = '';
      let error = '101';
      try {
        value = invoke(calls.getValue, element);
        error = lastError();
      } catch {
        // as 101
      }
      if (UNREAD.includes(error)) throw new Error(`${element}: error ${error}`);
      return error === '0' ? value : '';
    },
    set: (element, value) => call(calls.setValue, element, value),
    // 101 general exception: what the LMS would report itself when it cannot reach its server.
    commit: () => (alive() ? call(calls.commit, '') : { ok: false, error: '101' }),
    terminate: () => call(calls.terminate, ''),
  };
}
