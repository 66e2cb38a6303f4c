// The browser tests' LMS page script: the stand-in LMS (stand-in.ts) with a thin test layer that
// records every API call, commit and scorm-again log message in window.__lms for the strict checker,
// and injects faults: failing commits, a failing Initialize, slow calls (a synchronous XHR to a slow
// test server, as Moodle's blocks the page), an API whose calls throw (its LMS page is gone), and
// commits sent on to the test server, so what the LMS's server received outlives the tab. The harness
// (test/browser/harness/lms.ts) sets window.__lmsOptions before this script runs.

import type { Cmi } from '../shared/lms-start.js';
import type { ScormVersion } from '../shared/model.js';
import { SCORM, SCORM2004 } from '../shared/scorm.js';
import { apiFunction, createStandIn, type ApiFunction } from './stand-in.js';

/** Mirrors LmsOptions of the harness (JSON: no functions). */
interface TestOptions {
  version: ScormVersion;
  cmi?: Cmi;
  failCommits?: number;
  failInitialize?: boolean;
  slowMs?: number;
  slowCalls?: 'commit' | 'all';
  serverCommits?: boolean;
  failReads?: number;
  finalStatus?: boolean;
}

interface ApiCall {
  fn: string;
  args: string[];
  result: string;
  error: string;
}

interface TestRecord {
  calls: ApiCall[];
  commits: Array<{ terminate: boolean; ok: boolean; cmi: Cmi }>;
  logs: Array<{ level: number; message: string }>;
  thrown: number;
  broken?: boolean;
  /** GetValue calls failed by `failReads` (not in `calls`: the fault, not the course, made them). */
  failedReads?: number;
}

type TestWindow = Window & {
  __lmsOptions: TestOptions;
  __lms: TestRecord;
  __api: unknown;
  __breakApi(broken: boolean): void;
  __slowDown(ms: number, calls: 'commit' | 'all'): void;
} & Record<string, unknown>;

/** To the test server as Moodle sends its commits: synchronous XHR. Chromium forbids that while the
 *  page is being dismissed; LMSes that met this fall back to sendBeacon, and so does this one. */
function toServer(commit: { terminate: boolean; cmi: Cmi }): boolean {
  try {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/commit', false);
    xhr.send(JSON.stringify({ ...commit, via: 'xhr' }));
    return xhr.status === 200;
  } catch {
    return navigator.sendBeacon('/commit', JSON.stringify({ ...commit, via: 'beacon' }));
  }
}

/** Blocks the page `ms` as Moodle's synchronous XHR to a slow server does: the test server's /slow
 *  answers after `ms` (test/browser/harness/serve.ts). The page waits on the network, not on a busy
 *  loop, so it burns no core another test needs, and a faked clock (page.clock) does not shorten it.
 *  While the course's frame is being dismissed Chromium refuses a synchronous XHR (it throws): then,
 *  for those last few calls, the wait is a busy loop, so the LMS stays as slow as the test asked. */
function waitForServer(ms: number): void {
  try {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', `/slow?ms=${ms}`, false);
    xhr.send();
  } catch {
    for (const until = performance.now() + ms; performance.now() < until;);
  }
}

/** The version's call names, each with the 2004 name it is recorded under (one vocabulary for the
 *  checker); GetErrorString and GetDiagnostic pass through unrecorded. */
function callNames(version: ScormVersion): Array<[string, string]> {
  const calls = SCORM[version].calls;
  const names = Object.keys(calls).map((key) => {
    const k = key as keyof typeof calls;
    return [calls[k], SCORM2004.calls[k]] as [string, string];
  });
  const prefix = version === '1.2' ? 'LMS' : '';
  return [...names, [`${prefix}GetErrorString`, 'GetErrorString'], [`${prefix}GetDiagnostic`, 'GetDiagnostic']];
}

const win = window as unknown as TestWindow;
const options = win.__lmsOptions;
const record: TestRecord = { calls: [], commits: [], logs: [], thrown: 0 };
let failing = options.failCommits ?? 0;

