// A lesson's package as the browser tests serve it: built in memory by the real pipeline (the same
// code the CLI runs), nothing written to disk. Throws with the formatted diagnostics if the lesson
// has errors, so a broken fixture says what is wrong instead of failing somewhere in Chromium.

import { formatDiagnostic } from '../../src/compiler/diagnostics/diagnostics.js';
import { buildPackages } from '../../src/compiler/pipeline.js';
import type { LessonData, ScormVersion } from '../../src/shared/model.js';

export async function packageFiles(lessonDir: string, version: ScormVersion): Promise<Map<string, Buffer | string>> {
  const { diagnostics, packages } = await buildPackages(lessonDir, [version]);
  const pkg = packages?.[0];
  if (!pkg) {
    const report = diagnostics.map((d) => formatDiagnostic(d)).join('\n');
    throw new Error(`${lessonDir} has errors, no package built:\n${report}`);
  }
  return pkg.files;
}

/** The lesson data a built page carries for the player (<script type="application/json"
 *  id="lesson-data">), as the player reads it: what a package's files say, where the pipeline's
 *  `Package.data` is not at hand (a page rendered alone, a package as the browser tests serve it). */
export function lessonDataOf(files: Map<string, Buffer | string | Uint8Array> | string): LessonData {
  const html = typeof files === 'string' ? files : String(files.get('index.html') ?? '');
  const json = /<script type="application\/json" id="lesson-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('index.html has no lesson data');
  return JSON.parse(json) as LessonData;
}
