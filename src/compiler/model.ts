// The compiler's model of a lesson: what the parse stages produce and the render, manifest and
// zip stages consume. Every node keeps where it came from, so diagnostics can point at it.

import type { Token } from 'marked';
import type { LessonSettings, Question, ScoringRule, SlideKind } from '../shared/model.js';

export interface SourcePos {
  /** Path as the author knows it: relative to the working directory, forward slashes ("lesson/quiz.yaml"). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/** The front matter, resolved: every key has its value (defaults filled in). */
export interface LessonMeta extends LessonSettings {
  description: string;
  /** Quiz files, relative to the lesson folder (front matter `quiz:`, default ["quiz.yaml"] when present). */
  quizFiles: string[];
  /** Front matter `shuffle:` and `tries:`: what a question without its own gets. */
  shuffle: boolean;
  tries: number;
  /** Front matter `scoring:`, for the questions without their own (shared/model.ts ScoringRule). */
  scoring: ScoringRule;
  /** Front matter `html:`: raw HTML is read through the allowlist (markdown/html-allowlist.ts), or
   *  kept as written, the author's script too (`html: trusted`). */
  html: HtmlRule;
  /** Front matter (or course.yaml) `ui:`: the player's texts the author words otherwise, by key. */
  ui: Record<string, string>;
  /** Front matter (or course.yaml) `theme:` (front/theme.ts). */
  theme: Theme;
}

/** `theme:` (front/theme.ts): the school's colour, logo and font. */
export interface Theme {
  /** `#rrggbb`. */
  color?: string;
  /** A picture of the lesson folder, shown in the header. */
  logo?: string;
  font?: ThemeFont;
}

export type ThemeFont = 'sans' | 'serif' | 'rounded' | 'mono';

export type HtmlRule = 'allowlist' | 'trusted';

/** Markdown lexed once: marked's tokens (each keeps its `raw`) with the text they were read from.
 *  Checks read the tokens; the render stage alone turns them into HTML. */
export interface Markdown {
  source: string;
  tokens: Token[];
  /** A quiz text (prompt, option, feedback): inline Markdown, located at its YAML value as a whole. */
  inline: boolean;
  /** Block Markdown: the line of `source`'s first line (column 1). Inline: the YAML value. */
  pos: SourcePos;
}

/** A question as the compiler keeps it: the shared Question with every text still Markdown; the
 *  render stage makes it the player's Question (promptHtml, html of options, items and feedback). */
export type QuizQuestion = Unrendered<Question>;

type Unrendered<T> = T extends string | number | boolean
  ? T
  : T extends Array<infer U>
    ? Array<Unrendered<U>>
    : {
        [K in keyof T]: K extends 'html' | 'promptHtml'
          ? Markdown
          : K extends 'feedback'
            ? { correct: Markdown; incorrect: Markdown }
            : Unrendered<T[K]>;
      };

/** The sites a `::video URL` may embed from. */
export type VideoSite = 'youtube' | 'vimeo';

/** The video of a `::video URL` (front/video-url.ts reads the URL and makes its embed). */
export interface WebVideo {
  site: VideoSite;
  /** YouTube: the 11-character video id; Vimeo: the number. */
  id: string;
  /** Vimeo's privacy hash of an unlisted video (vimeo.com/NUMBER/HASH), which its player needs. */
  hash?: string;
}

/** A piece of a content slide, in source order. */
export type Block =
  | { type: 'markdown'; markdown: Markdown; pos: SourcePos }
  | { type: 'timer'; seconds: number; pos: SourcePos }
  | { type: 'question'; questionId: string; pos: SourcePos }
  /** `::video URL [title]`: a YouTube or Vimeo embed; title null gives the language's "Video". */
  | { type: 'video'; video: WebVideo; title: string | null; pos: SourcePos };

export interface Slide {
  kind: SlideKind;
  /** Plain text of the slide's first heading (or the question's prompt, or the result title). */
  title: string;
  /** content: the slide's blocks; question: one question block; result: none. */
  blocks: Block[];
  pos: SourcePos;
  /** The author's `::slide ID`, when given: the slide's saved progress is keyed by it. */
  id?: string;
  /** `::gate`: where it is written; this slide and the ones after it open once the quiz is finished. */
  gate?: SourcePos;
}

/** A file of the lesson folder that goes into the package. */
export interface Asset {
  /** The file's bytes, read once by the check stage (front/read-file.ts): the package holds what was checked. */
  bytes: Buffer;
  /** Path inside the package, forward slashes, relative (e.g. "assets/soorten-klachten.svg"). */
  target: string;
  /** Where it is first referenced. */
  pos: SourcePos;
}

/** What a course (course.yaml) gives each of its lessons: the defaults for what a front matter leaves
 *  out, and the course's logo, a file of the course folder, for a lesson without a logo of its own. */
export interface CourseShare {
  defaults: LessonMeta;
  logo: Asset | null;
}

export interface Lesson {
  /** Absolute path of the lesson folder. */
  dir: string;
  meta: LessonMeta;
  slides: Slide[];
  /** Every question placed in the lesson, in slide order. */
  questions: QuizQuestion[];
  assets: Asset[];
  /** The newest modification time of the files the build read (lesson.md, quiz files, assets): the
   *  date of the package's files (package/zip.ts), so an updated lesson is never older than a cached one. */
  modified: Date;
}
