// A lesson's package as the browser tests serve it: built in memory by the real pipeline (the same
// code the CLI runs), nothing written to disk. Throws with the formatted diagnostics if the lesson
// has errors, so a broken fixture says what is wrong instead of failing somewhere in Chromium.

import { formatDiagnostic } from '../../src/compiler/diagnostics/diagnostics.js';
import { buildPackages } from '../../src/compiler/pipeline.js';
import type { ScormVersion } from '../../src/shared/model.js';

export async function packageFiles(lessonDir: string, version: ScormVersion): Promise<Map<string, Buffer | string>> {
  const { diagnostics, packages } = await buildPackages(lessonDir, [version]);
  const pkg = packages?.[0];
  if (!pkg) {
    const report = diagnostics.map((d) => formatDiagnostic(d)).join('\n');
    throw new Error(`${lessonDir} has errors, no package built:\n${report}`);
  }
  return pkg.files;
}
