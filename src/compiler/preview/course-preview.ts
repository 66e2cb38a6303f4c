// `scormdown preview <courseDir>`: the course's lessons, each in a preview of its own (its own stand-in
// LMS and stored data, as each SCO has in an LMS; following its saves), with what the course gives them
// (defaults, logo), and a page that lists them in order beside the lesson chosen. The page follows
// course.yaml as the lesson previews follow their lessons: a lesson added to `lessons:` gets a preview,
// a lesson taken out loses it, a new title or order shows at once, and what is wrong with course.yaml is
// shown in the page until it is fixed (the lessons stay as it last said). Every server listens on the
// loopback address only, each checking the Host it is reached by, as the lesson preview does.

import { watch, type FSWatcher } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../markdown/html-text.js';
import { courseShare, isLessonFolder, type LoadedCourse } from '../load-course.js';
import { COURSE_FILE, parseCourse } from '../front/parse-course.js';
import { lessonFiles } from '../front/lesson-files.js';
import { fileText } from '../front/read-file.js';
import { diag, inLanguage, type Diagnostic } from '../diagnostics/diagnostics.js';
import { formatReport } from '../diagnostics/report.js';
import type { CourseShare } from '../model.js';
import { WORDS } from '../words/words.js';
import { PREVIEW_HOST, previewBuild, startPreview, type PreviewOptions, type PreviewServer } from './preview.js';
import { DEBOUNCE_MS, serialised } from './live-build.js';
import { PortInUseError } from '../diagnostics/errors.js';

/** A lesson as the course page lists it. */
export interface CourseEntry {
  /** As course.yaml writes it. */
  path: string;
  /** The lesson's title as last built; its path while it has none. */
  title: string;
  /** Its preview's address; null when the folder is not there (course.yaml's problem says so). */
  url: string | null;
}

/** What the course page shows: sent whole on each change. */
interface CourseState {
  title: string;
  lessons: CourseEntry[];
  /** course.yaml's problems as a build prints them. */
  report: Array<{ text: string; error: boolean }>;
}

export interface CoursePreview {
  url: string;
  /** The lessons in the course's order, as course.yaml says now. */
  readonly lessons: readonly CourseEntry[];
  close(): Promise<void>;
}

interface Shown extends CourseEntry {
  dir: string;
  server: PreviewServer | null;
}

/** What the command line hears: each lesson's problems after each of its builds, course.yaml's after
 *  each reading; `first` for the ones the preview starts with (already reported). `source` names the
 *  lesson folder as course.yaml writes it, or course.yaml. */
export type CourseProblems = (source: string, diagnostics: readonly Diagnostic[], first: boolean) => void;

