// An LMS for the browser tests: a top page on the test server that holds scorm-again's API
// (window.API for 1.2, window.API_1484_11 for 2004) configured like Moodle (mastery override on,
// explicit commits only) and frames the course at Moodle's URL prefix, as Moodle's player does
// (<iframe id="scorm_object">). Every API call, every commit and every scorm-again log message is
// recorded in the page for the strict checker; faults (failing commits) can be injected.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { ScormVersion } from '../../../src/shared/model.js';
import { serveFiles, underPrefix, type Files, type Served } from './serve.js';

const require = createRequire(import.meta.url);
const SCORM_AGAIN: Record<ScormVersion, { file: string; global: string; api: string }> = {
  '1.2': { file: 'scorm12.js', global: 'Scorm12API', api: 'API' },
  '2004': { file: 'scorm2004.js', global: 'Scorm2004API', api: 'API_1484_11' },
};

/** Where Moodle 4.5 serves a package's files. */
export const MOODLE_PREFIX = 'pluginfile.php/1/mod_scorm/content/1/';

export interface ApiCall {
  fn: string;
  args: string[];
  result: string;
  /** GetLastError right after the call. */
  error: string;
}

export interface LmsLog {
  level: number;
  message: string;
}

export interface LmsRecord {
  calls: ApiCall[];
  /** The cmi data sent with each commit (terminate included), as scorm-again renders it. */
  commits: Array<{ terminate: boolean; ok: boolean; cmi: Record<string, unknown> }>;
  logs: LmsLog[];
}

export interface LmsOptions {
  version: ScormVersion;
  /** cmi data loaded before Initialize (scorm-again loadFromJSON): a returning learner, review mode. */
  cmi?: Record<string, unknown>;
  /** The first N commits fail (the LMS's server is unreachable). */
  failCommits?: number;
  /** Initialize answers "false" (1.2 error 101, 2004 error 102 "general initialization failure"). */
  failInitialize?: boolean;
}

/** What Moodle hands a new learner: credit, normal mode, ab-initio, the mastery score of the manifest. */
export function moodleStart(version: ScormVersion, passingScore = 70): Record<string, unknown> {
  return version === '1.2'
    ? {
        core: { student_id: '7', student_name: 'Jansen, Eva', credit: 'credit', lesson_mode: 'normal', entry: 'ab-initio' },
        student_data: { mastery_score: String(passingScore) },
      }
    : {
        learner_id: '7', learner_name: 'Jansen, Eva', credit: 'credit', mode: 'normal', entry: 'ab-initio',
        scaled_passing_score: String(passingScore / 100),
      };
}

/** The LMS side of a page: scorm-again set up as window.API / window.API_1484_11, every call, commit
 *  and log recorded in window.__lms, faults injected as `options` say. Needs /scorm-again.js. */
