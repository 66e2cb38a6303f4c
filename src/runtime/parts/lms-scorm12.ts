// player-lms-scorm12.js in a SCORM 2004 package: the SCORM 1.2 table, loaded by lms/connect.ts only
// in an LMS that offers the 1.2 API and not the 2004 one (Chamilo 1.11).

import { registerPart } from '../load-part.js';
import { scorm12 } from '../lms/scorm12.js';

registerPart(scorm12.apiName, scorm12);
