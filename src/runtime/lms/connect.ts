// Which tracker the player gets: the SCORM API of the package's version when the LMS offers one
// (found up the frame chain or through the opener), else standalone with localStorage. An LMS whose
// Initialize fails is reported and the learner still gets a working player (standalone).

import type { ScormVersion } from '../../shared/model.js';
import { findApi } from './find-api.js';
import { scorm12 } from './scorm12.js';
import { scorm2004 } from './scorm2004.js';
import type { ScormTable } from './scorm-table.js';
import { createScormTracker } from './scorm-tracker.js';
import { createStandaloneTracker } from './standalone.js';
import type { Connect } from './tracker.js';

/** The package's SCORM version, set by the compiler when it bundles the player for a package
 *  (esbuild `define` in bundle-runtime.ts): each package carries its own version's table only. */
declare const SCORMDOWN_SCORM: ScormVersion;

const table: ScormTable = SCORMDOWN_SCORM === '1.2' ? scorm12 : scorm2004;

export const connect: Connect = (lesson, win) => {
  const api = findApi(win, table.apiName);
  if (api !== undefined) {
    const tracker = createScormTracker(lesson, api as Record<string, unknown>, table, win);
    if (tracker !== null) return tracker;
    console.error(`${table.apiName} found but its Initialize failed: progress is kept in this browser only`);
  }
  return createStandaloneTracker(lesson, win);
};
