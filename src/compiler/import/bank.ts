// What the question-bank readers (gift.ts, moodle-xml.ts) share: their notes to the author and the
// draft a bank becomes (a title slide, the questions; write-draft.ts adds the quiz slide).

import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import type { SourcePos } from '../model.js';
import type { Draft, DraftAsset, DraftQuestion } from './draft.js';
import { guessLanguage } from './guess-language.js';
import type { ReaderOptions } from './import-file.js';

/** A question of a type the player does not have: left out, named with its type. */
export const skipped = (at: SourcePos, name: string, type: string): Diagnostic =>
  diag(
    'IMPORT_SKIPPED',
    at,
    (w) => w.bankSkipped(name, type),
    (w) => w.bankSkippedHint(),
  );

/** Feedback or part marks per answer, which quiz.yaml has no place for. */
export const lost = (at: SourcePos, id: string): Diagnostic =>
  diag(
    'IMPORT_ATTENTION',
    at,
    (w) => w.bankFeedbackLost(id),
    (w) => w.bankFeedbackLostHint(),
  );

/** A description (Moodle's text without a question, GIFT's text without answers): a slide of its own. */
export interface BankText {
  /** Its title in the bank, when it has one. */
  name: string;
  markdown: string;
  at: SourcePos;
}

/** A short answer's accepted texts as Moodle reads them: `\*` is a star to match, a bare `*` is "any
 *  text here", which quiz.yaml's fill-in has not: such answers are named, the star kept as typed. */
export function starAnswers(question: DraftQuestion, at: SourcePos): Diagnostic[] {
  if (question.type !== 'fill-in') return [];
  const wild = question.answers.filter((t) => /(^|[^\\])\*/.test(t));
  question.answers = question.answers.map((t) => t.replace(/\\\*/g, '*'));
  if (wild.length === 0) return [];
  return [
    diag(
      'IMPORT_ATTENTION',
      at,
      (w) => w.bankWildcard(question.id, wild),
      (w) => w.bankWildcardHint(),
    ),
  ];
}

export interface Bank {
  questions: DraftQuestion[];
  /** The descriptions, in the bank's order: slides after the title, before the quiz. */
  texts: BankText[];
  categories: string[];
  assets: DraftAsset[];
  diagnostics: Diagnostic[];
}

/** The draft of a bank: titled by --title, else its last category, else the file's name. */
export function bankDraft(bank: Bank, file: string, options: ReaderOptions): Draft {
  const at: SourcePos = { file, line: 0, column: 0 };
  const notes = bank.categories.map((category) =>
    diag(
      'IMPORT_ATTENTION',
      at,
      (w) => w.bankCategory(category),
      (w) => w.bankCategoryHint(),
    ),
  );
  const named = bank.categories.at(-1)?.split('/').at(-1);
  const title = options.title ?? (named || file.replace(/^.*\//, '').replace(/\..*$/, ''));
  return {
    title,
    language: options.language ?? guessLanguage(bank.questions.map((q) => q.prompt).join(' ')),
    languageGuessed: options.language === undefined,
    slides: [{ markdown: `# ${title}` }, ...bank.texts.map(textSlide)],
    questions: bank.questions,
    assets: bank.assets,
    diagnostics: [...bank.diagnostics, ...bank.texts.map(textNote), ...notes],
  };
}

/** A description's slide: its title as the heading when it has one. */
function textSlide(text: BankText): { markdown: string } {
  return { markdown: text.name === '' ? text.markdown : `# ${text.name}\n\n${text.markdown}` };
}

/** Where the description went: its slide, after the title slide. */
function textNote(text: BankText, index: number): Diagnostic {
  return diag(
    'IMPORT_ATTENTION',
    text.at,
    (w) => w.bankDescription(text.name || text.markdown.split('\n')[0]!.slice(0, 40), index + 2),
    (w) => w.bankDescriptionHint(),
  );
}
