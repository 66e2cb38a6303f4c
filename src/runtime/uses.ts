// SCORMDOWN_USES: which features this lesson's player carries (shared/features.ts). In a package it is
// no variable at all: esbuild replaces every `SCORMDOWN_USES.<feature>` by true or false when it bundles
// the lesson's player (compiler/package/bundle-runtime.ts). Unbundled, the tests' setup sets it on
// globalThis with every feature on.

import type { Uses } from '../shared/features.js';

declare global {
  const SCORMDOWN_USES: Uses;
}

export {};
