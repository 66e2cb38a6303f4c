// course.yaml: a course's title, id and description, the lesson folders in order (`lessons:`, paths
// relative to course.yaml), and the defaults every lesson gets unless its own front matter says
// otherwise: the front matter's own keys, read by the front matter's own readers, so a course's
// `passingScore: 0.6` is the same error with the same fix as a lesson's.

import type { Node } from 'yaml';
import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import { closest } from '../diagnostics/suggest.js';
import type { LessonMeta, SourcePos } from '../model.js';
import { defaultMeta, READERS, type FrontMatter } from './parse-front-matter.js';
import { isScalar, isSeq, keyText, mapPairs, parseYaml, scalarText } from './yaml-source.js';

export const COURSE_FILE = 'course.yaml';

/** The front matter keys a course may set for its lessons. */
export const COURSE_DEFAULTS = [
  'language',
  'passingScore',
  'completion',
  'attempts',
  'navigation',
  'solutions',
  'score',
  'scoring',
  'shuffle',
  'tries',
  'html',
  'ui',
  'theme',
] as const;

/** The course's own keys. */
const COURSE_KEYS = ['title', 'id', 'description', 'version', 'lessons'] as const;

export interface CourseLesson {
  /** As written in course.yaml. */
  path: string;
  pos: SourcePos;
}

export interface Course {
  /** The course's title, id, description and version (the rest of `meta` is the lesson defaults). */
  meta: LessonMeta;
  lessons: CourseLesson[];
  /** Where `theme: logo:` is written, when it is. */
  logoPos?: SourcePos;
  /** The lesson defaults course.yaml writes itself (the rest are the tool's). */
  sets: Array<(typeof COURSE_DEFAULTS)[number]>;
}

export interface ParsedCourse {
  /** null when course.yaml cannot be read as a course. */
  course: Course | null;
  diagnostics: Diagnostic[];
}

export function parseCourse(text: string, file: string): ParsedCourse {
  const { doc, pos, diagnostics } = parseYaml(text, file, 0, new Set([...COURSE_KEYS, ...COURSE_DEFAULTS]));
  if (diagnostics.length > 0) return { course: null, diagnostics };
  const start: SourcePos = { file, line: 1, column: 1 };
  if (!doc.contents || mapPairs(doc.contents).length === 0) {
    return { course: null, diagnostics: [diag('COURSE_INVALID', pos(doc.contents), (w) => w.courseNotKeys())] };
  }
  // The front matter readers write into a FrontMatter; a course needs only its meta.
  const out: FrontMatter = {
    meta: defaultMeta(),
    quizExplicit: false,
    quizPos: [],
    keyPos: {},
    body: '',
    bodyLine: 1,
    diagnostics,
    readable: true,
  };
  let lessons: CourseLesson[] | null = null;
  const seen = new Set<string>();
  const known: readonly string[] = [...COURSE_KEYS, ...COURSE_DEFAULTS];
  for (const pair of mapPairs(doc.contents)) {
    const key = keyText(pair);
    const at = pos(pair.value ?? (pair.key as Node));
    seen.add(key);
    if (key === 'lessons') lessons = readLessons(pair.value, at, pos, diagnostics);
    else if (known.includes(key)) {
      const problem = READERS[key]!(pair.value, out, at, pos);
      if (problem) diagnostics.push(problem);
    } else {
      diagnostics.push(
        diag(
          'COURSE_UNKNOWN_KEY',
          pos(pair.key as Node),
          (w) => w.courseUnknownKey(key) + w.didYouMean(closest(key, known)),
          (w) => w.courseKnownKeys(known),
        ),
      );
    }
  }
  if (!seen.has('title')) diagnostics.push(diag('COURSE_INVALID', start, (w) => w.courseMissing('title')));
  if (!seen.has('id')) diagnostics.push(diag('COURSE_INVALID', start, (w) => w.courseMissing('id')));
  if (!seen.has('lessons')) diagnostics.push(diag('COURSE_INVALID', start, (w) => w.courseMissing('lessons')));
  if (lessons === null || diagnostics.some((d) => d.severity === 'error')) return { course: null, diagnostics };
  const logoPos = out.keyPos['theme.logo'];
  const sets = COURSE_DEFAULTS.filter((key) => seen.has(key));
  return { course: { meta: out.meta, lessons, sets, ...(logoPos ? { logoPos } : {}) }, diagnostics };
}

function readLessons(
  node: Node | null,
  at: SourcePos,
  pos: (n: Node | null | undefined) => SourcePos,
  diagnostics: Diagnostic[],
): CourseLesson[] | null {
  const items = isSeq(node) ? (node.items as Node[]) : [];
  const paths = items.map((n) => (isScalar(n) && typeof n.value === 'string' ? scalarText(n).trim() : ''));
  if (items.length === 0 || paths.some((p) => p === '')) {
    diagnostics.push(diag('COURSE_INVALID', at, (w) => w.courseLessonsList()));
    return null;
  }
  return paths.map((path, i) => ({ path, pos: pos(items[i]) }));
}