export async function startCoursePreview(
  options: PreviewOptions,
  course: LoadedCourse,
  problems: CourseProblems = () => {},
): Promise<CoursePreview> {
  const courseDir = resolve(options.cwd, options.lessonDir);
  const words = WORDS[options.lang];
  let share: CourseShare = { defaults: course.defaults, logo: course.logo };
  const state: CourseState = { title: course.meta.title, lessons: [], report: [] };
  let shown: Shown[] = [];
  const listeners = new Set<ServerResponse>();
  const broadcast = (): void => {
    state.lessons = shown.map(({ path, title, url }) => ({ path, title, url }));
    for (const res of listeners) res.write(`event: course\ndata: ${JSON.stringify(state)}\n\n`);
  };

  /** The lesson's own preview, its title following its builds; `initial`: one the preview starts with
   *  (its problems said already), not one added to course.yaml since. */
  const open = async (dir: string, path: string, initial: boolean): Promise<Shown> => {
    const entry: Shown = { dir, path, title: path, url: null, server: null };
    const lessonOptions = { ...options, lessonDir: dir, port: 0, course: share, courseDir };
    const first = await previewBuild(dir, options.cwd, share);
    problems(path, first.versions[options.version].diagnostics, initial);
    entry.server = await startPreview(lessonOptions, first, (build) => {
      entry.title = build.versions[options.version].data?.title ?? entry.title;
      problems(entry.path, build.versions[options.version].diagnostics, false);
      broadcast();
    });
    entry.url = entry.server.url;
    entry.title = entry.server.title ?? path;
    return entry;
  };

  try {
    for (const { path, lesson } of course.lessons) shown.push(await open(lesson.dir, path, true));
  } catch (error) {
    await Promise.all(shown.map((s) => s.server?.close()));
    throw error;
  }

  /** course.yaml as it is now: the lessons' list, title and problems. */
  let closed = false;
  let read = 0;
  const follow = async (): Promise<void> => {
    if (closed) return;
    read += 1;
    const files = lessonFiles(courseDir, options.cwd);
    const file = await files.read(COURSE_FILE);
    const at = { file: files.show(COURSE_FILE), line: 1, column: 1 };
    const parsed =
      file.kind === 'file'
        ? parseCourse(fileText(file.bytes), files.show(COURSE_FILE))
        : { course: null, diagnostics: [diag('COURSE_INVALID', at, (w) => w.courseMissing('lessons'))] };
    const found: Diagnostic[] = [...parsed.diagnostics];
    if (parsed.course !== null) {
      share = (await courseShare(courseDir, options.cwd)) ?? share;
      state.title = parsed.course.meta.title;
      const next: Shown[] = [];
      for (const entry of parsed.course.lessons) {
        const dir = resolve(files.dir, entry.path);
        const kept = shown.find((s) => s.dir === dir && s.server !== null && !next.includes(s));
        if (kept !== undefined) {
          kept.path = entry.path;
          next.push(kept);
        } else if (isLessonFolder(dir)) next.push(await open(dir, entry.path, false));
        else {
          next.push({ dir, path: entry.path, title: entry.path, url: null, server: null });
          found.push(diag('COURSE_LESSON_MISSING', entry.pos, (w) => w.courseLessonMissing(entry.path)));
        }
      }
      const gone = shown.filter((s) => !next.includes(s));
      shown = next;
      await Promise.all(gone.map((s) => s.server?.close()));
    }
    problems(COURSE_FILE, found, read === 1);
    const said = found.map((d) => inLanguage(d, options.lang));
    const texts = formatReport(said, options.cwd, undefined, words);
    state.report = said.map((d, i) => ({ text: texts[i] ?? '', error: d.severity === 'error' }));
    broadcast();
  };

  /** One reading at a time; a change during one is read after it. The first, now: what the page shows
   *  from the start, and what the command line has already said. */
  const followed = serialised(follow);
  try {
    await followed();
  } catch (error) {
    await Promise.all(shown.map((s) => s.server?.close()));
    throw error;
  }
  let timer: NodeJS.Timeout | undefined;
  // The course folder itself, not its lessons (each followed by its own preview): course.yaml, and a
  // lesson folder made or removed beside it.
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(courseDir, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void followed().catch(() => {}), DEBOUNCE_MS);
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    // Not watchable: a reload of the course page reads course.yaml again.
  }

  let port = options.port;
  const server = createServer((req, res) => {
    const send = (status: number, type: string, body: string): ServerResponse =>
      res
        .writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
        .end(body);
    if (req.headers.host !== `${PREVIEW_HOST}:${port}` && req.headers.host !== `localhost:${port}`)
      return void send(421, 'text/plain', 'use the address scormdown printed');
    if (req.method !== 'GET' && req.method !== 'HEAD') return void send(405, 'text/plain', 'GET only');
    if (req.url === '/' || req.url === '/index.html') {
      void followed()
        .catch(() => {})
        .then(() => send(200, 'text/html; charset=utf-8', coursePage(state, options.lang)));
    } else if (req.url === `/${EVENTS}`) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      listeners.add(res);
      res.on('close', () => listeners.delete(res));
    } else send(404, 'text/plain', 'not found');
  });
  const closeAll = async (): Promise<void> => {
    clearTimeout(timer);
    watcher?.close();
    // A reading under way ends first (with no new preview started), so every preview it opened is closed.
    closed = true;
    await followed().catch(() => {});
    await Promise.all(shown.map((s) => s.server?.close()));
  };
  try {
    port = await new Promise<number>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortInUseError(port, String(error.code)) : error,
        ),
      );
      server.listen(port, PREVIEW_HOST, () => resolve((server.address() as AddressInfo).port));
    });
  } catch (error) {
    await closeAll();
    throw error;
  }
  broadcast();
  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    get lessons() {
      return state.lessons;
    },
    close: async () => {
      await closeAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

const EVENTS = 'course-events';

/** The course page: the lessons in order as a menu, the chosen one's preview beside it; the menu is
 *  drawn by the page's script from the state, at first and on each change. */
function coursePage(state: CourseState, lang: PreviewOptions['lang']): string {
  const words = WORDS[lang];
  const first = state.lessons.find((l) => l.url !== null)?.url ?? 'about:blank';
  // In a script element: no "</script>" or "<!--" can close it.
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(state.title)} · scormdown preview</title>
<link rel="icon" href="data:,">
<style>
body{margin:0;font:16px/1.4 system-ui,sans-serif;display:grid;grid-template-columns:16rem 1fr;height:100vh}
nav{padding:1rem;border-right:1px solid #ccc;overflow:auto}h1{font-size:1.1rem;margin:0 0 .75rem}
ol{padding-left:1.25rem}li{margin:.4rem 0}a[aria-current]{font-weight:bold}p{font-size:.9rem;color:#444}
.missing{color:#555;text-decoration:line-through}
pre{white-space:pre-wrap;font-size:.8rem;margin:.5rem 0;padding:.5rem;border-left:4px solid #b00;background:#fff4f4}
pre.warning{border-color:#8a5a00;background:#fffbea}
iframe{width:100%;height:100%;border:0}
</style>
</head>
<body>
<nav aria-label="${escapeHtml(words.coursePreviewLessons())}">
<h1></h1>
<ol></ol>
<div id="problems" role="alert"></div>
<p>${escapeHtml(words.coursePreviewNote())}</p>
</nav>
<iframe name="lesson" title="${escapeHtml(words.coursePreviewLessons())}" src="${escapeHtml(first)}"></iframe>
<script type="application/json" id="state">${json}</script>
<script>
const frame = document.querySelector('iframe');
let state = JSON.parse(document.getElementById('state').textContent);
let chosen = ${JSON.stringify(first === 'about:blank' ? null : first)};
function mark() {
  for (const a of document.querySelectorAll('nav a'))
    if (a.getAttribute('href') === chosen) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
}
function draw() {
  document.querySelector('h1').textContent = state.title;
  document.title = state.title + ' · scormdown preview';
  const list = document.querySelector('nav ol');
  list.replaceChildren(...state.lessons.map((l) => {
    const item = document.createElement('li');
    if (l.url === null) {
      item.className = 'missing';
      item.textContent = l.path;
    } else {
      const a = document.createElement('a');
      a.href = l.url;
      a.target = 'lesson';
      a.textContent = l.title;
      a.addEventListener('click', () => { chosen = l.url; mark(); });
      item.append(a);
    }
    return item;
  }));
  document.getElementById('problems').replaceChildren(...state.report.map((r) => {
    const pre = document.createElement('pre');
    pre.className = r.error ? 'error' : 'warning';
    pre.textContent = r.text;
    return pre;
  }));
  // The lesson shown was taken out of the course: the first one instead.
  if (!state.lessons.some((l) => l.url === chosen)) {
    chosen = state.lessons.find((l) => l.url !== null)?.url ?? null;
    frame.src = chosen ?? 'about:blank';
  }
  mark();
}
draw();
new EventSource('${EVENTS}').addEventListener('course', (e) => { state = JSON.parse(e.data); draw(); });
</script>
</body>
</html>
`;
}
