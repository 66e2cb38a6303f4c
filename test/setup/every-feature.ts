// The player's code run unbundled (unit tests of src/runtime) reads SCORMDOWN_USES as a global: in a
// package esbuild replaces it per lesson (src/runtime/uses.ts). Here every feature is on.

import { EVERY_FEATURE } from '../../src/shared/features.js';

Object.assign(globalThis, { SCORMDOWN_USES: EVERY_FEATURE });
