// What an import makes of a file before it is written: a lesson as its author would have typed it
// (Markdown slides, quiz.yaml's questions as plain data, the files for assets/), plus what the author
// should look at (diagnostics at the imported file). Every reader (slide-text.ts, and one per format)
// returns a Draft; write-draft.ts turns it into lesson.md, quiz.yaml and assets/.

import type { Diagnostic } from '../diagnostics/diagnostics.js';

/** One slide: its Markdown as lesson.md holds it (heading, text, directives such as `::question id`). */
export interface DraftSlide {
  markdown: string;
  /** Speaker notes or other text for the author only: kept in lesson.md as a comment, never shown. */
  notes?: string;
}

/** The fields every question of quiz.yaml has. */
interface Common {
  id: string;
  /** Markdown. */
  prompt: string;
  points?: number;
  feedback?: { correct?: string; incorrect?: string };
  tries?: number;
}

/** A question as quiz.yaml holds it (README "quiz.yaml"): written with yaml's stringify, in this order. */
export type DraftQuestion =
  | (Common & {
      type: 'single' | 'multiple';
      shuffle?: boolean;
      scoring?: 'partial';
      options: Array<{ text: string; correct?: true }>;
    })
  | (Common & { type: 'true-false'; answer: boolean })
  | (Common & { type: 'order'; scoring?: 'partial'; items: string[] })
  | (Common & { type: 'match'; scoring?: 'partial'; pairs: Record<string, string> })
  | (Common & { type: 'fill-in'; answers: string[]; caseSensitive?: boolean })
  | (Common & { type: 'numeric'; answer?: number; tolerance?: number; min?: number; max?: number; unit?: string })
  | (Common & { type: 'open' });

export interface DraftAsset {
  /** Inside the lesson folder, forward slashes: `assets/dia-3-foto.png`. */
  target: string;
  bytes: Uint8Array;
}

export interface Draft {
  title: string;
  /** A BCP 47 tag: `--language`, else what the file says, else recognised from its text. */
  language: string;
  /** True when the language was recognised from the text (guess-language.ts), so the author is told. */
  languageGuessed: boolean;
  slides: DraftSlide[];
  /** Placed on a slide with `::question id`, or (the rest) on a quiz slide at the end. */
  questions: DraftQuestion[];
  assets: DraftAsset[];
  /** What was converted with a loss, or needs the author: warnings at the imported file; errors
   *  (nothing could be read) stop the import. */
  diagnostics: Diagnostic[];
}

/** Where a diagnostic about the imported file as a whole stands (no line to point at, e.g. a .pptx). */
export function wholeFile(file: string): { file: string; line: number; column: number } {
  return { file, line: 0, column: 0 };
}

/** The draft of a file that could not be read: nothing but why (an error, so nothing is written). */
export function unreadable(diagnostic: Diagnostic): Draft {
  return {
    title: '',
    language: 'en',
    languageGuessed: false,
    slides: [],
    questions: [],
    assets: [],
    diagnostics: [diagnostic],
  };
}
