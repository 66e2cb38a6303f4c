// An LMS for the browser tests: a top page on the test server that holds the stand-in LMS of the
// preview (src/lms-stand-in/: scorm-again's API as window.API for 1.2, window.API_1484_11 for 2004,
// configured like Moodle) and frames the course at Moodle's URL prefix, as Moodle's player does
// (<iframe id="scorm_object">). Its test layer (src/lms-stand-in/test-lms.ts) records every API call,
// commit and scorm-again log message in the page for the strict checker and injects the faults
// `LmsOptions` name: failing commits, a failing Initialize, slow calls, an API whose calls start
// throwing (its LMS page is gone), and commits sent on to the test server, so what the LMS's server
// received outlives the tab.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { standInFromSource } from '../../../src/compiler/preview/bundle-stand-in.js';
import { moodleStart as moodleStartOf } from '../../../src/shared/lms-start.js';
import type { ScormVersion } from '../../../src/shared/model.js';
import { serveFiles, underPrefix, type Files, type Served } from './serve.js';

const require = createRequire(import.meta.url);
/** scorm-again's browser builds (IIFE, global Scorm12API / Scorm2004API), unminified: its
 *  messages stay readable in a failing test. */
const SCORM_AGAIN: Record<ScormVersion, string> = { '1.2': 'scorm12.js', '2004': 'scorm2004.js' };

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
  /** Calls that threw after breakApi(). */
  thrown: number;
  broken?: boolean;
}

export interface LmsOptions {
  version: ScormVersion;
  /** The SCO to launch, its file in the package: a course package's `<lesson id>/index.html`. */
  launch?: string;
  /** cmi data loaded before Initialize (scorm-again loadFromJSON): a returning learner, review mode. */
  cmi?: Record<string, unknown>;
  /** The first N commits fail (the LMS's server is unreachable). */
  failCommits?: number;
  /** Initialize answers "false" (1.2 error 101, 2004 error 102 "general initialization failure"). */
  failInitialize?: boolean;
  /** Calls block the page this long (a synchronous XHR the test server answers late, see
   *  serve.ts): `slowCalls` says which ones. */
  slowMs?: number;
  /** 'commit': LMSCommit/Commit and LMSFinish/Terminate (the calls that reach Moodle's server);
   *  'all': every call. Default 'commit'. */
  slowCalls?: 'commit' | 'all';
  /** Each commit is POSTed to the test server's /commit (synchronous XHR, as Moodle sends it; where
   *  the browser forbids that at page dismissal, sendBeacon). See LmsSession.received(). */
  serverCommits?: boolean;
  /** The first N GetValue calls answer "" with error 101 (the LMS's data not loaded yet, a flaky request). */
  failReads?: number;
  /** As Chamilo 1.11: once a committed status is final (completed, passed, failed), writes are dropped. */
  finalStatus?: boolean;
}

/** A commit as the test server received it. */
export interface ReceivedCommit {
  terminate: boolean;
  cmi: Record<string, unknown>;
  /** 'xhr' or 'beacon': how it left the page. */
  via: string;
}

/** What Moodle hands a new learner: credit, normal mode, ab-initio, the mastery score of the manifest. */
export function moodleStart(version: ScormVersion, passingScore = 70): Record<string, unknown> {
  return moodleStartOf(version, passingScore, { id: '7', name: 'Jansen, Eva' });
}

/** The LMS side of a page: the stand-in LMS set up as window.API / window.API_1484_11, every call,
 *  commit and log recorded in window.__lms, faults injected as `options` say. Needs /scorm-again.js
 *  and /lms-stand-in.js (lmsFiles). */
export function lmsScripts(options: LmsOptions): string {
  return `<script>window.__lmsOptions = ${JSON.stringify(options).replace(/</g, '\\u003c')};</script>
<script src="/scorm-again.js"></script>
<script src="/lms-stand-in.js"></script>`;
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
  /** Uncaught errors of the LMS page and the course so far. */
  errors: string[];
  record(): Promise<LmsRecord>;
  /** The LMS's cmi data now (scorm-again's JSON rendering). */
  cmi(): Promise<Record<string, unknown>>;
  /** What the test server received (with `serverCommits`): it outlives the tab. */
  received(): ReceivedCommit[];
  /** From now on every API call throws (the LMS page that holds the API is gone, or its server
   *  session is), until `false` is passed: the LMS is back. */
  breakApi(broken?: boolean): Promise<void>;
  /** From now on calls are slow, as `slowMs` and `slowCalls` say. */
  slowDown(ms: number, calls: 'commit' | 'all'): Promise<void>;
  /** Closes the course as Moodle does when the learner leaves: the frame is navigated away. */
  leave(): Promise<void>;
  /** The same learner launches the course again, in the same browser (same origin, same
   *  localStorage), with what the LMS hands back now; this session's page is closed. */
  relaunch(options: LmsOptions): Promise<LmsSession>;
  close(): Promise<void>;
}

