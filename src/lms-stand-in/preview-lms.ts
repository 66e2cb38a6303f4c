// The preview page's script (`scormdown preview`): the stand-in LMS and its panel (session.ts,
// panel.ts), kept in step with the lesson. The page embeds the state of the build it was made from;
// after every save the preview sends the new one (Server-Sent Events, preview/preview.ts): the page
// then relaunches the course with what the LMS stored, so the learner's data and slide stay, or shows
// the lesson's diagnostics over it until a save fixes them. Nothing else of the page reloads.

import type { PreviewUpdate } from '../shared/preview-state.js';
import { previewWordsFor } from '../shared/preview-words.js';
import { renderPanel } from './panel.js';
import { Session } from './session.js';

/** Must match preview/preview-page.ts (EVENTS_PATH, EVERY_QUESTION) and the template's ids. */
const EVENTS = '/preview/events';
const EVERY = 'every';

let shown = JSON.parse(document.getElementById('preview-state')?.textContent ?? 'null') as PreviewUpdate;
let session: Session | null = null;
let scheduled = false;
let launched = '';
let builtAt = new Date().toLocaleTimeString(document.documentElement.lang);
/** The page's words: its language's (`<html lang>`, the author's). */
const t = previewWordsFor(document.documentElement.lang);

const byId = <T extends HTMLElement = HTMLElement>(id: string): T | null => document.getElementById(id) as T | null;

function render(): void {
  if (scheduled) return;
  scheduled = true;
  // Calls come in bursts (a slide change is a dozen): one repaint for each burst.
  setTimeout(() => {
    scheduled = false;
    if (session) renderPanel(document, session.current, session.panel);
  });
}

function startSession(): Session | null {
  if (shown.course === null) return null;
  const made = new Session(shown.course, {
    changed: render,
    launched(how) {
      launched = how;
      showLaunch();
      render();
    },
  });
  made.panel.ready = document.readyState !== 'loading';
  made.launch();
  return made;
}

/** The note saying how Moodle launched the course this time (new, resumed, review, again). */
function showLaunch(): void {
  for (const note of document.querySelectorAll<HTMLElement>('[id^="attempt-"]')) {
    note.hidden = note.id !== `attempt-${launched}`;
  }
}

const every = (): boolean => byId<HTMLInputElement>('every')?.checked === true;
const launchUrl = (): string => `content/index.html${every() ? `?${EVERY}=1` : ''}`;

/** The course's frame, made when the lesson comes back from errors it had when the page loaded. */
function frame(): HTMLIFrameElement {
  const existing = byId<HTMLIFrameElement>('scorm_object');
  if (existing) return existing;
  const made = document.createElement('iframe');
  made.id = 'scorm_object';
  byId('stage')?.prepend(made);
  return made;
}

function setStatus(text: string, stale = false): void {
  const status = byId('status');
  if (!status) return;
  status.textContent = text;
  status.classList.toggle('stale', stale);
}

const reportText = (update: PreviewUpdate): string => update.report.map((r) => `${r.text}\n`).join('');

/** The header, the warnings and the diagnostics as the update says (the page as served shows its
 *  own build's report: `report` false). */
function showUpdate(update: PreviewUpdate, report = true): void {
  const ok = update.course !== null;
  document.title = `${ok ? update.title : t.hasErrorsTitle} · scormdown preview`;
  const title = byId('lesson-title');
  if (title) title.textContent = update.title;
  const warnings = byId('warnings');
  if (warnings) {
    warnings.hidden = !ok || update.warnings === 0;
    warnings.querySelector('summary')!.textContent = t.warnings(update.warnings);
    if (report) warnings.querySelector('pre')!.textContent = reportText(update);
  }
  const errors = byId('errors');
  if (errors) {
    errors.hidden = ok;
    errors.querySelector('h1')!.textContent = t.errorsHeading(update.errors);
    if (report) errors.querySelector('pre')!.textContent = reportText(update);
  }
  const pools = byId('every-switch');
  if (pools && update.course) pools.hidden = !update.course.pools;
  const at = t.builtAt(builtAt);
  if (!ok) setStatus(`${t.errorsStatus(update.errors)} ${at}`, true);
  else setStatus(`${update.watching ? t.watching : t.cannotWatch} ${at}`, !update.watching);
}

/** A new build: relaunch the course with it, keeping what the LMS stored and the bookmark. */
function apply(update: PreviewUpdate): void {
  if (update.build === shown.build) return;
  shown = update;
  builtAt = new Date().toLocaleTimeString(document.documentElement.lang);
  showUpdate(update);
  if (update.course === null) return;
  byId('panel')?.removeAttribute('hidden');
  const course = frame();
  course.title = t.courseFrame(update.title);
  if (session === null) {
    session = startSession();
    course.src = launchUrl();
  } else {
    session.configure(update.course);
    void session.relaunch(course, launchUrl(), false);
  }
}

function listen(): void {
  const events = new EventSource(`${EVENTS}?scorm=${shown.version}`);
  events.addEventListener('update', (e) => apply(JSON.parse((e as MessageEvent<string>).data) as PreviewUpdate));
  events.addEventListener('building', () => setStatus(t.building));
  events.addEventListener('open', () => showUpdate(shown, false));
  events.addEventListener('error', () => setStatus(t.lostTouch, true));
}

function wireControls(): void {
  const relaunch = (forget: boolean) => () => {
    const course = byId<HTMLIFrameElement>('scorm_object');
    if (session && course) void session.relaunch(course, launchUrl(), forget);
  };
  byId('leave')?.addEventListener('click', relaunch(false));
  byId('reset')?.addEventListener('click', relaunch(true));
  byId('every')?.addEventListener('change', () => {
    // The page's address and the version links keep the switch, so a reload keeps it too.
    const query = every() ? `?${EVERY}=1` : '';
    history.replaceState(null, '', `${location.pathname}${query}`);
    for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) a.search = query;
    relaunch(false)();
  });
}

// The course in the page's frame looks for the API as soon as it loads: launch before the body is parsed.
session = startSession();
document.addEventListener('DOMContentLoaded', () => {
  if (session) session.panel.ready = true;
  showLaunch();
  showUpdate(shown, false);
  wireControls();
  listen();
  render();
});
