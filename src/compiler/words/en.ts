// Every text the tool says to an author, in English: diagnostics and their hints, and what the
// command line prints. English is the reference: the other tables (nl.ts) have exactly its keys and
// signatures (`Words`), so a text missing in a language fails the type check. A message is a function
// of what the call site found; the call sites say which (`(w) => w.quizNoCorrect(id)`), never the
// text itself. Codes (QUIZ_NO_CORRECT), keys (`title:`) and values (`true`) are the same in every
// language: they are what the author types.

import type { HintedCode, Severity, YamlMistake } from '../diagnostics/diagnostics.js';
import type { HintedFailure } from '../diagnostics/errors.js';
import type {
  AssetKind,
  CssFetch,
  FileKind,
  GradedOtherwise,
  ImportedKind,
  QuestionsLoss,
  RefusedElement,
  RemovedAttribute,
  SuspendFit,
  TranslationKept,
  UnreadableWhy,
} from './words-types.js';
import { sayIn } from './say-in.js';

const { count, n, languageName, list } = sayIn('en', 'and');

const QUESTIONS_LOSSES: Record<QuestionsLoss, string> = {
  points: 'its points',
  case: 'its case setting (caseSensitive)',
  unit: 'its unit',
  feedback: 'its feedback',
  files: 'its pictures and files',
  'description-files': 'the pictures of its descriptions',
};

/** The losses said as "them" even alone. */
const PLURAL_LOSSES: ReadonlySet<QuestionsLoss> = new Set(['points', 'files', 'description-files']);

const ASSET_KINDS: Record<AssetKind, string> = {
  image: 'image',
  audio: 'audio file',
  video: 'video',
  media: 'media file',
  link: 'linked file',
  style: 'file in CSS',
};

const FILE_KINDS: Record<FileKind, string> = {
  folder: 'a folder',
  fifo: 'a FIFO (named pipe)',
  device: 'a device',
  socket: 'a socket',
  'socket-or-device': 'a socket or a device',
  other: 'not an ordinary file',
};

const UNREADABLE: Record<UnreadableWhy, string> = {
  permission: 'permission',
  loop: 'its links lead round in a loop',
  changed: 'it changed while it was being read; build again',
};

const IMPORTED_KINDS: Record<ImportedKind, string> = {
  binary: 'not a text file',
  docx: 'a Word document',
  zip: 'a zip file that is no PowerPoint deck',
  xml: 'an XML file that is no Moodle question bank',
  text: 'a text that is no slide export, GIFT file or Moodle XML',
  protected: 'a password-protected Office file, which cannot be read without its password',
};

const REMOVED_WHY: Record<RemovedAttribute, string> = {
  srcset: 'it loads pictures the package check cannot follow',
  ping: 'it reports clicks to another address',
  background: 'it loads a picture the package check cannot follow',
  autoplay: 'sound or video starts only when the learner starts it (WCAG 1.4.2)',
};

/** A message and its fix. */
export interface Text {
  message: string;
  hint: string;
}

