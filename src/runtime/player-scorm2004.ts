// player.js of a SCORM 2004 package: the player with the SCORM 2004 table. The 1.2 table is a
// part of its own (player-lms-scorm12.js, parts/lms-scorm12.ts), loaded only in an LMS offering
// only the 1.2 API (lms/connect.ts).

import { scorm2004 } from './lms/scorm2004.js';
import { startPlayer } from './main.js';

void startPlayer(scorm2004);
