// What `scormdown preview` tells its page: written by the compiler (preview/preview-page.ts), embedded
// in the page as JSON and sent again as a Server-Sent Event after every build; read by the preview's
// stand-in LMS (src/lms-stand-in/preview-lms.ts). Preview only: never in a package.

import type { Cmi } from './lms-start.js';
import type { Question, ScormVersion } from './model.js';

/** The stand-in LMS's settings for one build of the lesson in one SCORM version. */
export interface PreviewConfig {
  version: ScormVersion;
  /** What Moodle hands a new learner (moodleStart). */
  start: Cmi;
  /** Where the page keeps what the stand-in LMS stored, per lesson id and version. */
  storageKey: string;
  /** Slide key -> "slide N: title", to show the bookmark. */
  slides: Record<string, string>;
  /** The questions as the player has them: the panel shows a SCORM response as the texts chosen. */
  questions: Question[];
  /** The lesson's words for true and false, as the learner read them. */
  trueFalse: [string, string];
  /** The lesson draws questions from pools (`::quiz draw N`): "show every question" applies. */
  pools: boolean;
}

/** One diagnostic as the CLI prints it (file:line, code, the line, the hint). */
export interface ReportLine {
  text: string;
  error: boolean;
}

/** The preview's news for its page: the latest build, for the page's SCORM version. */
export interface PreviewUpdate {
  /** The page's SCORM version. */
  version: ScormVersion;
  /** Counts the builds that changed something; the page relaunches the lesson on a new one. */
  build: number;
  /** The lesson's title (the last one known while the lesson has errors). */
  title: string;
  /** null while the lesson has errors. */
  course: PreviewConfig | null;
  report: ReportLine[];
  errors: number;
  warnings: number;
  /** The lesson folder is watched: a save rebuilds by itself (false: the page must be reloaded). */
  watching: boolean;
}