/** The package at Moodle's URL prefix, scorm-again's browser build and a blank page to leave to. */
/** The options as Moodle would launch this package: its pass mark (cmi.student_data.mastery_score,
 *  cmi.scaled_passing_score) comes from the manifest only, so a package without one (a lesson whose
 *  failed attempt is not final) gets none, whatever the test's start data says. */
export function asMoodleLaunches(pkg: Files, options: LmsOptions): LmsOptions {
  const manifest = String(pkg.get('imsmanifest.xml') ?? '');
  if (options.cmi === undefined || /masteryscore|minNormalizedMeasure/.test(manifest)) return options;
  const cmi = structuredClone(options.cmi) as Record<string, Record<string, unknown> | unknown>;
  if (options.version === '1.2') delete (cmi.student_data as Record<string, unknown> | undefined)?.mastery_score;
  else delete cmi.scaled_passing_score;
  return { ...options, cmi };
}

export async function lmsFiles(pkg: Files, version: ScormVersion): Promise<Files> {
  const files: Files = underPrefix(pkg, MOODLE_PREFIX);
  // The browser builds sit next to the package's main file.
  const dist = dirname(require.resolve('scorm-again'));
  files.set('scorm-again.js', readFileSync(join(dist, SCORM_AGAIN[version]), 'utf8'));
  // The stand-in with its test layer, bundled once per change of its sources (bundle-cache.ts).
  files.set('lms-stand-in.js', await standInFromSource('test'));
  files.set('blank.html', '<!doctype html><title>blank</title>');
  return files;
}

/** `fakeClock`: the context's clock (page.clock) is installed before the course loads; time flows
 *  as usual until the test moves it on over a wait (fastForward), such as the player's retry backoff. */
export async function openInLms(
  browser: Browser,
  pkg: Files,
  options: LmsOptions,
  { fakeClock = false } = {},
): Promise<LmsSession> {
  const served = await serveFiles(await lmsFiles(pkg, options.version));
  const context = await browser.newContext();
  if (fakeClock) await context.clock.install();
  return sessionIn(context, served, asMoodleLaunches(pkg, options));
}

type LmsWindow = { __lms: LmsRecord; __breakApi(broken: boolean): void; __slowDown(ms: number, calls: string): void };

async function sessionIn(context: BrowserContext, served: Served, options: LmsOptions): Promise<LmsSession> {
  served.files.set('lms.html', harnessPage(options, MOODLE_PREFIX + (options.launch ?? 'index.html')));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${served.origin}/lms.html`);
  const course = await courseFrame(page);
  const session: LmsSession = {
    page,
    course,
    served,
    errors,
    record: () => page.evaluate(() => (window as unknown as LmsWindow).__lms),
    cmi: () =>
      page.evaluate(() => {
        const json = (
          window as unknown as { __api: { renderCMIToJSONObject(): Record<string, unknown> } }
        ).__api.renderCMIToJSONObject();
        return (json.cmi ?? json) as Record<string, unknown>;
      }),
    received: () => served.posts.filter((p) => p.path === 'commit').map((p) => JSON.parse(p.body) as ReceivedCommit),
    breakApi: (broken = true) => page.evaluate((b) => (window as unknown as LmsWindow).__breakApi(b), broken),
    slowDown: (ms, calls) =>
      page.evaluate(([m, c]) => (window as unknown as LmsWindow).__slowDown(m, c), [ms, calls] as const),
    async leave() {
      await page.evaluate(() => {
        (document.getElementById('scorm_object') as HTMLIFrameElement).src = '/blank.html';
      });
      // A broken API records no Terminate: then the course is gone once its frame shows the blank page.
      await page.waitForFunction(() => {
        const { __lms: lms } = window as unknown as LmsWindow;
        const frame = document.getElementById('scorm_object') as HTMLIFrameElement;
        return (
          lms.calls.some((c) => c.fn === 'Terminate') ||
          (lms.broken === true && frame.contentDocument?.title === 'blank')
        );
      });
    },
    async relaunch(next) {
      if (!page.isClosed()) await page.close();
      return sessionIn(context, served, next);
    },
    async close() {
      await context.close();
      await served.close();
    },
  };
  return session;
}

async function courseFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#scorm_object');
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('course frame missing');
  await frame.waitForLoadState('load');
  await frame.waitForSelector('html.sd-ready');
  return frame;
}
