// player-standalone.js: the tracker of a launch without an LMS (progress in localStorage), loaded by
// lms/connect.ts only then.

import { registerPart } from '../load-part.js';
import { createStandaloneTracker } from '../lms/standalone.js';

registerPart('standalone', createStandaloneTracker);
