// `scormdown preview <courseDir>`: the course's lessons, each in a preview of its own (its own stand-in
// LMS and stored data, as each SCO has in an LMS; following its saves), with what the course gives them
// (defaults, logo), and a page that lists them in order beside the lesson chosen (course-page.ts). The
// page follows course.yaml as the lesson previews follow their lessons: a lesson added to `lessons:`
// gets a preview, a lesson taken out loses it, a new title or order shows at once, and what is wrong
// with course.yaml is shown in the page until it is fixed (the lessons stay as it last said). Every
// server listens on the loopback address only, each checking the Host it is reached by.

import { watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { relative, resolve } from 'node:path';
import { isLessonFolder, readCourse, shareOf, type LoadedCourse } from '../load-course.js';
import { COURSE_FILE, type Course } from '../front/parse-course.js';
import type { Files } from '../front/lesson-files.js';
import { diag, inLanguage, type Diagnostic } from '../diagnostics/diagnostics.js';
import { formatReport } from '../diagnostics/report.js';
import type { CourseShare } from '../model.js';
import { WORDS } from '../words/words.js';
import {
  hostAllowed,
  listenOn,
  PREVIEW_HOST,
  previewBuild,
  send,
  startPreview,
  type PreviewOptions,
  type PreviewServer,
} from './preview.js';
import { DEBOUNCE_MS, serialised } from './live-build.js';
import { COURSE_EVENTS, coursePage, type CourseEntry, type CourseState } from './course-page.js';

export type { CourseEntry };

export interface CoursePreview {
  url: string;
  /** The lessons in the course's order, as course.yaml says now. */
  readonly lessons: readonly CourseEntry[];
  close(): Promise<void>;
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
  const lessons = new CourseLessons(options, course, problems);
  await lessons.start();
  let port = options.port;
  const server = createServer((req, res) => route(lessons, port, req, res));
  try {
    port = await listenOn(server, options.port);
  } catch (error) {
    await lessons.close();
    throw error;
  }
  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    get lessons() {
      return lessons.state.lessons;
    },
    close: async () => {
      await lessons.close();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}

/** The page (course.yaml read again first: a reload shows it as it is, also where the folder cannot be
 *  watched) and its event stream. */
function route(lessons: CourseLessons, port: number, req: IncomingMessage, res: ServerResponse): void {
  if (!hostAllowed(req.headers.host, port)) return send(res, 421, 'text/plain', 'use the address scormdown printed');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
  if (req.url === '/' || req.url === '/index.html') {
    void lessons.reread().then(() => send(res, 200, 'text/html; charset=utf-8', lessons.page()));
  } else if (req.url === `/${COURSE_EVENTS}`) {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    lessons.listen(res);
  } else send(res, 404, 'text/plain', 'not found');
}

/** A lesson of the page: its folder and its preview (null while the folder is not there). */
interface Shown extends CourseEntry {
  dir: string;
  server: PreviewServer | null;
}

/** The course's lessons with their previews, as course.yaml says now, and the pages listening. */
class CourseLessons {
  readonly state: CourseState;
  readonly courseDir: string;
  private shown: Shown[] = [];
  private share: CourseShare;
  private readonly listeners = new Set<ServerResponse>();
  private readonly followed = serialised(() => this.follow());
  private reads = 0;
  private closed = false;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: PreviewOptions,
    private readonly course: LoadedCourse,
    private readonly problems: CourseProblems,
  ) {
    this.courseDir = resolve(options.cwd, options.lessonDir);
    this.share = course.share;
    this.state = { title: course.meta.title, lessons: [], report: [] };
  }

  /** The course's lessons opened, course.yaml read once, its folder watched. */
  async start(): Promise<void> {
    try {
      for (const { path, lesson } of this.course.lessons) this.shown.push(await this.open(lesson.dir, path, true));
      await this.followed();
    } catch (error) {
      await this.close();
      throw error;
    }
    // The course folder itself, not its lessons (each followed by its own preview): course.yaml, and
    // a lesson folder made or removed beside it.
    try {
      this.watcher = watch(this.courseDir, () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.reread(), DEBOUNCE_MS);
      });
      this.watcher.on('error', () => this.watcher?.close());
    } catch {
      // Not watchable: a reload of the course page reads course.yaml again.
    }
  }

  /** course.yaml read again (one reading at a time; a change during one is read after it). */
  reread(): Promise<void> {
    return this.followed().catch(() => {});
  }

  page(): string {
    return coursePage(this.state, this.options.lang);
  }

  listen(res: ServerResponse): void {
    this.listeners.add(res);
    res.on('close', () => this.listeners.delete(res));
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.watcher?.close();
    // A reading under way ends first (with no new preview started), so every preview it opened is closed.
    this.closed = true;
    await this.reread();
    await Promise.all(this.shown.map((s) => s.server?.close()));
  }

  /** The state sent whole to every page listening. */
  private broadcast(): void {
    this.state.lessons = this.shown.map(({ path, title, url }) => ({ path, title, url }));
    for (const res of this.listeners) res.write(`event: course\ndata: ${JSON.stringify(this.state)}\n\n`);
  }

  /** The lesson's own preview, its title following its builds; `initial`: one the preview starts with
   *  (its problems said already), not one added to course.yaml since. */
  private async open(dir: string, path: string, initial: boolean): Promise<Shown> {
    const { options } = this;
    const entry: Shown = { dir, path, title: path, url: null, server: null };
    const first = await previewBuild(dir, options.cwd, this.share);
    this.problems(path, first.versions[options.version].diagnostics, initial);
    // The folder as the author knows it (its page says "preview of cursus/les-1"), from where they started.
    const lessonDir = relative(options.cwd, dir) || '.';
    const lessonOptions = { ...options, lessonDir, port: 0, course: this.share, courseDir: this.courseDir };
    entry.server = await startPreview(lessonOptions, first, (build) => {
      entry.title = build.versions[options.version].data?.title ?? entry.title;
      this.problems(entry.path, build.versions[options.version].diagnostics, false);
      this.broadcast();
    });
    entry.url = entry.server.url;
    entry.title = entry.server.title ?? path;
    return entry;
  }

  /** course.yaml as it is now: the lessons' list, the title, the problems. */
  private async follow(): Promise<void> {
    if (this.closed) return;
    this.reads += 1;
    const { parsed, files } = await readCourse(this.courseDir, this.options.cwd);
    const found: Diagnostic[] = [...parsed.diagnostics];
    if (parsed.course !== null) {
      const given = await shareOf(parsed.course, files);
      this.share = given.share;
      found.push(...given.diagnostics);
      this.state.title = parsed.course.meta.title;
      found.push(...(await this.place(parsed.course, files)));
    }
    this.problems(COURSE_FILE, found, this.reads === 1);
    const said = found.map((d) => inLanguage(d, this.options.lang));
    const texts = formatReport(said, this.options.cwd, undefined, WORDS[this.options.lang]);
    this.state.report = said.map((d, i) => ({ text: texts[i] ?? '', error: d.severity === 'error' }));
    this.broadcast();
  }

  /** The lessons in course.yaml's order: a preview kept for a folder still listed, one opened for a
   *  folder new to the list, closed for one taken out; a folder not there is named. */
  private async place(course: Course, files: Files): Promise<Diagnostic[]> {
    const missing: Diagnostic[] = [];
    const next: Shown[] = [];
    for (const entry of course.lessons) {
      const dir = resolve(files.dir, entry.path);
      const kept = this.shown.find((s) => s.dir === dir && s.server !== null && !next.includes(s));
      if (kept !== undefined) {
        kept.path = entry.path;
        next.push(kept);
      } else if (isLessonFolder(dir)) next.push(await this.open(dir, entry.path, false));
      else {
        next.push({ dir, path: entry.path, title: entry.path, url: null, server: null });
        missing.push(diag('COURSE_LESSON_MISSING', entry.pos, (w) => w.courseLessonMissing(entry.path)));
      }
    }
    const gone = this.shown.filter((s) => !next.includes(s));
    this.shown = next;
    await Promise.all(gone.map((s) => s.server?.close()));
    return missing;
  }
}
