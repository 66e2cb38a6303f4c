// player-timer.js: the `::timer` countdowns, loaded by main.ts the first time a slide with a timer is shown.

import { registerPart } from '../load-part.js';
import { initTimers } from '../timer.js';

registerPart('timer', initTimers);
