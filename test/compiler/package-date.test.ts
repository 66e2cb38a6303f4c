// The date of a package's files: the newest modification time of what the build read, or
// SOURCE_DATE_EPOCH. An unchanged lesson rebuilds to the same bytes; an updated one is dated after
// every earlier build, so an LMS that unzips it over the old one keeping the zip's dates (Chamilo)
// never serves the old files from a browser's cache (test/browser/stale-cache.test.ts).

import { cp, mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPackages, packageDate } from '../../src/compiler/pipeline.js';
import { zipFiles } from '../../src/compiler/package/zip.js';
import { readZip } from '../helpers/unzip.js';

let dir = '';
const at = (iso: string): Date => new Date(iso);

beforeEach(async () => {
  // The build's own date follows the sources here, whatever the shell running the tests sets.
  vi.stubEnv('SOURCE_DATE_EPOCH', undefined);
  dir = await mkdtemp(join(tmpdir(), 'scormdown-date-'));
  await cp('test/fixtures/valid-minimal', dir, { recursive: true });
  for (const file of ['lesson.md', 'quiz.yaml', 'assets/plaatje.svg', 'assets/werkblad.pdf'])
    await utimes(join(dir, file), at('2026-11-02T08:00:00Z'), at('2026-11-02T08:00:00Z'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

/** The DOS date and time of the 1.2 zip's entries, as an unzip program reads them. */
async function entryStamps(env: NodeJS.ProcessEnv = {}): Promise<{ stamps: string[]; zip: Buffer }> {
  const { packages } = await buildPackages(dir, ['1.2']);
  const p = packages![0]!;
  const zip = await zipFiles(p.files, packageDate({ modified: p.date }, env));
  return { stamps: [...new Set(readZip(zip).map((e) => `${e.dosDate}/${e.dosTime}`))], zip };
}

const dos = (d: Date): string =>
  `${((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate()}/` +
  `${(d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1)}`;

describe('the date of the files in a package', () => {
  it("is the newest of the lesson's sources, the same on every entry, and a rebuild gives the same bytes", async () => {
    const first = await entryStamps();
    expect(first.stamps).toEqual([dos(at('2026-11-02T08:00:00Z'))]);
    expect((await entryStamps()).zip.equals(first.zip)).toBe(true);
  });

  it('moves with an edit to an asset the lesson uses, or to the quiz', async () => {
    await utimes(join(dir, 'assets', 'plaatje.svg'), at('2026-12-04T16:45:10Z'), at('2026-12-04T16:45:10Z'));
    expect((await entryStamps()).stamps).toEqual([dos(at('2026-12-04T16:45:10Z'))]);
    await utimes(join(dir, 'quiz.yaml'), at('2026-12-05T07:00:00Z'), at('2026-12-05T07:00:00Z'));
    expect((await entryStamps()).stamps).toEqual([dos(at('2026-12-05T07:00:00Z'))]);
  });

  it('is SOURCE_DATE_EPOCH when it is set (the reproducible-builds convention), else ignored when not a number', async () => {
    expect((await entryStamps({ SOURCE_DATE_EPOCH: '1780000000' })).stamps).toEqual([dos(new Date(1780000000 * 1000))]);
    expect((await entryStamps({ SOURCE_DATE_EPOCH: 'gisteren' })).stamps).toEqual([dos(at('2026-11-02T08:00:00Z'))]);
  });
});