export function lmsScripts(options: LmsOptions): string {
  const lib = SCORM_AGAIN[options.version];
  const config = JSON.stringify({ ...options, lib, commitError: options.version === '1.2' ? 101 : 391 });
  return `<script src="/scorm-again.js"></script>
<script>
const config = ${config.replace(/</g, '\\u003c')};
const record = { calls: [], commits: [], logs: [] };
window.__lms = record;
let failing = config.failCommits || 0;
const httpService = {
  processHttpRequest(url, params, immediate) {
    const ok = failing <= 0;
    if (!ok) failing--;
    record.commits.push({ terminate: !!immediate, ok, cmi: JSON.parse(JSON.stringify(params)).cmi || {} });
    return ok ? { result: 'true', errorCode: 0 } : { result: 'false', errorCode: config.commitError };
  },
  updateSettings() {},
};
const api = new window[config.lib.global]({
  autocommit: false,
  mastery_override: true,
  lmsCommitUrl: '/commit',
  httpService,
  logLevel: 3,
  onLogMessage: (level, message) => record.logs.push({ level, message: String(message) }),
});
if (config.cmi) api.loadFromJSON(config.cmi, '');
// Recorded under the 2004 names for both versions, so the checker reads one vocabulary.
const names = config.lib.api === 'API'
  ? { LMSInitialize: 'Initialize', LMSFinish: 'Terminate', LMSGetValue: 'GetValue', LMSSetValue: 'SetValue', LMSCommit: 'Commit', LMSGetLastError: 'GetLastError', LMSGetErrorString: 'GetErrorString', LMSGetDiagnostic: 'GetDiagnostic' }
  : { Initialize: 'Initialize', Terminate: 'Terminate', GetValue: 'GetValue', SetValue: 'SetValue', Commit: 'Commit', GetLastError: 'GetLastError', GetErrorString: 'GetErrorString', GetDiagnostic: 'GetDiagnostic' };
const lastError = config.lib.api === 'API' ? 'LMSGetLastError' : 'GetLastError';
const facade = {};
for (const [name, base] of Object.entries(names)) {
  facade[name] = (...args) => {
    const result = String(api[name](...args));
    if (!base.startsWith('Get') || base === 'GetValue') {
      record.calls.push({ fn: base, args: args.map(String), result, error: String(api[lastError]()) });
    }
    return result;
  };
}
if (config.failInitialize) {
  const code = config.lib.api === 'API' ? '101' : '102';
  let failed = null;
  const getLastError = facade[lastError];
  facade[config.lib.api === 'API' ? 'LMSInitialize' : 'Initialize'] = (...args) => {
    record.calls.push({ fn: 'Initialize', args: args.map(String), result: 'false', error: code });
    failed = code;
    return 'false';
  };
  facade[lastError] = () => failed ?? getLastError();
}
window.__api = api;
window[config.lib.api] = facade;
</script>`;
}

function harnessPage(options: LmsOptions, launch: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
${lmsScripts(options)}</head>
<body><iframe id="scorm_object" title="Course" src="${launch}" style="width:100%;height:90vh;border:0"></iframe></body></html>`;
}

export interface LmsSession {
  page: Page;
  /** The course's frame. */
  course: Frame;
  served: Served;
  record(): Promise<LmsRecord>;
  /** The LMS's cmi data now (scorm-again's JSON rendering). */
  cmi(): Promise<Record<string, unknown>>;
  /** Closes the course as Moodle does when the learner leaves: the frame is navigated away. */
  leave(): Promise<void>;
  close(): Promise<void>;
}

/** The package at Moodle's URL prefix, scorm-again's browser build and a blank page to leave to. */
export function lmsFiles(pkg: Files, version: ScormVersion): Files {
  const files: Files = underPrefix(pkg, MOODLE_PREFIX);
  // The browser builds (IIFE, global Scorm12API / Scorm2004API) sit next to the package's main file.
  const dist = dirname(require.resolve('scorm-again'));
  files.set('scorm-again.js', readFileSync(join(dist, SCORM_AGAIN[version].file), 'utf8'));
  files.set('blank.html', '<!doctype html><title>blank</title>');
  return files;
}

export async function openInLms(browser: Browser, pkg: Files, options: LmsOptions): Promise<LmsSession> {
  const files = lmsFiles(pkg, options.version);
  files.set('lms.html', harnessPage(options, MOODLE_PREFIX + 'index.html'));
  const served = await serveFiles(files);
  const context: BrowserContext = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${served.origin}/lms.html`);
  const course = await courseFrame(page);
  return {
    page,
    course,
    served,
    record: () => page.evaluate(() => (window as unknown as { __lms: LmsRecord }).__lms),
    cmi: () =>
      page.evaluate(() => {
        const json = (window as unknown as { __api: { renderCMIToJSONObject(): Record<string, unknown> } }).__api.renderCMIToJSONObject();
        return (json.cmi ?? json) as Record<string, unknown>;
      }),
    async leave() {
      await page.evaluate(() => {
        (document.getElementById('scorm_object') as HTMLIFrameElement).src = '/blank.html';
      });
      await page.waitForFunction(() => (window as unknown as { __lms: LmsRecord }).__lms.calls.some((c) => c.fn === 'Terminate'));
    },
    async close() {
      await context.close();
      await served.close();
    },
  };
}

async function courseFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#scorm_object');
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('course frame missing');
  await frame.waitForLoadState('load');
  await frame.waitForSelector('html.sd-ready');
  return frame;
}
