// The things a message names by kind rather than by what the author wrote: each language's table
// (en.ts, nl.ts) has a word for every one of them.

/** What stands where a file was expected (read-file.ts). */
export type FileKind = 'folder' | 'fifo' | 'device' | 'socket' | 'socket-or-device' | 'other';

/** Why a file that is there cannot be read. */
export type UnreadableWhy = 'permission' | 'loop' | 'changed';

/** What a lesson refers to a file as (collect-assets.ts). */
export type AssetKind = 'image' | 'audio' | 'video' | 'media' | 'link' | 'style';

/** The elements a lesson may not hold (markdown/html-allowlist.ts), `input-image` being `<input type=image>`. */
export type RefusedElement =
  | 'script'
  | 'iframe'
  | 'frame'
  | 'frameset'
  | 'object'
  | 'embed'
  | 'applet'
  | 'portal'
  | 'form'
  | 'base'
  | 'meta'
  | 'link'
  | 'image'
  | 'feimage'
  | 'use'
  | 'input-image';

/** Attributes outside the allowlist whose removal is explained (the others are just removed). */
export type RemovedAttribute = 'srcset' | 'ping' | 'background' | 'autoplay';

/** What CSS may not do (markdown/css-check.ts). */
export type CssFetch = 'escape' | 'import' | 'image-set' | 'image' | 'cross-fade' | 'src' | 'expression' | 'binding';

/** What a file that `scormdown import` does not take turned out to be (import/detect.ts). */
export type ImportedKind = 'binary' | 'docx' | 'zip' | 'xml' | 'text' | 'protected';

/** How much of a lesson fits SCORM 1.2's suspend_data (package/suspend-budget.ts); `questions` null
 *  for a lesson without questions. */
export interface SuspendFit {
  slides: number;
  questions: number | null;
  allSlides: number;
  allQuestions: number;
}

/** What a format cannot hold of a question (`scormdown questions`, questions/): its points, its case
 *  setting, its unit, its verdict feedback, its feedback for a wrong answer, the files its texts show,
 *  the pictures of a matching question's descriptions (plain text in Moodle). */
export type QuestionsLoss = 'points' | 'case' | 'unit' | 'feedback' | 'files' | 'description-files';

/** Why Moodle grades a question otherwise than the player: several right options, or pairs. */
export type GradedOtherwise = 'choices' | 'pairs';

/** Why a text of a lesson stays in its source language when a translation comes in (translate/):
 *  not in the file, not translated, marked to review, its source changed since the export, or the
 *  translation would add a slide break or a directive. */
export type TranslationKept = 'missing' | 'empty' | 'review' | 'changed' | 'structure';
