// The preview's latest build, kept fresh: the lesson folder is watched (node:fs watch, recursive,
// which Node 20 does on Linux too) and every save builds the lesson again in this process, once the
// editor has finished writing (a debounce: an editor's save is several events, a rename or two and a
// write). One build at a time; a save during a build is built after it. A build that changes nothing
// (same diagnostics, same bytes) is not news.

import { watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import type { CourseShare } from '../model.js';
import { previewBuild, everyQuestionPage, type PreviewBuild } from './preview-build.js';
import { courseShare } from '../load-course.js';
import { COURSE_FILE } from '../front/parse-course.js';

/** Long enough to take an editor's save as one change, short enough to feel immediate. */
export const DEBOUNCE_MS = 150;

export interface LiveBuildOptions {
  lessonDir: string;
  cwd: string;
  /** What a course gives a lesson of it: its defaults and logo. */
  course?: CourseShare | undefined;
  /** The course folder, for a lesson of a course: its course.yaml is watched too, and read again on each
   *  build, so a change of the course's defaults or logo shows in the lesson. */
  courseDir?: string | undefined;
}

export interface LiveBuild {
  readonly latest: PreviewBuild;
  /** Counts the builds that changed something, from 1. */
  readonly number: number;
  /** False when the folder cannot be watched (then only a reload of the page builds again). */
  readonly watching: boolean;
  /** Builds now (after any build under way) and resolves to the latest build. */
  rebuild(): Promise<PreviewBuild>;
  /** The page with every pool question shown, for the latest build (made on first request). */
  everyQuestionPage(): Promise<string | null>;
  close(): void;
}

export interface LiveBuildEvents {
  /** A change was seen: a build follows. */
  changing(): void;
  /** A build that changed something. */
  built(build: PreviewBuild, number: number): void;
}

export function liveBuild(options: LiveBuildOptions, first: PreviewBuild, events: LiveBuildEvents): LiveBuild {
  let latest = first;
  let number = 1;
  let every: Promise<string | null> | null = null;
  let timer: NodeJS.Timeout | undefined;

  let course = options.course;
  const buildOnce = async (): Promise<PreviewBuild> => {
    // course.yaml as it is now; while it cannot be read, what it last gave.
    if (options.courseDir !== undefined) course = (await courseShare(options.courseDir, options.cwd)) ?? course;
    const next = await previewBuild(options.lessonDir, options.cwd, course);
    if (next.fingerprint !== latest.fingerprint) {
      latest = next;
      number += 1;
      every = null;
      events.built(next, number);
    }
    return latest;
  };
  /** A request during a build runs one more build after it, and shares its result. */
  const rebuild = serialised(async () => {
    await buildOnce();
    return latest;
  });

  let watching = true;
  const changed = (): void => {
    clearTimeout(timer);
    events.changing();
    // A failed build (a bug, not a lesson error) shows when the page is reloaded: that builds again.
    timer = setTimeout(() => void rebuild().catch(() => {}), DEBOUNCE_MS);
  };
  const lost = (): void => {
    watching = false;
  };
  const watcher = watchFolder(resolve(options.cwd, options.lessonDir), true, changed, lost);
  // The course folder itself (not its lessons, each watched by its own preview): course.yaml only.
  const courseWatcher =
    options.courseDir === undefined
      ? null
      : watchFolder(
          resolve(options.cwd, options.courseDir),
          false,
          (_event, name) => {
            if (name === COURSE_FILE) changed();
          },
          lost,
        );

  return {
    get latest() {
      return latest;
    },
    get number() {
      return number;
    },
    get watching() {
      return watcher !== null && watching;
    },
    rebuild,
    everyQuestionPage() {
      every ??= everyQuestionPage(options.lessonDir, options.cwd, course);
      return every;
    },
    close() {
      clearTimeout(timer);
      watcher?.close();
      courseWatcher?.close();
    },
  };
}

/** `work` one run at a time: a call during a run asks for one more run after it (however many calls
 *  came), and every such call gets that last run's result. */
export function serialised<T>(work: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let again = false;
  return () => {
    if (running !== null) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        let result: T;
        do {
          again = false;
          result = await work();
        } while (again);
        return result;
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

/** The folder watched (with its subfolders, quiz files and assets/, when `recursive`), or null when it
 *  cannot be (no inotify watches left, the folder gone): the preview then builds on each reload of the page. */
function watchFolder(
  dir: string,
  recursive: boolean,
  changed: (event: string, name: string | null) => void,
  lost: () => void,
): FSWatcher | null {
  try {
    const watcher = watch(dir, { recursive }, changed);
    watcher.on('error', () => {
      watcher.close();
      lost();
    });
    return watcher;
  } catch {
    return null;
  }
}
