// The lesson as the player receives it: the compiler writes it as JSON into the page
// (<script type="application/json" id="lesson-data">), the runtime reads it. No node:, no DOM here.

import type { UiStrings } from './i18n.js';

export type QuestionType = 'single' | 'multiple' | 'true-false' | 'order' | 'match' | 'fill-in' | 'numeric' | 'open';

/** How a question with several parts earns its points (`scoring:` on the question or in the front
 *  matter): all of them or none, or a share per part right (multiple, order, match). */
export type ScoringRule = 'all-or-nothing' | 'partial';

/** One option of a choice question. `id` is one character of [a-z0-9]: SCORM 1.2 choice patterns
 *  allow only single characters (RTE 3.4.4.5), Moodle's 2004 check `^[\w.]{1,250}$` forbids hyphens. */
export interface Choice {
  id: string;
  html: string;
  correct: boolean;
}

/** An item of an ordering question or a side of a matching pair; `id` follows the Choice rule. */
export interface Item {
  id: string;
  html: string;
}

/** Inline HTML shown after checking; '' when the author gave none. */
export interface Feedback {
  correct: string;
  incorrect: string;
}

interface QuestionBase {
  /** Author's id from the quiz file; also the interaction id (no spaces, <= 250 chars). */
  id: string;
  /** Prompt as inline HTML (from Markdown). */
  promptHtml: string;
  /** Prompt as plain text, at most 250 characters: the interaction description. */
  promptText: string;
  /** Points toward the score; 0 for open questions (recorded, never scored). */
  points: number;
  feedback: Feedback;
  /** single/multiple: options shown in an order drawn per learner and attempt (quiz.yaml or front
   *  matter `shuffle: true`); ids stay the authored ones. */
  shuffle?: true;
  /** Checks allowed before the answer is final (`tries:`), set only when above 1. */
  tries?: number;
  /** In the compiler only: the question is in pool `pool` of a `::quiz draw n` section. The page's
   *  LessonData has LessonData.pools instead (compiler/render/lesson-data.ts). */
  draw?: { pool: number; n: number };
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  choices: Choice[];
}

/** `partial`: `scoring: partial` applies (set at build time from the question or the front matter);
 *  absent means all-or-nothing. */
interface PartialCredit {
  partial?: boolean;
}

export interface MultipleQuestion extends QuestionBase, PartialCredit {
  type: 'multiple';
  choices: Choice[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'true-false';
  answer: boolean;
}

export interface OrderQuestion extends QuestionBase, PartialCredit {
  type: 'order';
  /** In the correct order. */
  items: Item[];
  /** The order in which the items are first shown (ids); never the correct order. */
  shown: string[];
}

export interface MatchQuestion extends QuestionBase, PartialCredit {
  type: 'match';
  /** Left-hand terms, in the author's order. */
  sources: Item[];
  /** Right-hand descriptions, in the order they are offered (shuffled at build time). */
  targets: Item[];
  /** Correct pairs: source id -> target id. */
  pairs: Record<string, string>;
}

export interface FillInQuestion extends QuestionBase {
  type: 'fill-in';
  /** Accepted answers, the first is the one shown as "the" answer. */
  answers: string[];
  caseSensitive: boolean;
}

/** A number typed, with a decimal comma or point and optionally the unit; right when it lies in
 *  min..max (inclusive: `answer` +- `tolerance`, or the author's `min:` / `max:`). */
export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  min: number;
  max: number;
  /** The author's `answer:`, the 1.2 correct response; absent when only min/max were given. */
  answer?: number;
  /** Shown beside the field and accepted after the number; '' for none. */
  unit: string;
  /** The correct answer as the learner reads it, in the lesson language's number format ("7,5 graden"). */
  shown: string;
}

export interface OpenQuestion extends QuestionBase {
  type: 'open';
}

export type Question =
  | SingleQuestion
  | MultipleQuestion
  | TrueFalseQuestion
  | OrderQuestion
  | MatchQuestion
  | FillInQuestion
  | NumericQuestion
  | OpenQuestion;

/** What counts as "done" for the LMS. */
export type CompletionRule = 'slides' | 'quiz' | 'slides-and-quiz';

/** Which slides the slide menu lets a learner jump to. */
export type NavigationRule = 'free' | 'visited';

/** When the player shows the correct answer of a question the learner got wrong (front matter
 *  `solutions:`): only once the learner cannot retry any more, always, or never. The verdict and
 *  the author's feedback are shown in every case. */
export type SolutionsRule = 'after-last-attempt' | 'always' | 'never';

export type SlideKind = 'content' | 'question' | 'result';

export interface SlideInfo {
  title: string;
  kind: SlideKind;
  /** Stable key of the slide in suspend_data and the bookmark: 3 base64url characters from what the
   *  author wrote (its `::slide` name, its question, its heading, with its text when headings repeat;
   *  src/shared/progress/). It survives inserting, removing, moving and editing slides. */
  k: string;
  /** The slide's s2 key, only where it differs from `k`: for reading data that packages before s3 saved. */
  o?: string;
  /** `::gate` on this slide: it and every slide after it open once the quiz is finished. */
  gate?: true;
}

/** A question as the player receives it, with its saved-progress contract (src/shared/progress/):
 *  `k` its 4-character key in suspend_data, from its id, type and how many options each list has;
 *  `f` the prints of its options (one character each, every list in order), which a saved answer
 *  carries so it still names the options chosen after the author reordered or reworded them; `o`
 *  its s2 key where it differs from `k`, for data that packages before s3 saved. */
export type LessonQuestion = Question & { k: string; f?: string; o?: string };

/** Which finished quiz attempt the LMS gets (front matter `score:`): the best one (and passed once
 *  any attempt passed) or the last one. */
export type ScoreRule = 'best' | 'last';

export type ScormVersion = '1.2' | '2004';

/** The lesson's settings, from its front matter: what the compiler reads and the player is given. */
export interface LessonSettings {
  id: string;
  title: string;
  /** BCP 47, e.g. "nl". */
  language: string;
  version: string;
  /** 0..100: percentage of the points needed to pass. */
  passingScore: number;
  completion: CompletionRule;
  /** Quiz attempts allowed; 0 means unlimited. */
  attempts: number;
  navigation: NavigationRule;
  solutions: SolutionsRule;
  score: ScoreRule;
}

/** A question pool (`::quiz draw N`): N of its questions `q` ([id, index of its slide]) are drawn
 *  per learner and attempt; the others' slides are not shown and their points do not count. */
export interface Pool {
  n: number;
  q: [string, number][];
}

export interface LessonData extends LessonSettings {
  slides: SlideInfo[];
  /** Absent when the lesson has no pool. */
  pools?: Pool[];
  /** Every question of the lesson, graded and open, in the order they appear in the slides. */
  questions: LessonQuestion[];
  strings: UiStrings;
}

/** Exhaustiveness check for `switch` over a discriminated union. */
export function assertNever(value: never): never {
  throw new Error(`unhandled ${JSON.stringify(value)}`);
}
