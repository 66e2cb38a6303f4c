// The compiler's model of a lesson: what the parse stages produce and the render, manifest and
// zip stages consume. Every node keeps where it came from, so diagnostics can point at it.

import type { Code } from './diagnostics.js';
import type { CompletionRule, NavigationRule, Question, ScoreRule, SlideKind, SolutionsRule } from '../shared/model.js';

export interface SourcePos {
  /** Path as the author knows it: relative to the working directory, forward slashes ("lesson/quiz.yaml"). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable code from diagnostics.ts, e.g. QUIZ_NO_CORRECT. */
  code: Code;
  /** What is wrong, in the author's terms. */
  message: string;
  /** How to fix it. */
  hint: string;
  pos: SourcePos;
}

export interface LessonMeta {
  id: string;
  title: string;
  /** BCP 47, e.g. "nl". */
  language: string;
  version: string;
  description: string;
  /** 0..100 */
  passingScore: number;
  completion: CompletionRule;
  /** 0 = unlimited */
  attempts: number;
  navigation: NavigationRule;
  /** When the correct answers are shown (default after-last-attempt). */
  solutions: SolutionsRule;
  /** Which quiz attempt the LMS gets: best (default) or last. */
  score: ScoreRule;
  /** Quiz files, relative to the lesson folder (front matter `quiz:`, default ["quiz.yaml"] when present). */
  quizFiles: string[];
}

/** A piece of a content slide, in source order. */
export type Block =
  | { type: 'markdown'; html: string; pos: SourcePos }
  | { type: 'timer'; seconds: number; pos: SourcePos }
  | { type: 'question'; questionId: string; pos: SourcePos };

export interface Slide {
  kind: SlideKind;
  /** Plain text of the slide's first heading (or the question's prompt, or the result title). */
  title: string;
  /** content: the slide's blocks; question: one question block; result: none. */
  blocks: Block[];
  pos: SourcePos;
  /** The author's `::slide ID`, when given: the slide's saved progress is keyed by it. */
  id?: string;
}

/** A file of the lesson folder that goes into the package. */
export interface Asset {
  /** Absolute path on disk. */
  source: string;
  /** Path inside the package, forward slashes, relative (e.g. "assets/soorten-klachten.svg"). */
  target: string;
  /** Where it is first referenced. */
  pos: SourcePos;
}

export interface Lesson {
  /** Absolute path of the lesson folder. */
  dir: string;
  meta: LessonMeta;
  slides: Slide[];
  /** Every question placed in the lesson, in slide order. */
  questions: Question[];
  assets: Asset[];
}
