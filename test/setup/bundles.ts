// Bundles the player and the stand-in LMS from source into the disk cache (src/compiler/package/
// bundle-cache.ts) once, before a project's workers start: else the first test files of every worker
// would each bundle them at the same moment, before any had stored its result.

import { loadRuntime } from '../../src/compiler/package/bundle-runtime.js';
import { standInFromSource } from '../../src/compiler/preview/bundle-stand-in.js';

export async function warmBundles(): Promise<void> {
  await Promise.all([loadRuntime(), standInFromSource('test'), standInFromSource('preview')]);
}

/** As a global setup of its own (the unit and e2e projects). */
export default warmBundles;
