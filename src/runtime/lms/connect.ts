// Which tracker the player gets: the SCORM API of the package's version when the LMS offers one
// (found up the frame chain or through the opener), else the other version's API, used with that
// version's vocabulary, limits and formats (Chamilo 1.11 launches a 2004 package but offers only the
// 1.2 `API`: docs/SCORM-FACTS.md "Other LMSes"), else standalone with localStorage. An LMS whose
// Initialize fails is reported and the learner still gets a working player (standalone).

import type { ScormVersion } from '../../shared/model.js';
import { findApi } from './find-api.js';
import { scorm12 } from './scorm12.js';
import { scorm2004 } from './scorm2004.js';
import { createScormTracker } from './scorm-tracker.js';
import { createStandaloneTracker } from './standalone.js';
import type { Connect } from './tracker.js';

/** The package's SCORM version, set by the compiler when it bundles the player for a package
 *  (esbuild `define` in bundle-runtime.ts): it decides which API is looked for first. */
declare const SCORMDOWN_SCORM: ScormVersion;

/** The tables in the order their APIs are looked for: the package's own version first, searched
 *  all the way (parents, opener), the other only when that found nothing. An LMS offering the
 *  package's own version (Moodle offers exactly that one) or both always gets the package's own. */
const TABLES = SCORMDOWN_SCORM === '1.2' ? [scorm12, scorm2004] : [scorm2004, scorm12];

/** The first API found decides: one whose Initialize fails means that LMS does not want this
 *  session recorded now, and trying the other version's would only confuse it. */
export const connect: Connect = async (lesson, win) => {
  for (const table of TABLES) {
    const api = findApi(win, table.apiName);
    if (!api) continue;
    const tracker = await createScormTracker(lesson, api as Record<string, unknown>, table, win);
    if (tracker) return tracker;
    console.error(`${table.apiName}: Initialize failed`);
    break;
  }
  return createStandaloneTracker(lesson, win);
};
