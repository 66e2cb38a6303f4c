// The official XML schema files that go into the zip root next to imsmanifest.xml, kept in the
// repository under templates/schemas/ byte for byte as ADL published them (see its README.md and
// SHA256SUMS): never retyped. SCORM 1.2 CAM 2.3.2 and SCORM 2004 CAM 3.2 ask for the schema files
// to travel with the package. Which files a version ships is its row in targets.ts.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScormVersion } from '../../shared/model.js';
import { failedRead } from '../diagnostics/errors.js';
import { projectPath } from '../paths.js';
import { TARGETS } from './targets.js';

/** The folder holding a version's schema files. */
export function schemaDir(version: ScormVersion): string {
  return projectPath('templates', 'schemas', TARGETS[version].schemaFolder);
}

export function schemaNames(version: ScormVersion): readonly string[] {
  return TARGETS[version].schemaFiles;
}

/** The version's schema files by name (zip-root paths), as bytes. */
export async function schemaFiles(version: ScormVersion): Promise<Map<string, Buffer>> {
  const dir = schemaDir(version);
  const names = schemaNames(version);
  const bodies = await Promise.all(names.map((name) => readFile(join(dir, name)).catch(failedRead(join(dir, name)))));
  return new Map(names.map((name, i) => [name, bodies[i] as Buffer]));
}
