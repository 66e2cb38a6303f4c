// player-lms-scorm2004.js in a SCORM 1.2 package: the SCORM 2004 table, loaded by lms/connect.ts only
// in an LMS that offers the 2004 API and not the 1.2 one.

import { registerPart } from '../load-part.js';
import { scorm2004 } from '../lms/scorm2004.js';

registerPart(scorm2004.apiName, scorm2004);