export const en = {
  /** The fix for every diagnostic of a code (diagnostics.ts CODES with `hint: true`). */
  hint: {
    FRONT_MATTER_MISSING: 'start lesson.md with a line `---`, then `title:` and `id:`, then a closing line `---`',
    FRONT_MATTER_INVALID: 'the front matter is `key: value` lines between two lines holding only `---`',
    FRONT_MATTER_UNCLOSED: 'add a line `---` after the last key of the front matter',
    YAML_TAB: 'indent with spaces, not tabs (set your editor to insert spaces for the Tab key)',
    YAML_SYNTAX: 'check indentation, colons and quotes; put text containing `: ` or `#` between quotes',
    META_TITLE_MISSING: 'add `title: "The title of the lesson"` to the front matter',
    META_ID_MISSING: 'add `id: my-lesson` to the front matter (letters, digits, `-`, `_`, `.`, starting with a letter)',
    META_ID_INVALID: 'use only letters, digits, `-`, `_` and `.`, starting with a letter, e.g. `id: les6-klachten`',
    META_PASSING_SCORE_RANGE: 'give a percentage from 0 to 100, e.g. `passingScore: 70`',
    META_COMPLETION_NO_QUIZ: 'add graded questions with `::quiz` or `::question`, or write `completion: slides`',
    LESSON_FILE_MISSING: 'a lesson folder needs a lesson.md file',
    LESSON_NO_SLIDES: 'write at least one slide below the front matter',
    SLIDE_EMPTY: 'remove one of the two `---` lines, or write something on the slide',
    DIRECTIVE_ARGUMENTS: 'write `::question ID` with exactly one question id',
    SLIDE_ID_INVALID:
      'write `::slide my-name` on its own line: one name of letters, digits, `-` and `_`, starting with a letter',
    SLIDE_ID_DUPLICATE: 'give every slide its own `::slide` name',
    VIDEO_NEEDS_INTERNET:
      'fine where learners have the internet; for a lesson that works offline, put the video file in assets/ and write ![Title](assets/video.mp4)',
    GATE_INVALID: 'write `::gate` alone on a line of the first slide that stays closed until the quiz is finished',
    GATE_TWICE: 'the first `::gate` closes every slide after it: remove this one',
    GATE_BEFORE_QUIZ:
      'move `::gate` to a slide after the quiz and its result slide: a learner could never reach the questions it closes',
    GATE_NO_QUIZ: 'a gate waits for the quiz to be finished: add graded questions, or remove `::gate`',
    TIMER_INVALID: 'write the time as minutes:seconds or hours:minutes:seconds, e.g. `::timer 20:00`',
    QUIZ_FILE_MISSING: 'create the file next to lesson.md, or fix the `quiz:` entry in the front matter',
    QUIZ_NOT_A_LIST: 'a quiz file is a list of questions: every question starts with `- id: ...`',
    QUIZ_MISSING_FIELD: 'add the field to the question (see the README for each question type)',
    QUIZ_INVALID_VALUE: 'see the README for what this field holds',
    QUIZ_ID_INVALID: 'use only letters, digits, `-` and `_`, e.g. `id: soorten-klachten`',
    QUIZ_DUPLICATE_ID: 'give every question its own id',
    QUIZ_NO_CORRECT: 'mark at least one option with `correct: true`',
    QUIZ_OPTION_COUNT: 'give between 2 and 26 options (items, pairs)',
    QUESTION_NOT_DEFINED: 'check the spelling, or add a question with this id to the quiz file',
    QUESTION_PLACED_TWICE: 'a question can appear on one slide only; remove one of the two',
    QUESTION_UNUSED: 'place it with `::question ID` on a slide, or add `::quiz` to the lesson',
    QUIZ_DRAW_INVALID: 'write `::quiz draw 3` (3 questions drawn from this section) or `::quiz draw 3 id1 id2 id3 id4`',
    QUIZ_DRAW_TOO_MANY: 'draw fewer questions, or add graded questions to this `::quiz` section',
    QUIZ_SECTION_EMPTY: 'every question is already placed elsewhere: remove this `::quiz`, or list ids after it',
    ASSET_MISSING: 'check the spelling (capitals count on the LMS server) or add the file to the lesson folder',
    LINK_OUTSIDE_LESSON:
      'copy the file itself into the lesson folder instead of linking to it: a package holds only the lesson folder',
    MARKDOWN_INDENTED_CODE:
      'remove the spaces or tab before the line; for code on purpose, put it between two lines ```',
    ASSET_OUTSIDE_LESSON: 'move the file into the lesson folder (e.g. assets/) and refer to it relative to lesson.md',
    ASSET_REMOTE:
      'download the file into assets/ and refer to it as assets/<name>: the package may not load anything from outside itself',
    MARKDOWN_TOO_DEEP:
      'block quotes, lists or emphasis are nested thousands of levels deep here: write the text plainly',
    FILE_NOT_REGULAR: 'put an ordinary file in its place: a folder, FIFO, device or socket cannot go into a package',
    FILE_UNREADABLE:
      'check that you may read the file and its folder (e.g. `chmod a+r` on the file, `chmod a+rx` on its folder)',
    FILE_HARD_LINKED:
      "if it is not your lesson's own file, copy it into the lesson folder (cp, not ln) or remove the other links",
    TEXT_INVISIBLE_CHAR:
      'delete the character (retype the text around it): it often comes with text copied from another program',
    TEXT_CHAR_REPLACED: 'type a space there instead (or use a Markdown line break on a slide) to silence this warning',
    META_ID_TOO_LONG: 'use a short id, e.g. `id: les6-klachten`: the zip files are named after it',
    ASSET_NAME_TOO_LONG: 'rename the file or folder to a shorter name: some systems cannot unpack the zip otherwise',
    SUSPEND_DATA_BUDGET:
      "split the lesson in two, or publish the SCORM 2004 package (64,000 characters): an LMS that holds SCORM 1.2 to 4,096 characters loses the learner's progress beyond it",
    QUIZ_EMPTY_TEXT: 'write the text, or remove the entry',
    HTML_REFUSED:
      'remove it: a lesson runs no script of its own and loads nothing from outside its package (see the README, Security)',
    HTML_REMOVED:
      'remove it, or write it with the elements and attributes the README lists (Security): the build leaves it out',
    CSS_REFUSED: 'write the CSS without it; a picture goes in with url(assets/picture.png), a file of the package',
    YAML_UNQUOTED_COLON: 'put a text that holds ": " between double quotes',
    COURSE_INVALID:
      'course.yaml holds `title:`, `id:`, the lesson folders as a list under `lessons:`, and lesson defaults such as `passingScore: 70`',
    COURSE_LESSON_MISSING:
      'write the path of a lesson folder (holding lesson.md) relative to course.yaml, e.g. `- les-1`',
    COURSE_DUPLICATE_ID:
      'give every lesson of the course its own `id:` in its front matter: the zips are named after it',
    META_LANGUAGE_NO_UI:
      "fine if English buttons suit your learners; otherwise write the player's texts yourself with `ui:` in the front matter (see the README)",
    QUESTIONS_GRADED_OTHERWISE:
      'write `scoring: partial` on the question (or in the front matter), so that the player gives part of the points as Moodle does',
    QUESTIONS_NONE: 'add questions to quiz.yaml and place them with `::quiz` or `::question ID` (README: quiz.yaml)',
    TRANSLATION_SAME_LANGUAGE: 'write the language to translate into after --to, e.g. `--to de`',
    TRANSLATION_KEPT:
      'translate it in the file and import again; for a text that changed, export again to the same file (`--out`): the other translations are kept',
    IMPORT_NOT_RECOGNISED:
      "import a slide tool's text export (.txt), a PowerPoint deck (.pptx), a GIFT file or a Moodle XML question bank",
  } satisfies Record<HintedCode, string>,

  // suggest.ts: the end of a message when a close spelling exists.
  didYouMean: (meant: string | null): string => (meant === null ? '' : `; did you mean "${meant}"?`),
  knownValues: (values: readonly string[]): string => `use one of: ${values.join(', ')}`,

  // front/parse-front-matter.ts
  frontMatterMissing: (): string => 'lesson.md does not start with front matter (a line `---`)',
  frontMatterUnclosed: (lastLine: number): string =>
    `the front matter is never closed: a line \`---\` belongs here, after line ${lastLine}`,
  frontMatterNotKeys: (): string => 'the front matter is not a list of `key: value` lines',
  metaUnknownKey: (key: string): string => `unknown front matter key "${key}"`,
  metaKnownKeys: (keys: readonly string[]): string => `known keys: ${keys.join(', ')}`,
  metaTitleMissing: (): string => 'the front matter has no `title:`',
  metaIdMissing: (): string => 'the front matter has no `id:`',
  metaCharReplaced: (key: string, char: string): string =>
    `${key} holds ${char}, a line break no one can see: it is replaced by a space`,
  metaCharInvisible: (key: string, char: string): string =>
    `${key} holds ${char}, a character no one can see and the package's manifest cannot hold`,
  metaTitleEmpty: (): string => '`title:` is empty',
  metaIdInvalid: (id: string): string => `id "${id}" is not a valid lesson id`,
  metaIdTooLong: (length: number, max: number): string =>
    `id is ${length} characters long; it names the zip files, and a file name can take ${max} here`,
  metaLanguageInvalid: (language: string): string => `language "${language}" is not a language code`,
  metaLanguageHint: (): string => 'use a code such as `nl`, `en` or `nl-BE`',
  passingScoreFraction: (written: string, percent: number): Text => ({
    message: `passingScore ${written} is a percentage: every learner who scores ${written} % or more would pass`,
    hint: `for ${percent} %, write \`passingScore: ${percent}\``,
  }),
  passingScoreRange: (written: string): string =>
    `passingScore ${written || '(empty)'} is not a percentage from 0 to 100`,
  attemptsInvalid: (written: string): string => `attempts ${written || '(empty)'} is not a whole number`,
  attemptsHint: (): string => 'give the number of quiz attempts, e.g. `attempts: 2`, or 0 for unlimited',
  metaShuffleInvalid: (written: string): string => `shuffle "${written}" is not true or false`,
  metaShuffleHint: (): string => 'write `shuffle: true` to shuffle the options of every single and multiple question',
  metaTriesInvalid: (written: string, max: number): string =>
    `tries ${written || '(empty)'} is not a whole number from 1 to ${max}`,
  triesHint: (): string => 'e.g. `tries: 2`: a wrong answer may be changed and checked once more',
  metaNotText: (key: string): string => `${key} must be text`,
  metaOneLine: (key: string): string => `write \`${key}: ...\` on one line`,
  metaNotAllowed: (key: string, value: string): string => `${key} "${value}" is not allowed`,
  themeNotMap: (): string => '`theme:` must be `key: value` lines below it',
  themeHint: (): string =>
    'e.g. `theme:` and below it `  color: "#0a58a8"`, `  logo: assets/logo.png`, `  font: serif`',
  themeColorEmpty: (): string =>
    'theme color is empty: YAML reads a # without quotes as the start of a comment, so write the colour between quotes, `color: "#0a58a8"`',
  themeColorInvalid: (value: string): string => `theme color "${value}" is not a colour such as "#0a58a8"`,
  themeLogoInvalid: (): string =>
    'theme logo must name a picture in the lesson folder (.png, .jpg, .gif, .svg, .webp or .avif)',
  themeUnknownKey: (key: string): string => `unknown theme key "${key}"`,
  themeContrast: (color: string, ratio: number): string =>
    `theme color ${color} has a contrast of ${ratio.toFixed(2)}:1 with white: buttons and links in it are hard to read (at least 4.5:1)`,
  themeContrastHint: (shade: string): string => `a darker shade that reaches 4.5:1: \`color: "${shade}"\``,
  languageNoUi: (language: string, known: readonly string[]): string =>
    `the player has no texts in "${language}" (it has ${known.join(', ')}): its buttons and messages will be in English`,
  uiNotMap: (): string => '`ui:` must be a list of `key: text` lines below it',
  uiHint: (): string => 'e.g. `ui:` and below it `  next: Weiter` (the keys are in the README)',
  uiUnknownKey: (key: string): string => `unknown ui key "${key}"`,
  metaQuizInvalid: (): string => 'quiz must be a file name or a list of file names',
  metaQuizHint: (): string => 'e.g. `quiz: quiz.yaml` or `quiz: [deel1.yaml, deel2.yaml]`',

  // front/yaml-source.ts, front/yaml-mistakes.ts: `detail` is what yaml-mistakes.ts found (see each).
  yamlTab: (): string => 'this line is indented with a tab; YAML allows only spaces there',
  yamlParser: (parserMessage: string): string => `invalid YAML: ${parserMessage}`,
  yaml: {
    // detail: the line rewritten with the text between quotes.
    colon: (line: string): Text => ({
      message: `this text holds ": " without quotes, so YAML reads the part before it as a key: write the line as \`${line}\``,
      hint: 'put a text that holds ": " between double quotes',
    }),
    // detail: the key.
    'duplicate-key': (key: string): Text => ({
      message: `\`${key}:\` is written twice here; a question (or a list of pairs) can hold each key once`,
      hint: 'remove one of the two lines, or give the second one its own name',
    }),
    // detail: the line above, whose text YAML takes this line for.
    'indented-more': (above: string): Text => ({
      message: `this line is indented further than line ${above}, so YAML reads it as more of that line's text`,
      hint: 'start the line exactly below the key above it (the same number of spaces)',
    }),
    'indented-less': (): Text => ({
      message: 'this line is indented less (or more) than the lines it belongs with',
      hint: 'start every key of a question below `id:`, and every `- ` of a list below the first one',
    }),
    // detail: the line rewritten.
    'no-space-after-colon': (line: string): Text => ({
      message: `a key needs a space after its colon: write the line as \`${line}\``,
      hint: 'put a space after the `:` of every key',
    }),
    // detail: the key.
    'no-colon': (key: string): Text => ({
      message: `\`${key}\` has no colon after it, so YAML does not read it as a key`,
      hint: `write \`${key}: \` followed by its value`,
    }),
    // detail: the quote.
    'unclosed-quote': (q: string): Text => ({
      message: `this text starts with ${q} but is never closed with ${q}, so YAML reads on to the end of the file`,
      hint: `add ${q} at the end of the text`,
    }),
    // detail: the bracket.
    'unclosed-bracket': (bracket: string): Text => ({
      message: `this list starts with ${bracket} but is never closed with ${bracket === '{' ? '}' : ']'} on the same line`,
      hint: `close it on this line, or, for a text that starts with ${bracket}, put the text between double quotes`,
    }),
    // detail: the line rewritten with the text between quotes.
    'reserved-start': (line: string): Text => ({
      message: `YAML gives the first character of this text a meaning of its own: write the line as \`${line}\``,
      hint: 'a text that starts with * & ! [ { > | @ ` % or ? goes between double quotes',
    }),
    // detail: the line rewritten.
    'text-after-quote': (line: string): Text => ({
      message: `the text goes on after its closing quote: write the line as \`${line}\``,
      hint: "quotes go around the whole text; a ' inside single quotes is written twice ('')",
    }),
    // detail: the line rewritten with single quotes.
    'bad-escape': (line: string): Text => ({
      message: `in double quotes, a backslash starts a code such as \\n: write the line as \`${line}\``,
      hint: 'put a text with a backslash (a Windows path) between single quotes, or write the backslash twice',
    }),
    // detail: the line above.
    'unindented-text': (above: string): Text => ({
      message: `this line goes on with the text of line ${above}, but is not indented`,
      hint: 'put the text on one line, or indent the lines that go on with it below the text',
    }),
    // detail: the line rewritten.
    'dash-without-space': (line: string): Text => ({
      message: `a list entry starts with \`- \` (a dash and a space): write the line as \`${line}\``,
      hint: 'put a space after the `-`',
    }),
    'extra-document': (): Text => ({
      message: 'a quiz file holds one list of questions: this line `---` starts a second one',
      hint: 'remove the line `---`: the questions follow one another, each starting with `- id:`',
    }),
  } satisfies Record<YamlMistake, (detail: string) => Text>,

  // front/parse-slides.ts
  slideEmpty: (): string => 'this slide is empty',
  lessonNoSlides: (): string => 'lesson.md has no slides',
  slideIdDuplicate: (id: string, line: number): string => `another slide is called "${id}" too (line ${line})`,
  gateAlreadyCloses: (line: number): string => `the \`::gate\` on line ${line} already closes this slide`,
  markdownTooDeep: (): string => 'this Markdown is nested too deeply to be read',
  gateAlone: (): string => '`::gate` is alone on its slide',
  gateAloneHint: (): string => 'write `::gate` on the first slide that stays closed, beside its content',
  gateArguments: (found: string): string => `\`::gate\` takes no arguments, found "${found}"`,
  gateTwiceOnSlide: (line: number): string => `this slide has a \`::gate\` already (line ${line})`,
  slideNamedTwice: (id: string): string => `this slide is already called "${id}"`,
  slideNamedTwiceHint: (): string => 'give a slide one `::slide ID` only',
  slideIdInvalid: (written: string): string => `"${written || '(nothing)'}" is not a slide id`,
  questionArguments: (found: number): string => `::question needs exactly one question id, found ${found}`,
  directiveUnknown: (name: string): string => `unknown directive "${name}"`,
  directiveKnown: (names: readonly string[]): string =>
    `known directives: ${names.join(', ')} (e.g. \`::timer 20:00\`, \`::question my-id\`, \`::quiz\`, \`::video https://youtu.be/ID\`)`,
  quizUnknownWord: (word: string): string => `unknown word "${word}" after \`::quiz\``,
  quizDrawCount: (found: string): string =>
    `\`::quiz draw\` needs a whole number of questions of 1 or more, found "${found || '(nothing)'}"`,
  videoNoAddress: (): string => '`::video` needs the address of a video',
  videoNotAddress: (url: string): string => `"${url}" is not a YouTube or Vimeo video address`,
  videoForms: (forms: readonly string[]): string => `write \`::video\` and one of: ${forms.join(', ')}`,
  videoNeedsInternet: (site: string): string =>
    `this slide shows a video from ${site}: learners need the internet (and ${site} not blocked) to see it`,
  timerInvalid: (written: string): string => `"${written || '(nothing)'}" is not a timer length`,

  // front/parse-quiz.ts, front/quiz-context.ts, front/parse-question-types.ts, front/parse-numeric.ts
  quizNotAList: (file: string): string => `${file} is not a list of questions`,
  quizEntryNotQuestion: (): string => 'this entry is not a question',
  quizEntryNotQuestionHint: (): string => 'every question is a block of `key: value` lines starting with `- id: ...`',
  quizNoId: (): string => 'this question has no `id:`',
  quizNoIdHint: (): string => 'add `id: a-short-name` (letters, digits, `-`, `_`)',
  quizIdInvalid: (id: string): string => `question id "${id}" may hold only letters, digits, \`-\` and \`_\``,
  quizTypeHint: (types: readonly string[]): string => `add \`type:\` with one of: ${types.join(', ')}`,
  quizUnknownType: (id: string, type: string): string => `question "${id}" has unknown type "${type}"`,
  quizTriesInvalid: (id: string, max: number, written: string): string =>
    `tries of question "${id}" must be a whole number from 1 to ${max}, not "${written}"`,
  quizShuffleIgnored: (id: string, type: string): string =>
    `question "${id}" (${type}) has no options to shuffle: \`shuffle\` is ignored`,
  quizShuffleIgnoredHint: (alwaysMixed: boolean): string =>
    `only single and multiple questions are shuffled; ${alwaysMixed ? 'this type is always shown mixed' : 'remove `shuffle:`'}`,
  quizTriesIgnored: (id: string): string => `open question "${id}" is never wrong: \`tries\` is ignored`,
  removeField: (key: string): string => `remove \`${key}:\``,
  quizPointsIgnored: (id: string): string => `open question "${id}" is recorded, not scored: \`points\` is ignored`,
  quizPointsIgnoredHint: (): string => 'remove `points:`, or make it a graded question type',
  quizUnknownField: (id: string, type: string, key: string): string =>
    `question "${id}" (${type}) has an unknown field "${key}"`,
  quizFieldsOf: (type: string, fields: readonly string[]): string =>
    `fields of a ${type} question: ${fields.join(', ')}`,
  quizPromptHint: (): string => 'add `prompt:` with the question the learner sees',
  quizFeedbackNotMap: (id: string): string =>
    `feedback of question "${id}" must have \`correct:\` and/or \`incorrect:\` lines`,
  quizFeedbackUnknown: (id: string, key: string): string =>
    `feedback of question "${id}" has an unknown field "${key}"`,
  quizFeedbackHint: (): string => 'use `correct:` and `incorrect:`',
  quizPointsInvalid: (id: string, written: string): string =>
    `points of question "${id}" must be a number of 0 or more, not "${written}"`,
  quizPointsHint: (): string => 'e.g. `points: 2`; leave it out for 1 point',
  quizMissingField: (id: string, key: string): string => `question "${id}" has no \`${key}:\``,
  quizNotText: (what: string, id: string): string => `${what} of question "${id}" must be text`,
  quizTooDeep: (what: string, id: string): string => `${what} of question "${id}" is nested too deeply to be read`,
  quizTextEmpty: (what: string, id: string): string => `${what} of question "${id}" is empty`,
  quizNotBoolean: (what: string, id: string, written: string): string =>
    `${what} of question "${id}" must be true or false, not "${written}"`,
  /** QUIZ_INVALID_VALUE for `correct: yes`: `meant` is true or false when the word says so. */
  booleanHint: (written: string, meant: 'true' | 'false' | null): string =>
    meant === null
      ? 'write `true` or `false` (without quotes)'
      : `write \`${meant}\` for ${written}: only \`true\` and \`false\` are read as yes and no`,
  // The parts of a question a message names (`what` above).
  thePrompt: (): string => 'the prompt',
  theFeedback: (key: string): string => `feedback.${key}`,
  anOption: (): string => 'an option',
  anItem: (): string => 'an item',
  aTerm: (): string => 'a term',
  theDescriptionOf: (term: string): string => `the description of "${term}"`,
  theField: (key: string): string => key,
  quizAnswerHint: (): string => 'add `answer: true` or `answer: false`',
  quizScoringUnknown: (id: string, written: string): string => `scoring of question "${id}" is "${written}"`,
  quizOptionCount: (id: string, found: number, what: 'options' | 'items' | 'pairs'): string =>
    `question "${id}" has ${found < 2 ? `only ${found}` : found} ${what}; it needs 2 to 26`,
  quizNotList: (key: string, id: string): string => `${key} of question "${id}" must be a list`,
  quizOptionsHint: (): string => 'add `options:` with a list of `- text: ...` entries, one with `correct: true`',
  quizOptionsListHint: (): string => 'start every option with `- text: `',
  quizOptionNoText: (id: string): string => `an option of question "${id}" has no \`text:\``,
  quizOptionNoTextHint: (): string =>
    'write the option as `- text: ...` (with `correct: true` below it when it is right), or as `- ...` alone',
  quizNoCorrect: (id: string): string => `question "${id}" has no correct option`,
  quizSingleCorrect: (id: string, found: number): string =>
    `single-choice question "${id}" has ${found} correct options; it needs exactly one`,
  quizSingleCorrectHint: (): string =>
    'keep `correct: true` on one option, or use `type: multiple` when several are right',
  quizItemsHint: (): string => 'add `items:` with the items in the correct order',
  quizItemsListHint: (): string => 'write `items: [first, second, third]`',
  quizPairsHint: (): string => 'add `pairs:` with one `term: description` line per pair',
  quizPairsInvalid: (id: string): string => `pairs of question "${id}" must be \`term: description\` lines`,
  quizAnswersHint: (): string => 'add `answers: [first accepted answer, another accepted answer]`',
  quizAnswerEmpty: (id: string): string => `question "${id}" has an empty accepted answer`,
  quizAnswerEmptyHint: (): string => 'every accepted answer is a non-empty text',
  numberInvalid: (key: string, id: string, limit: string, decimals: number, written: string): string =>
    `${key} of question "${id}" must be a number from -${limit} to ${limit} with at most ${decimals} decimals, not "${written}"`,
  numberHint: (example: string): string => `${example}; write it with a point, without quotes`,
  unitInvalid: (id: string, written: string): string =>
    `unit of question "${id}" must be a word without digits, not "${written}"`,
  unitHint: (): string => 'e.g. `unit: graden`, or leave `unit:` out',
  exampleTolerance: (): string => 'e.g. `tolerance: 2` accepts 73 to 77 for `answer: 75`',
  exampleMin: (): string => 'e.g. `min: 70`',
  exampleMax: (): string => 'e.g. `max: 80`',
  exampleAnswer: (): string => 'e.g. `answer: 75`',
  toleranceAndRange: (id: string): string => `question "${id}" has both \`tolerance:\` and \`min:\`/\`max:\``,
  toleranceAndRangeHint: (): string => 'keep `answer:` with `tolerance:`, or give the range as `min:` and `max:`',
  toleranceNegative: (id: string): string => `tolerance of question "${id}" is below 0`,
  toleranceNegativeHint: (): string => 'e.g. `tolerance: 2`, or 0 for exactly the answer',
  toleranceBeyond: (id: string, limit: string): string =>
    `answer +- tolerance of question "${id}" goes beyond -${limit}..${limit}`,
  rangeHalf: (id: string, given: string, missing: string): string =>
    `question "${id}" has \`${given}:\` without \`${missing}:\``,
  rangeHalfHint: (): string => 'give both `min:` and `max:` (the range is inclusive)',
  rangeMaxBelowMin: (id: string): string => `max of question "${id}" is below its min`,
  rangeAnswerOutside: (id: string): string => `answer of question "${id}" lies outside min..max`,
  rangeHint: (): string => 'the range min..max is inclusive and holds the answer',
  numericNoAnswer: (id: string): string => `question "${id}" has no \`answer:\``,
  numericNoAnswerHint: (): string =>
    'add `answer: 75` (optionally `tolerance: 2`), or the accepted range as `min:` and `max:`',

  // front/load-quizzes.ts, front/read-file.ts, front/lesson-files.ts: files
  quizDuplicateId: (id: string, where: string): string => `question id "${id}" is also used at ${where}`,
  quizFileMissing: (name: string): string => `quiz file "${name}" does not exist`,
  quizFileOutside: (name: string): string => `quiz file "${name}" is outside the lesson folder`,
  quizFileOutsideHint: (): string => 'put the quiz file in the lesson folder, next to lesson.md',
  quizFileNone: (file: string): string => `the lesson places questions but there is no ${file}`,
  quizFileNoneHint: (): string =>
    'create quiz.yaml next to lesson.md, or name your quiz file with `quiz:` in the front matter',
  lessonFileMissing: (folder: string): string => `there is no lesson.md in ${folder}`,
  // The files a message names (`what` below).
  theQuizFile: (name: string): string => `quiz file "${name}"`,
  theLessonFile: (): string => 'lesson.md',
  theAsset: (kind: AssetKind, url: string): string => `${ASSET_KINDS[kind]} "${url}"`,
  theCaptions: (file: string): string => `the captions "${file}" of this video`,
  linkOutside: (what: string, link: string, target: string): string =>
    `${what} leads outside the lesson folder: "${link}" is a link to ${target}`,
  notAFile: (what: string, kind: FileKind): string => `${what} is ${FILE_KINDS[kind]}, not a file`,
  unreadable: (what: string, why: UnreadableWhy): string => `${what} cannot be read: ${UNREADABLE[why]}`,
  unreadableFolder: (what: string, folder: string): string =>
    `${what} cannot be read: permission (the folder "${folder}" may not be listed)`,
  hardLinked: (what: string, links: number): string =>
    `${what} has ${links} hard links: it may be a file from outside the lesson folder, and goes into the package as it is`,
  quizFileFolderHint: (folder: string): string =>
    `name the file inside it in \`quiz:\`, e.g. \`quiz: ${folder}/quiz.yaml\``,

  // transform/place-questions.ts
  questionUnused: (id: string): string => `question "${id}" is never shown`,
  drawTooMany: (draw: number, graded: number): string =>
    `\`::quiz draw ${draw}\` draws more questions than this section's ${graded} graded ones`,
  questionNotDefined: (id: string): string => `question "${id}" is not in the quiz`,
  questionPlacedTwice: (id: string, line: number): string => `question "${id}" is already placed on line ${line}`,
  quizSectionEmpty: (): string => '`::quiz` has no questions left to show',

  // check/
  addressRefused: (link: boolean, url: string, scheme: string): string =>
    `the ${link ? 'link' : 'file'} "${url}" is a ${scheme}: address, which a lesson may not use`,
  addressRefusedHint: (): string =>
    'link to a web page (https://...) or to a file of the lesson: a link runs no script',
  assetRemote: (url: string): string => `"${url}" is loaded from the internet`,
  assetRemoteVideoHint: (url: string): string =>
    `write \`::video ${url}\` alone on a line: a YouTube or Vimeo video is embedded that way`,
  assetOutside: (url: string): string => `"${url}" is outside the lesson folder`,
  assetIsFolder: (url: string): string => `"${url}" is a folder, not a file`,
  assetIsFolderHint: (): string => 'refer to a file inside the folder',
  assetMissing: (what: string, meant: string | null): string =>
    `${what} does not exist in the lesson folder${meant === null ? '' : `; did you mean "${meant}"?`}`,
  assetCapitalsHint: (name: string): string => `the file is called "${name}": capitals count on the LMS server`,
  gateNoQuiz: (): string => 'this lesson has no graded questions, so `::gate` closes nothing',
  gateBeforeResult: (line: number): string =>
    `\`::gate\` closes the result slide (line ${line}) until the quiz is finished, which it never can be`,
  gateBeforeQuestion: (title: string, line: number): string =>
    `\`::gate\` closes the question "${title}" (line ${line}) until the quiz is finished, which it never can be`,
  completionNoQuiz: (completion: string): string =>
    `completion "${completion}" needs a quiz, but the lesson has no graded question: it completes when every slide is seen`,
  indentedCode: (): string =>
    'this text is indented by a tab or 4 spaces, so it shows as a block of code, not as a paragraph',
  nameTooLong: (name: string, path: string, bytes: number, max: number): string =>
    `"${name}" in ${path} is ${bytes} bytes long; a file or folder name can take ${max} on every system`,

  // markdown/html-policy.ts, markdown/css-check.ts: raw HTML and CSS
  htmlRefused: (element: string, why: string): string => `<${element}> is not allowed in a lesson: it ${why}`,
  htmlRefusedWhy: {
    script: "runs a program in the learner's window",
    iframe: 'shows another web page inside the lesson',
    frame: 'shows another web page inside the lesson',
    frameset: 'shows other web pages inside the lesson',
    object: 'embeds a plug-in or another page',
    embed: 'embeds a plug-in or another page',
    applet: 'embeds a plug-in',
    portal: 'shows another web page inside the lesson',
    form: 'sends what the learner types to another address',
    base: "changes where every link and file of the page points, the player's too",
    meta: 'can send the learner to another page or change how the page loads',
    link: 'loads a style sheet or another file into the page',
    image: 'loads a picture the package check cannot follow (an SVG <image>)',
    feimage: 'loads a picture the package check cannot follow (an SVG filter)',
    use: 'copies in a drawing from another file (an SVG <use>)',
    'input-image': 'loads a picture and sends a form',
  } satisfies Record<RefusedElement, string>,
  htmlRefusedHint: {
    script:
      'remove it; a lesson that needs its own script may write `html: trusted` in the front matter (see the README, Security)',
    iframe: 'for a YouTube or Vimeo video write `::video URL` alone on a line; otherwise link to the page',
    image: 'draw the picture with `![alt](assets/picture.png)` or `<img src="assets/picture.png" alt="...">`',
    feimage: 'draw the picture with `![alt](assets/picture.png)` or `<img src="assets/picture.png" alt="...">`',
  } satisfies Partial<Record<RefusedElement, string>> as Partial<Record<RefusedElement, string>>,
  htmlRemoved: (element: string, keepText: boolean): string =>
    `<${element}> is not among the elements a lesson may use: ${keepText ? 'removed, its text is kept' : 'removed with its content'}`,
  htmlTarget: (value: string, element: string): string =>
    `target="${value}" of <${element}> is not allowed in a lesson: removed, the link opens in a new tab`,
  htmlAttributeRemoved: (attribute: string, element: string, why: RemovedAttribute | null): string =>
    `the ${attribute} attribute of <${element}> is not allowed in a lesson: removed${why === null ? '' : `, as ${REMOVED_WHY[why]}`}`,
  htmlAttributeUrl: (attribute: string, element: string): string =>
    `the ${attribute} attribute of <${element}> refers to another file with url(): removed`,
  htmlHandler: (attribute: string, element: string): string =>
    `the ${attribute} attribute of <${element}> runs a program in the learner's window`,
  htmlHandlerHint: (): string =>
    'remove it; a lesson that needs its own script may write `html: trusted` in the front matter (see the README, Security)',
  htmlFormAction: (attribute: string, element: string): string =>
    `the ${attribute} attribute of <${element}> sends what the learner types to another address`,
  htmlDataAddress: (attribute: string, element: string): string =>
    `the ${attribute} attribute of <${element}> is a data: address that is no picture, sound or video`,
  styleLessThan: (): string => 'a `<` in a style block could start an element',
  css: {
    escape: 'a backslash escape in CSS can hide an address',
    import: '@import loads another style sheet',
    'image-set': 'image-set() loads pictures the package check cannot follow',
    image: 'image() loads a picture the package check cannot follow',
    'cross-fade': 'cross-fade() loads pictures the package check cannot follow',
    src: 'src() loads a file the package check cannot follow',
    expression: 'expression() runs script in old browsers',
    binding: 'a binding or behavior loads script',
  } satisfies Record<CssFetch, string>,

  // package/suspend-budget.ts
  suspendBudget: (worst: number, limit: number, fit: SuspendFit): string =>
    `with every slide seen and every question answered, this lesson's saved progress takes up to ${n(worst)} characters, ` +
    `and SCORM 1.2 holds ${n(limit)}: ` +
    (fit.questions === null
      ? `${n(fit.slides)} slides fit`
      : `with all ${n(fit.allSlides)} slides, ${n(fit.questions)} of its ${n(fit.allQuestions)} questions fit; with all its questions, ${n(fit.slides)} slides`),

  // front/parse-course.ts, load-course.ts: a course
  courseNotKeys: (): string => 'course.yaml is not a list of `key: value` lines',
  courseUnknownKey: (key: string): string => `unknown course.yaml key "${key}"`,
  courseKnownKeys: (keys: readonly string[]): string => `known keys: ${keys.join(', ')}`,
  courseMissing: (key: string): string => `course.yaml has no \`${key}:\``,
  courseLessonsList: (): string => '`lessons:` must be a list of lesson folders, one per line starting with `- `',
  courseLessonMissing: (path: string): string => `the lesson folder "${path}" does not exist or has no lesson.md`,
  courseDuplicateId: (id: string, other: string): string =>
    `lesson id "${id}" is also the id of the lesson in ${other}`,
  coursePreviewLessons: (): string => 'Lessons',
  coursePreviewNote: (): string =>
    'Each lesson is a SCO of its own in the course package: it has its own stored data here, as in the LMS.',
  coursePreviewRunning: (courseDir: string, version: string, url: string): string =>
    `Preview of the course ${courseDir} as SCORM ${version}: ${url}`,
  courseWrote: (title: string, lessons: number): string => `Course "${title}": ${count(lessons, 'lesson', 'lessons')}.`,

  // import/: what `scormdown import` says about the file it reads (import.ts, detect.ts, slide-text.ts)
  importUnknown: (what: ImportedKind): string => `this is ${IMPORTED_KINDS[what]}, not a file scormdown imports`,
  importEmpty: (): string => 'the file is empty',
  importIsFolder: (): string => 'this is a folder: give the file to import',
  importLegacyText: (): string =>
    'the file is not UTF-8: it was read as Windows-1252 (Western European, what Notepad calls "ANSI")',
  importLegacyTextHint: (): string =>
    'check the letters with accents (é, ë, ü, ß) in lesson.md and quiz.yaml; scormdown writes them as UTF-8',
  importNoSlides: (): string => 'no slides found in this text export',
  importNoSlidesHint: (): string =>
    'a slide tool\'s text export has a line "Slide 1 - <type>" after the text of each slide; check that this is one',
  importOnlyTitle: (slide: number): string =>
    `slide ${slide} holds only its title: what else it showed (a picture, a video) is not in a text export`,
  importOnlyTitleHint: (): string =>
    'add the picture to assets/ and write ![What it shows](assets/picture.png) below the title',
  importQuestionSlide: (slide: number, id: string): string =>
    `slide ${slide} asks a question: it became the open question "${id}" on that slide`,
  importQuestionSlideHint: (): string =>
    'fine as it is (the learner writes an answer that is recorded, not scored); make it a graded question in quiz.yaml if you like',
  importWrote: (folder: string, slides: number, questions: number, assets: number): string =>
    `Imported into ${folder}: ${count(slides, 'slide', 'slides')}, ${count(questions, 'question', 'questions')}, ${count(assets, 'file', 'files')} in assets/.`,
  importLanguage: (language: string, guessed: boolean): string =>
    guessed
      ? `The lesson's language is ${language}, recognised from its text: give --language to choose another.`
      : `The lesson's language is ${language}.`,
  importNext: (preview: string, build: string): string =>
    ['Look at it as a learner does:', `  ${preview}`, 'and make the SCORM zip files:', `  ${build}`].join('\n'),
  importSummary: (): string =>
    "reads FILE (a slide tool's text export, .pptx, GIFT or Moodle XML) into a new lesson folder.",
  importOut: (): string => 'the lesson folder to write (default: a new folder named after the lesson)',
  importLanguageOption: (): string => "the lesson's language, e.g. nl or en (default: from the file or its text)",
  importTitle: (): string => "the lesson's title (default: from the file)",

  // import/pptx.ts: a PowerPoint deck (its words go here)
  pptxDamaged: (why: 'zip' | 'slides'): string =>
    why === 'zip'
      ? 'this PowerPoint file is damaged: it cannot be unpacked'
      : 'this PowerPoint file has no slides to read',
  pptxDamagedHint: (): string => 'open it in PowerPoint and save it again as a .pptx, then import that file',
  pptxOnlyPictures: (slides: number, pictures: number): string =>
    `this deck holds only pictures (${count(slides, 'slide', 'slides')}, ${count(pictures, 'picture', 'pictures')}) and no text: there is nothing to write a lesson from`,
  pptxOnlyPicturesHint: (): string =>
    'import the deck the pictures were made from (with its text), or start with `scormdown new` and put in the pictures you need',
  pptxHidden: (slide: number): string => `slide ${slide} is hidden in the deck: it is left out`,
  pptxHiddenHint: (): string => 'show the slide in PowerPoint and import again if it belongs in the lesson',
  pptxNoAlt: (slide: number, file: string): string => `slide ${slide}: the picture ${file} has no alt text`,
  pptxNoAltHint: (): string =>
    'describe the picture between the brackets in lesson.md, ![like this](...), for learners who cannot see it',
  pptxUnconverted: (slide: number, what: 'chart' | 'smartart' | 'media' | 'object'): string =>
    `slide ${slide} holds ${{ chart: 'a chart', smartart: 'a SmartArt graphic', media: 'a video or sound', object: 'an embedded object' }[what]}, which is not converted: a comment in lesson.md marks its place`,
  pptxUnconvertedHint: (): string =>
    'save it as a picture in PowerPoint (right-click, Save as Picture) and put it in assets/, or a video as ::video',

  // import/gift.ts, import/moodle-xml.ts: question banks (their words go here)
  xmlDamaged: (why: string): string => `this Moodle XML file cannot be read: ${why}`,
  xmlDamagedHint: (): string => "export the questions from Moodle's question bank again (Export, Moodle XML format)",
  giftDamaged: (why: string): string => `this GIFT question cannot be read: ${why}`,
  giftWhy: (why: 'brace' | 'none'): string =>
    why === 'brace' ? 'its answers have a `{` or `}` too many or too few' : 'it has no answers between `{` and `}`',
  giftDamagedHint: (): string =>
    'every question is `::title:: text {answers}`; a `{`, `}`, `~`, `=`, `#` or `:` in a text is written `\\{` and so on',
  bankSkipped: (name: string, type: string): string =>
    `question "${name}" is a ${type} question, a type the player does not have: it is left out`,
  bankSkippedHint: (): string =>
    'the player has single and multiple choice, true-false, short answer, numerical, matching, ordering and essay questions',
  bankWildcard: (id: string, answers: readonly string[]): string =>
    `question "${id}" accepts ${list(answers.map((a) => `"${a}"`))} with Moodle's * (any text), which a fill-in question does not have`,
  bankWildcardHint: (): string => 'write out in quiz.yaml each answer a learner may give, or make it an open question',
  bankFeedbackLost: (id: string): string =>
    `question "${id}" has feedback or part marks for single answers, which quiz.yaml does not hold: they are left out`,
  bankFeedbackLostHint: (): string =>
    'quiz.yaml holds a feedback for a right and one for a wrong answer: check them in quiz.yaml',
  bankCategory: (category: string): string => `category "${category}": its questions are in quiz.yaml`,
  bankCategoryHint: (): string =>
    'every category goes into one quiz; split quiz.yaml into several files if you want them apart',
  bankDescription: (name: string, slide: number): string =>
    `"${name}" is a description (a text, no question): it is slide ${slide}, before the quiz`,
  bankDescriptionHint: (): string =>
    'the questions are on the quiz slide at the end; move the text or place a question beside it with `::question id`',

  // print/: `scormdown print`, a handout
  printNoChromium: (): string =>
    'install Chromium or Google Chrome (Debian: `apt-get install chromium`), or set CHROMIUM to its path',
  printSummary: (): string =>
    'prints the lesson as a handout PDF (every slide in order) with the Chromium installed here.',
  printOut: (): string => 'the PDF to write (default: <lesson id>.pdf); for a course, the folder for a PDF per lesson',
  printAnswers: (): string => "add each question's correct answer after it (a teacher's copy)",
  printWrote: (file: string, slides: number): string => `Wrote ${file}: ${count(slides, 'slide', 'slides')}.`,

  // questions/: `scormdown questions`, the lesson's questions out for Moodle (its words go here)
  giftNoOrder: (id: string): string => `question "${id}" puts items in order, which GIFT cannot hold: it is left out`,
  giftNoOrderHint: (): string =>
    'write the questions as Moodle XML (`--format moodle-xml`, the default): it holds ordering questions',
  questionsPartLost: (id: string, lost: readonly QuestionsLoss[], format: string): string =>
    `question "${id}" loses ${list(lost.map((l) => QUESTIONS_LOSSES[l]))} in ${format}, which cannot hold ${lost.length === 1 && !PLURAL_LOSSES.has(lost[0]!) ? 'it' : 'them'}`,
  questionsPartLostHint: (): string =>
    'write the questions as Moodle XML (`--format moodle-xml`, the default), which holds them, or set them in Moodle after the import',
  questionsDescriptionFilesHint: (): string =>
    "a matching question's answers are plain text in Moodle: show the picture in the prompt or in a term on the left",
  questionsGradedOtherwise: (id: string, why: GradedOtherwise): string =>
    why === 'choices'
      ? `question "${id}" has several right options and no partial credit: Moodle gives part of the points for some of them chosen without a wrong one, where the player gives none`
      : `question "${id}" gives its points only for all pairs right: Moodle gives a share for each right pair`,
  questionsNoGrade: (id: string, rights: number): string =>
    `question "${id}" has ${n(rights)} right options: Moodle's grades cannot split 100 % into ${n(rights)} equal shares, so it is left out`,
  questionsNoGradeHint: (): string => 'give it at most 10 right options, or exactly 20, or make it two questions',
  questionsNone: (): string => "the lesson has no questions: there is nothing for Moodle's question bank",
  questionsAllLeftOut: (format: string): string => `none of the lesson's questions can be written as ${format}`,
  questionsAllLeftOutHint: (): string =>
    'write the questions as Moodle XML (`--format moodle-xml`, the default), or see the warnings above',
  questionsExistsHint: (another: string): string =>
    `give the file another name with --out (e.g. \`--out ${another}\`), or move the one there away first`,
  questionsSummary: (): string =>
    "writes the lesson's questions as a file Moodle's question bank imports (Moodle XML or GIFT).\n" +
    'It never overwrites a file.',
  questionsFormat: (): string => 'moodle-xml or gift (default: moodle-xml)',
  questionsOut: (): string => 'the file to write (default: <lesson id>-questions.xml or .gift.txt)',
  questionsWrote: (file: string, questions: number, format: string): string =>
    `Wrote ${file}: ${count(questions, 'question', 'questions')} for Moodle's question bank (Import, ${format} format).`,
  questionsFormatInvalid: (value: string): string => `--format must be moodle-xml or gift, not "${value}"`,

  // translate/: `scormdown translate export` and `translate import`
  translateCourseOutside: (lesson: string): string =>
    `the course's lesson "${lesson}" lies outside the course folder: a translated course is written as one folder`,
  translateCourseOutsideHint: (): string =>
    'move the lesson folder into the course folder (and its path in course.yaml), or translate the lesson on its own',
  translateSameLanguage: (to: string): string =>
    `the lesson is already in "${to}": --to names the language to translate it into`,
  translateExistsHint: (file: string): string =>
    `${file} is not a translation of this lesson into that language, so it is not updated: give another file with --out, or move it away first`,
  translateUnreadable: (why: string): string => `this is not a translation file scormdown can read (${why})`,
  translateUnreadableHint: (): string =>
    'import the .po or .xlf file that `scormdown translate export` wrote, as the translator sent it back',
  translateNoLanguage: (): string =>
    'the translation file does not say which language it is in (PO: the Language header; XLIFF: target-language)',
  translateLessonMissing: (dir: string): string => `the lesson this file was made from is not at ${dir}`,
  translateLessonMissingHint: (): string => 'give the lesson folder with --lesson, e.g. `--lesson les6`',
  translateKept: (id: string, why: TranslationKept, language: string): string =>
    ({
      missing: `"${id}" is not in the translation file`,
      empty: `"${id}" has no translation yet`,
      review: `"${id}" is marked to review (fuzzy)`,
      changed: `"${id}" changed in the lesson since the file was exported`,
      structure: `the translation of "${id}" adds a line \`---\` or a \`::\` directive, which would change the lesson's slides`,
    })[why] + `: kept in ${languageName(language)}`,
  translateExportSummary: (): string =>
    'writes every text of the lesson to a file for a translator (PO or XLIFF 1.2).\n' +
    'Over an earlier export it keeps the translations and marks changed texts to review.',
  translateImportSummary: (): string =>
    'writes the lesson in the language of a translated PO or XLIFF file, as a new folder.',
  translateTo: (): string => 'the language to translate into, e.g. de (required)',
  translateFormat: (): string => 'po or xliff (default: po)',
  translateOut: (): string => 'the file to write or update (default: <lesson id>-<language>.po or .xlf)',
  translateImportOut: (): string => "the folder to write (default: the lesson folder's name with -<language>)",
  translateLesson: (): string => 'the lesson the file was made from (default: the folder the file names)',
  translateFormatInvalid: (value: string): string => `--format must be po or xliff, not "${value}"`,
  translateToMissing: (): string => '--to is required: the language to translate into, e.g. `--to de`',
  translateWrote: (file: string, texts: number, kept: number, review: number, fresh: number, to: string): string =>
    `Wrote ${file}: ${count(texts, 'text', 'texts')} to translate into ${languageName(to)}` +
    (kept + review > 0 ? ` (${n(kept)} translated, ${n(review)} to review, ${n(fresh)} new).` : '.'),
  translateImported: (folder: string, translated: number, texts: number, language: string): string =>
    `Wrote ${folder}: the lesson in ${languageName(language)}, ${n(translated)} of ${count(texts, 'text', 'texts')} translated.`,

  // diagnostics.ts, report.ts: how a diagnostic is printed
  severity: { error: 'error', warning: 'warning' } satisfies Record<Severity, string>,
  hintLabel: (): string => 'hint:',
  /** The colon after a label: French puts a no-break space before it. */
  colon: ':' as string,
  moreNotShown: (more: number, code: string, error: boolean): string =>
    `... and ${n(more)} more ${code} ${error ? 'error(s)' : 'warning(s)'} not shown`,

  // cli/: what the command line prints
  errorCount: (errors: number): string => count(errors, 'error', 'errors'),
  nothingWritten: (): string => 'nothing written. Fix the lines above and build again.',
  nothingToPreview: (): string => 'nothing to preview. Fix the lines above and run the preview again.',
  rebuilt: (): string => 'Rebuilt:',
  rebuiltClean: (): string => 'Rebuilt: no problems left.',
  previewRunning: (lessonDir: string, version: string, url: string): string =>
    `Preview of ${lessonDir} as SCORM ${version}: ${url}`,
  previewFollows: (): string => 'It follows every save of the lesson. Ctrl-C stops the preview.',
  coursePreviewFollows: (): string => 'It follows every save of a lesson and of course.yaml. Ctrl-C stops the preview.',
  starterWritten: (files: readonly string[], preview: string, build: string): string =>
    [
      'Wrote a starter lesson:',
      ...files.map((file) => `  ${file}`),
      '',
      'Edit lesson.md and quiz.yaml, then look at the lesson as a learner does:',
      `  ${preview}`,
      'and make the SCORM zip files:',
      `  ${build}`,
    ].join('\n'),
  starterFromCourse: (keys: readonly string[]): string =>
    `The course (course.yaml) gives this lesson ${list(keys)}: remove the # before a line to give it its own.`,
  starterAddToCourse: (entry: string, file: string): string =>
    `To put it in the course, add the line \`  - ${entry}\` under \`lessons:\` in ${file}.`,
  usage: (): string => 'Usage:',
  helpOption: (): string => 'show this help',
  versionOption: (): string => 'show the version of scormdown',
  langOption: (): string =>
    "the language scormdown speaks to you: en, nl, de, fr or es (default: the lesson's language, else the system's)",
  buildSummary: (): string =>
    'builds the lesson in lessonDir (default: the current folder) into SCORM zip files; a folder with a\n' +
    "course.yaml: each lesson's zips and the course package.",
  buildOut: (): string => 'folder for the zip files (default: dist)',
  buildScorm: (): string => '1.2, 2004 or both (default: both)',
  previewSummary: (): string =>
    'shows the lesson in a stand-in LMS at http://127.0.0.1:PORT/, with what the LMS records\n' +
    'beside it; every save of the lesson shows in the page by itself. Ctrl-C stops it.',
  previewScorm: (): string => '1.2 or 2004 (default: 2004)',
  previewPort: (): string => 'the port on 127.0.0.1 (default: 0, any free port)',
  newSummary: (): string =>
    'writes a starter lesson to edit into folder (default: the current folder; created if missing):\n' +
    'lesson.md, quiz.yaml and an image. It never overwrites a file.',
  newLanguage: (): string =>
    "the lesson's language, e.g. nl or en (default: the language scormdown speaks; the starter's texts in nl, en, de, fr or es, English for any other)",
  newTitle: (): string => 'the lesson\'s title (default: "My first lesson", or the same in the lesson\'s language)',
  unknownOption: (option: string): string => `unknown option "${option}"`,
  optionTwice: (option: string): string => `${option} is given twice: give it once`,
  noCommand: (): string => 'no command given',
  unknownCommand: (name: string): string => `unknown command "${name}"`,
  needsValue: (option: string): string => `${option} needs a value`,
  oneFolder: (given: readonly string[]): string => `one lesson folder at a time, got: ${given.join(' ')}`,
  languageInvalid: (value: string): string =>
    `--language must be a language code such as nl, en or nl-BE, not "${value}"`,
  langInvalid: (value: string, spoken: readonly string[]): string =>
    `--lang must be ${spoken.slice(0, -1).join(', ')} or ${spoken.at(-1) ?? ''}, not "${value}"`,
  titleInvisible: (name: string): string =>
    `--title holds ${name}, a character no one can see: type the title again without it`,
  titleEmpty: (): string => '--title needs a text, e.g. --title "Les 7: Verkoopgesprekken"',
  starterTitleInvisible: (name: string): string => `the title holds ${name}, a character no one can see`,
  previewScormInvalid: (labels: readonly string[], value: string): string =>
    `--scorm must be ${labels.join(' or ')} for a preview, not "${value}"`,
  portInvalid: (value: string): string => `--port must be a number from 0 to 65535, not "${value}"`,
  scormInvalid: (labels: readonly string[], value: string): string =>
    `--scorm must be ${labels.join(', ')} or both, not "${value}"`,

  // diagnostics/errors.ts: failures outside the lesson
  readFailed: (path: string, reason: string): string => `could not read ${path} (${reason})`,
  writeFailed: (path: string, reason: string): string => `could not write ${path} (${reason})`,
  portFailed: (port: number, reason: string): string => `cannot serve the preview on port ${port} (${reason})`,
  starterExists: (paths: readonly string[], command: string): string =>
    `${paths.join(', ')} already ${paths.length === 1 ? 'exists' : 'exist'}; scormdown ${command} never overwrites a file: nothing written`,
  failureHint: {
    read: 'check that the file is there, is an ordinary file of at most 2 GiB, and that you may read it',
    write: 'check that the --out folder is a folder you may write to, and that the disk is not full',
    portInUse: 'another program may be using it: choose another --port, or leave it out to take any free port',
    exists: 'start the new lesson in another, new folder, or move the file away first',
  } satisfies Record<HintedFailure, string>,
  // `writer`: `new` or `import` (package/write-new-files.ts).
  starterWriteHint: (command: string, writer: string): string =>
    `check that you may write to this folder and that the disk is not full, then run \`${command} ${writer}\` again`,
  notAFolder: (): string => 'it is a file, not a folder',
  newFolderHint: (command: string, writer: string): string =>
    writer === 'new'
      ? `give the name of a new or empty folder, e.g. \`${command} new my-lesson\``
      : 'give a new or empty folder with --out, e.g. `--out my-lesson`',
  starterExistsHint: (command: string, writer: string, files: number, folder: string): string =>
    (writer === 'new'
      ? `start the new lesson in another folder (\`${command} new my-lesson\`)`
      : 'write the lesson into another folder (`--out my-lesson`)') +
    `, or move ${files === 1 ? 'this file' : 'these files'} away first; ` +
    `to build the lesson already here: \`${command} build ${folder}\``,
};

/** The words of one language: English's keys and signatures. */
export type Words = typeof en;