const api = createStandIn(win, options.version, options.cmi ?? null, {
  commit(cmi, terminate) {
    let ok = failing <= 0;
    if (!ok) failing--;
    if (ok && options.serverCommits) ok = toServer({ terminate, cmi });
    record.commits.push({ terminate, cmi, ok });
    return ok;
  },
  log: (level, message) => record.logs.push({ level, message }),
});

const vocabulary = SCORM[options.version];
const lastError = apiFunction(api, vocabulary.calls.getLastError);
const slow = (base: string): boolean =>
  (options.slowMs ?? 0) > 0 && (options.slowCalls === 'all' || base === 'Commit' || base === 'Terminate');

function recorded(name: string, base: string): ApiFunction {
  const call = apiFunction(api, name);
  return (...args) => {
    if (record.broken) {
      record.thrown++;
      throw new Error('the LMS page holding the API is gone');
    }
    if (slow(base)) waitForServer(options.slowMs ?? 0);
    const result = String(call(...args));
    if (!base.startsWith('Get') || base === 'GetValue') {
      record.calls.push({ fn: base, args: args.map(String), result, error: String(lastError()) });
    }
    return result;
  };
}

/** The first `count` GetValue calls answer "" with error 101, as an LMS whose data is not loaded yet
 *  (or whose request failed) does; GetLastError tells until the next call. */
function failFirstReads(count: number): void {
  let left = count;
  let failed = false;
  const { getValue, getLastError } = vocabulary.calls;
  for (const [name, call] of Object.entries(facade)) {
    if (name === getLastError) facade[name] = () => (failed ? '101' : call());
    else
      facade[name] = (...args) => {
        failed = name === getValue && left-- > 0;
        if (!failed) return call(...args);
        record.failedReads = (record.failedReads ?? 0) + 1;
        return '';
      };
  }
}

const facade: Record<string, ApiFunction> = Object.fromEntries(
  callNames(options.version).map(([name, base]) => [name, recorded(name, base)]),
);
if (options.failInitialize) {
  // 1.2 error 101; 2004 error 102 "general initialization failure".
  const code = options.version === '1.2' ? '101' : '102';
  let failed: string | null = null;
  const getLastError = facade[vocabulary.calls.getLastError] as ApiFunction;
  facade[vocabulary.calls.initialize] = (...args) => {
    record.calls.push({ fn: 'Initialize', args: args.map(String), result: 'false', error: code });
    failed = code;
    return 'false';
  };
  facade[vocabulary.calls.getLastError] = () => failed ?? getLastError();
}

if (options.failReads) failFirstReads(options.failReads);

/** Chamilo 1.11's default "prevent re-init": once a commit leaves the item's status final (completed,
 *  passed, failed), it stores nothing more for the item, in that session too: SetValue answers "true"
 *  and changes nothing (../../docs/SCORM-FACTS.md). */
function freezeOnFinalStatus(): void {
  const { setValue, commit, terminate } = vocabulary.calls;
  const read = apiFunction(api, vocabulary.calls.getValue);
  const final = (): boolean =>
    ['passed', 'failed', 'completed'].includes(String(read(vocabulary.completionElement))) ||
    ['passed', 'failed'].includes(String(read(vocabulary.successElement)));
  let frozen = false;
  const set = facade[setValue] as ApiFunction;
  facade[setValue] = (...args) => (frozen ? 'true' : set(...args));
  for (const name of [commit, terminate]) {
    const call = facade[name] as ApiFunction;
    facade[name] = (...args) => {
      const result = call(...args);
      frozen ||= result === 'true' && final();
      return result;
    };
  }
}
if (options.finalStatus) freezeOnFinalStatus();

win.__lms = record;
win.__breakApi = (broken) => {
  record.broken = broken;
};
win.__slowDown = (ms, calls) => Object.assign(options, { slowMs: ms, slowCalls: calls });
win.__api = api;
win[vocabulary.apiName] = facade;
