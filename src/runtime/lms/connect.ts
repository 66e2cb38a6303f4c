// Which tracker the player gets: the SCORM API of the package's version when the LMS offers one
// (found up the frame chain or through the opener), else the other version's API, used with that
// version's vocabulary, limits and formats (Chamilo 1.11 launches a 2004 package but offers only the
// 1.2 `API`: docs/SCORM-FACTS.md "Other LMSes"), else standalone with localStorage. An LMS whose
// Initialize fails is reported and the learner still gets a working player (standalone). The other
// version's table is seldom needed: it is a package file of its own, loaded only then (load-part.ts).

import { loadPart } from '../load-part.js';
import { findApi } from './find-api.js';
import type { ScormTable } from './scorm-table.js';
import { createScormTracker } from './scorm-tracker.js';
import { olderDecoderFor } from './older-formats.js';
import type { createStandaloneTracker } from './standalone.js';
import { decodeState, encodeState } from './suspend-codec.js';
import type { Connect } from './tracker.js';

/** The other SCORM version's API name and the package file of its table, set by the compiler when
 *  it bundles the player for a package (esbuild `define` in bundle-runtime.ts). */
declare const SCORMDOWN_OTHER_API: string;
declare const SCORMDOWN_OTHER_TABLE_FILE: string;
/** The standalone tracker's package file (a part: only a launch without an LMS needs it). */
declare const SCORMDOWN_STANDALONE_FILE: string;

interface Lms {
  api: object;
  table: ScormTable;
}

/** The package's own version's API, searched all the way (parents, opener), the other only when
 *  that found nothing: an LMS offering the package's own version (Moodle offers exactly that one)
 *  or both always gets the package's own. Null when there is none, or when the other version's
 *  table cannot be loaded. */
async function findLms(win: Window, ownTable: ScormTable): Promise<Lms | null> {
  const own = findApi(win, ownTable.apiName);
  if (own) return { api: own, table: ownTable };
  const other = findApi(win, SCORMDOWN_OTHER_API);
  if (!other) return null;
  try {
    return { api: other, table: await loadPart<ScormTable>(win, SCORMDOWN_OTHER_TABLE_FILE, SCORMDOWN_OTHER_API) };
  } catch (error) {
    console.error(error);
    return null;
  }
}

/** The first API found decides: one whose Initialize fails means that LMS does not want this
 *  session recorded now, and trying the other version's would only confuse it. */
export const connect: Connect = async (lesson, win, ownTable) => {
  const lms = await findLms(win, ownTable);
  if (lms) {
    const tracker = await createScormTracker(lesson, lms.api as Record<string, unknown>, lms.table, win);
    if (tracker) return tracker;
    console.error(`${lms.table.apiName}: Initialize failed`);
  }
  const standalone = await loadPart<typeof createStandaloneTracker>(win, SCORMDOWN_STANDALONE_FILE, 'standalone');
  return standalone(lesson, win, { decodeState, encodeState, olderDecoderFor });
};
