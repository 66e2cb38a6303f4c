// The stages before rendering, in order: a lesson folder becomes the checked Lesson model, or the
// full list of what is wrong with it. front/ reads lesson.md, its front matter, slides and quiz
// files; transform/ places the questions on slides; check/ finds the assets and checks the whole
// lesson. pipeline.ts renders and packages what this returns.

import { hasErrors } from './diagnostics/diagnostics.js';
import type { Diagnostic } from './diagnostics/diagnostics.js';
import type { Asset, CourseShare, Lesson } from './model.js';
import { lessonEnd, lessonFiles, readLessonText } from './front/lesson-files.js';
import { loadQuizzes } from './front/load-quizzes.js';
import { defaultMeta, parseFrontMatter } from './front/parse-front-matter.js';
import { parseSlides } from './front/parse-slides.js';
import { placeQuestions } from './transform/place-questions.js';
import { collectAssets } from './check/collect-assets.js';
import { checkGates } from './check/gates.js';
import { htmlDiagnostics } from './check/html-checks.js';
import { lessonDiagnostics, markdownOf } from './check/lesson-checks.js';
import { packageNameProblems } from './check/package-names.js';
import { loadHtmlReader } from './markdown/html-reader.js';
import { htmlPieces } from './markdown/refs.js';
import { lexChecked } from './markdown/markdown-depth.js';

export interface LoadResult {
  /** null iff any diagnostic is an error. */
  lesson: Lesson | null;
  diagnostics: Diagnostic[];
  /** The lesson's `language:` as written, when its front matter could be read: the author's language
   *  unless `--lang` says otherwise (src/shared/author-language.ts). */
  language: string | null;
}

/** The front stages: a lesson folder becomes the checked Lesson model, or the full list of what is
 *  wrong with it. Each stage adds its diagnostics and the run goes on, so the author sees them all. */
/** `course`: what a course (course.yaml) gives the lesson: its defaults and its logo. */
export async function loadLesson(
  lessonDir: string,
  cwd: string = process.cwd(),
  course?: CourseShare,
): Promise<LoadResult> {
  const files = lessonFiles(lessonDir, cwd);
  const read = await readLessonText(files);
  if ('problem' in read) return { lesson: null, diagnostics: [read.problem], language: null };
  const front = parseFrontMatter(read.text, files.show('lesson.md'), course?.defaults ?? defaultMeta());
  const language = front.keyPos.language === undefined ? null : front.meta.language;
  const slides = parseSlides(front.body, front.bodyLine, files.show('lesson.md'));
  const quiz = await loadQuizzes(files, front, slides.slides);
  const placement = placeQuestions(slides.slides, quiz, front.meta.language, lessonEnd(files, read.text));
  const texts = markdownOf(slides.slides, quiz.texts);
  if (texts.some((md) => htmlPieces(md).length > 0)) await loadHtmlReader();
  // The theme's logo is a file of the package like a picture of a slide: checked at its front matter line.
  const logo = front.meta.theme.logo;
  const logoAt = front.keyPos['theme.logo'] ?? { file: files.show('lesson.md'), line: 1, column: 1 };
  const logoText = logo === undefined ? null : lexChecked(`![](<${logo}>)`, true, logoAt);
  const assets = await collectAssets(files.dir, logoText === null ? texts : [...texts, logoText], files.read);
  const stages = [
    read.warnings,
    front.diagnostics,
    slides.diagnostics,
    quiz.diagnostics,
    placement.diagnostics,
    checkGates(placement),
    assets.diagnostics,
    packageNameProblems(assets.assets),
    htmlDiagnostics(texts, front.meta.html),
  ];
  const diagnostics = lessonDiagnostics(stages, texts, front, placement);
  if (hasErrors(diagnostics)) return { lesson: null, diagnostics, language };
  const meta = { ...front.meta, quizFiles: quiz.files };
  const courseLogo = meta.theme.logo === undefined ? (course?.logo ?? null) : null;
  if (courseLogo !== null) meta.theme = { ...meta.theme, logo: courseLogo.target };
  return {
    lesson: {
      dir: files.dir,
      meta,
      slides: placement.slides,
      questions: placement.questions,
      assets: withLogo(assets.assets, courseLogo),
      modified: new Date(files.newest()),
    },
    diagnostics,
    language,
  };
}

/** The lesson's files and the course's logo, when the lesson shows it (a file of the lesson at the same
 *  path is the lesson's own and stays). */
function withLogo(assets: Asset[], logo: Asset | null): Asset[] {
  return logo === null || assets.some((a) => a.target === logo.target) ? assets : [...assets, logo];
}
