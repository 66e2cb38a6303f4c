// `scormdown new`: a small complete lesson a teacher can start from, written from templates/new-lesson/
// (Dutch, English, German, French or Spanish texts; any other language gets the English texts with its
// own code in the front matter). It never overwrites (package/write-new-files.ts). Failures are typed errors (errors.ts),
// not diagnostics: a file that is in the way has no line or column.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { failedRead, UsageError } from '../diagnostics/errors.js';
import { shellWord, starterId, writeNewFiles } from '../package/write-new-files.js';
import { invisibleChars } from '../../shared/xml-text.js';
import { commandWord, projectPath } from '../paths.js';
import { loadTemplate } from '../render/render-templates.js';
import { COURSE_FILE, parseCourse, type Course } from '../front/parse-course.js';
import { WORDS } from '../words/words.js';

export interface NewLessonOptions {
  /** The lesson folder, as given on the command line (default "."); created when missing. */
  folder: string;
  /** BCP 47 code written into the front matter, e.g. "nl", "en", "de"; null: the course's, when the
   *  folder is in one, else `fallback`. */
  language: string | null;
  /** The language when neither --language nor a course says one (the author's). */
  fallback?: string;
  /** null: the starter's own title in that language. */
  title: string | null;
  cwd: string;
}

export interface NewLessonResult {
  /** Paths written, as shown to the author (relative to cwd, forward slashes). */
  written: string[];
  /** The lesson folder as shown to the author ("." for the current folder). */
  folder: string;
  /** The language the lesson was written in. */
  language: string;
  /** The course the folder is in (course.yaml in the folder above), when it is not yet in its list:
   *  course.yaml as shown, and the line to add under `lessons:`. */
  addToCourse: { file: string; entry: string } | null;
}

/** The course around a new lesson folder: course.yaml in the folder above, when it reads as a course. */
async function courseAbove(dir: string): Promise<Course | null> {
  const file = path.join(path.dirname(dir), COURSE_FILE);
  const text = await readFile(file, 'utf8').catch(() => null);
  return text === null ? null : parseCourse(text, COURSE_FILE).course;
}

/** The starter's front matter without the settings the course gives (each line kept as a comment), and
 *  a line saying so: a lesson of the course takes them from course.yaml, as the others do. */
export function inheriting(lessonMd: string, keys: readonly string[], note: string): string {
  if (keys.length === 0) return lessonMd;
  const lines = lessonMd.split('\n');
  const end = lines.indexOf('---', 1);
  const front = lines
    .slice(1, end)
    .map((line) => (keys.some((key) => line.startsWith(`${key}:`)) ? `# ${line}` : line));
  return [lines[0], `# ${note}`, ...front, ...lines.slice(end)].join('\n');
}

/** One file of the starter, relative to the lesson folder, with forward slashes. */
export interface StarterFile {
  target: string;
  content: string;
}

/** The front matter's rule for `language:` (parse-front-matter.ts): a BCP 47 tag such as nl or nl-BE. */

/** The starter texts there are, with the title a lesson gets when the teacher gives none. */
const STARTERS = {
  nl: { title: 'Mijn eerste les' },
  en: { title: 'My first lesson' },
  de: { title: 'Meine erste Lektion' },
  fr: { title: 'Ma première leçon' },
  es: { title: 'Mi primera lección' },
} as const;
type StarterLanguage = keyof typeof STARTERS;

/** Written from templates/new-lesson/<language>/ (rendered) and templates/new-lesson/assets/ (copied). */
const TEXT_FILES = ['lesson.md', 'quiz.yaml'] as const;
const ASSET_FILES = ['assets/illustration.svg'] as const;

/** The texts of the language's own (nl-BE -> nl, de-CH -> de), English for any other (as the player's UI falls back). */
function starterLanguage(language: string): StarterLanguage {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return primary in STARTERS ? (primary as StarterLanguage) : 'en';
}

export function defaultTitle(language: string): string {
  return STARTERS[starterLanguage(language)].title;
}

export { starterId };

/** The starter's files with the title, id and language filled in; `inherit`: the front matter keys a
 *  course gives, left to it. */
export async function starterFiles(
  language: string,
  title: string,
  id: string,
  inherit: readonly string[] = [],
): Promise<StarterFile[]> {
  const folder = starterLanguage(language);
  const context = { title, id, language, command: commandWord() };
  // A title may hold `:`, `#` or quotes: in the front matter it is always a double-quoted YAML string
  // (JSON's string syntax is a subset of YAML's double-quoted style).
  const helpers = { yaml: (text: string) => JSON.stringify(text) };
  const note = WORDS[folder].starterFromCourse(inherit);
  const texts = TEXT_FILES.map((target) => {
    const content = loadTemplate(`new-lesson/${folder}/${target}.hbs`, { helpers })(context);
    return { target, content: target === 'lesson.md' ? inheriting(content, inherit, note) : content };
  });
  const assets = await Promise.all(
    ASSET_FILES.map(async (target) => {
      const file = projectPath('templates', 'new-lesson', ...target.split('/'));
      return { target, content: await readFile(file, 'utf8').catch(failedRead(file)) };
    }),
  );
  return [...texts, ...assets];
}

/** Writes the starter lesson into `options.folder`, or writes nothing and throws ExistsError (a file
 *  is in the way) or WriteError (the folder is a file, no permission, disk full). */
export async function createLesson(options: NewLessonOptions): Promise<NewLessonResult> {
  const dir = path.resolve(options.cwd, options.folder);
  const show = (target: string): string =>
    path.relative(options.cwd, path.join(dir, target)).split(path.sep).join('/') || '.';
  const course = await courseAbove(dir);
  const courseLanguage = course?.sets.includes('language') ? course.meta.language : null;
  const language = options.language ?? courseLanguage ?? options.fallback ?? 'en';
  // What the course says, the lesson leaves to it; a language of its own stays written.
  const inherit = (course?.sets ?? []).filter((key) => key !== 'language' || language === courseLanguage);
  const title = options.title ?? defaultTitle(language);
  // The CLI refuses such a title already (titleValue); the library never writes a lesson that cannot build.
  const invisible = invisibleChars(title)[0];
  if (invisible !== undefined) throw new UsageError((w) => w.starterTitleInvisible(invisible.name));
  const files = await starterFiles(language, title, starterId(path.basename(dir), title), inherit);
  await writeNewFiles(dir, files, { command: 'new', show });
  const entry = path.basename(dir);
  const listed = course?.lessons.some((l) => path.resolve(path.dirname(dir), l.path) === dir) ?? true;
  const addToCourse = listed ? null : { file: show(`../${COURSE_FILE}`), entry };
  return { written: files.map((f) => show(f.target)), folder: show('.'), language, addToCourse };
}

/** A path as it can be typed after a command (write-new-files.ts). */
export { shellWord };
