// player-s1.js: the decoder of s1 suspend_data, which only packages built before s2 wrote, loaded by
// lms/older-formats.ts only when the saved data starts with "s1|".

import { registerPart } from '../load-part.js';
import { decodeS1 } from '../lms/suspend-s1.js';

registerPart('s1', decodeS1);
