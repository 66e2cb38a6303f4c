// player.js of a SCORM 1.2 package: the player with the SCORM 1.2 table. The 2004 table is a
// part of its own (player-lms-scorm2004.js, parts/lms-scorm2004.ts), loaded only in an LMS offering
// only the 2004 API (lms/connect.ts).

import { scorm12 } from './lms/scorm12.js';
import { startPlayer } from './main.js';

void startPlayer(scorm12);
