// The other ways an LMS launches a SCO, for the API discovery tests (SCORM 1.2 RTE 3.3.6.1, 2004
// RTE 3.1.2.1: the SCO searches up the parent chain, then the opener):
//   frame                 Moodle's own: the course in a frame of the LMS page (for fault injection);
//   popup                 the LMS page opens the course with window.open (the API is on the opener);
//   nested                the course is framed two levels below the LMS page;
//   cross-origin-between  a frame from another origin sits between the LMS page and the course
//                         (the API above it is still reachable: same origin as the course);
//   cross-origin-course   the course itself comes from another origin than the LMS page (no API
//                         reachable: standalone).
// Every frame and window of the browser context records its uncaught errors in window.__errors.

import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { LmsOptions, LmsRecord } from './lms.js';
import { asMoodleLaunches, lmsFiles, lmsScripts, MOODLE_PREFIX } from './lms.js';
import { serveFiles, underPrefix, type Files, type Served } from './serve.js';

export type Layout = 'frame' | 'popup' | 'nested' | 'cross-origin-between' | 'cross-origin-course';

export interface Launched {
  /** The LMS page, holding the API. */
  page: Page;
  /** The course, wherever it ended up (a frame of the LMS page, or the popup's main frame). */
  course: Frame;
  /** The LMS page's server (its `posts` outlive the page). */
  served: Served;
  record(): Promise<LmsRecord>;
  /** Uncaught errors and unhandled rejections of every page and frame so far. */
  errors(): Promise<string[]>;
  /** console.error messages of every page and frame so far. */
  consoleErrors: string[];
  /** The learner leaves: the popup is closed, or the LMS navigates its course frame away. */
  leave(): Promise<void>;
  close(): Promise<void>;
}

const COURSE = `${MOODLE_PREFIX}index.html`;

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
}

const frame = (src: string, id = 'scorm_object'): string =>
  `<iframe id="${id}" title="Course" src="${src}" style="width:100%;height:90vh;border:0"></iframe>`;

/** The LMS page's body and, where the layout has one, the page in between (served as middle.html). */
function pagesFor(
  layout: Layout,
  here: string,
  other: string,
): { lms: string; middle?: { at: 'here' | 'other'; body: string } } {
  switch (layout) {
    case 'frame':
      return { lms: frame(`/${COURSE}`) };
    case 'popup':
      return {
        lms: `<button type="button" onclick="window.open('/${COURSE}', 'course', 'width=900,height=700')">Start de les</button>`,
      };
    case 'nested':
      return { lms: frame('/middle.html'), middle: { at: 'here', body: frame(`/${COURSE}`, 'inner') } };
    case 'cross-origin-between':
      return { lms: frame(`${other}/middle.html`), middle: { at: 'other', body: frame(`${here}/${COURSE}`, 'inner') } };
    case 'cross-origin-course':
      return { lms: frame(`${other}/${COURSE}`) };
  }
}

const RECORD_ERRORS = (): void => {
  const w = window as unknown as { __errors: string[] };
  w.__errors = [];
  window.addEventListener('error', (e) => w.__errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
};

async function courseFrame(context: BrowserContext, lmsPage: Page, layout: Layout): Promise<Frame> {
  if (layout === 'popup') {
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      lmsPage.getByRole('button', { name: 'Start de les' }).click(),
    ]);
    await popup.waitForSelector('html.sd-ready');
    return popup.mainFrame();
  }
  const isCourse = (f: Frame): boolean => f.url().endsWith(COURSE);
  // Listen before looking, so a frame that navigates in between is not missed.
  const navigated = lmsPage.waitForEvent('framenavigated', { predicate: isCourse, timeout: 30_000 });
  navigated.catch(() => undefined); // not awaited when the frame is already there
  const found =
    lmsPage.frames().find(isCourse) ??
    (await navigated.catch(() => {
      throw new Error(`no course frame in layout ${layout}`);
    }));
  await found.waitForSelector('html.sd-ready');
  return found;
}

export async function launch(browser: Browser, pkg: Files, options: LmsOptions, layout: Layout): Promise<Launched> {
  const here: Served = await serveFiles(await lmsFiles(pkg, options.version));
  const other: Served = await serveFiles(underPrefix(pkg, MOODLE_PREFIX));
  const pages = pagesFor(layout, here.origin, other.origin);
  here.files.set('lms.html', page(lmsScripts(asMoodleLaunches(pkg, options)), pages.lms));
  if (pages.middle !== undefined)
    (pages.middle.at === 'here' ? here : other).files.set('middle.html', page('', pages.middle.body));
  const context = await browser.newContext();
  await context.addInitScript(RECORD_ERRORS);
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  context.on('page', (p) => {
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
  });
  const lmsPage = await context.newPage();
  await lmsPage.goto(`${here.origin}/lms.html`);
  const course = await courseFrame(context, lmsPage, layout);
  return {
    page: lmsPage,
    course,
    served: here,
    record: () => lmsPage.evaluate(() => (window as unknown as { __lms: LmsRecord }).__lms),
    async errors() {
      const inFrames = await Promise.all(
        context
          .pages()
          .flatMap((p) => p.frames())
          .map((f) => f.evaluate(() => (window as unknown as { __errors?: string[] }).__errors ?? []).catch(() => [])),
      );
      return [...pageErrors, ...inFrames.flat()];
    },
    consoleErrors,
    async leave() {
      if (layout === 'popup') await course.page().close({ runBeforeUnload: true });
      else
        await lmsPage.evaluate(
          () => ((document.getElementById('scorm_object') as HTMLIFrameElement).src = '/blank.html'),
        );
    },
    async close() {
      await context.close();
      await Promise.all([here.close(), other.close()]);
    },
  };
}
