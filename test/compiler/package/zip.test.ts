import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zipFiles } from '../../../src/compiler/package/zip.js';
import { writeOutput } from '../../../src/compiler/package/write-output.js';
import { readZip } from '../../helpers/unzip.js';

const files = (): Map<string, Buffer | string> =>
  new Map<string, Buffer | string>([
    ['player.js', 'console.log("ü")'],
    ['imsmanifest.xml', '<manifest/>'],
    ['assets/b.svg', '<svg/>'],
    ['assets/a.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255])],
    ['index.html', '<!doctype html>'],
  ]);

describe('zipFiles', () => {
  it('holds every file at its path, sorted, manifest at the root, content unchanged', async () => {
    const entries = readZip(await zipFiles(files()));
    expect(entries.map((e) => e.name)).toEqual([
      'assets/a.png',
      'assets/b.svg',
      'imsmanifest.xml',
      'index.html',
      'player.js',
    ]);
    expect(entries.map((e) => e.data.toString('latin1'))).toEqual(
      ['assets/a.png', 'assets/b.svg', 'imsmanifest.xml', 'index.html', 'player.js'].map((n) => {
        const body = files().get(n) as Buffer | string;
        return (typeof body === 'string' ? Buffer.from(body, 'utf8') : body).toString('latin1');
      }),
    );
  });

  it("writes the lesson's date (UTC, even seconds) and mode 644 on every entry", async () => {
    const entries = readZip(await zipFiles(files(), new Date(Date.UTC(2026, 11, 5, 14, 7, 33))));
    const dosDate = ((2026 - 1980) << 9) | (12 << 5) | 5;
    const dosTime = (14 << 11) | (7 << 5) | (32 >> 1);
    expect(entries.map((e) => [e.dosDate, e.dosTime, e.mode])).toEqual(entries.map(() => [dosDate, dosTime, 0o644]));
  });

  it.each([
    ['before 1980', Date.UTC(1970, 0, 1), ((1980 - 1980) << 9) | (1 << 5) | 1, 0],
    ['after 2107', Date.UTC(2200, 0, 1), ((2107 - 1980) << 9) | (12 << 5) | 31, (23 << 11) | (59 << 5) | 29],
  ])('clamps a date %s to what a zip holds', async (_when, time, dosDate, dosTime) => {
    const [entry] = readZip(await zipFiles(files(), new Date(time)));
    expect([entry?.dosDate, entry?.dosTime]).toEqual([dosDate, dosTime]);
  });

  it('gives the same bytes for the same files and date, whatever their order or time zone', async () => {
    const date = new Date(Date.UTC(2026, 11, 5, 23, 30, 0));
    const first = await zipFiles(files(), date);
    const reversed = new Map([...files()].reverse());
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect((await zipFiles(reversed, date)).equals(first)).toBe(true);
    } finally {
      process.env.TZ = tz;
    }
  });

  it('gives each entry the checksum and sizes an unzip program checks, in its local header and the directory alike', async () => {
    const named = new Map<string, Buffer | string>([...files(), ['assets/überzicht leeg.txt', '']]);
    const zip = await zipFiles(named);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toContain('assets/überzicht leeg.txt');
    const eocd = zip.length - 22;
    expect(zip.readUInt32LE(eocd)).toBe(0x06054b50);
    expect([zip.readUInt16LE(eocd + 8), zip.readUInt16LE(eocd + 10)]).toEqual([named.size, named.size]);
    let at = zip.readUInt32LE(eocd + 16);
    for (const entry of entries) {
      const local = zip.readUInt32LE(at + 42);
      expect(zip.readUInt32LE(local)).toBe(0x04034b50);
      // crc, compressed and uncompressed size: the same in both headers, and right for the data.
      expect(zip.subarray(local + 14, local + 26)).toEqual(zip.subarray(at + 16, at + 28));
      expect([zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 24)]).toEqual([crc32(entry.data), entry.data.length]);
      // UTF-8 names (general purpose bit 11), deflate (method 8).
      expect([zip.readUInt16LE(at + 8) & 0x0800, zip.readUInt16LE(at + 10)]).toEqual([0x0800, 8]);
      at += 46 + zip.readUInt16LE(at + 28);
    }
    expect(at).toBe(eocd);
  });

  it('refuses paths an LMS would unpack outside the package or with backslashes', async () => {
    for (const bad of ['../x.txt', '/abs.txt', 'assets\\x.png', 'a//b.txt']) {
      await expect(zipFiles(new Map([[bad, 'x']]))).rejects.toThrow(`invalid package path "${bad}"`);
    }
  });
});

describe('writeOutput', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scormdown-out-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes every file under its name and leaves no temporary files', async () => {
    const written = await writeOutput(join(dir, 'dist'), [
      { fileName: 'a-scorm12.zip', bytes: Buffer.from('one') },
      { fileName: 'a-scorm2004.zip', bytes: Buffer.from('two!') },
    ]);
    expect(written).toEqual([
      { path: join(dir, 'dist', 'a-scorm12.zip'), size: 3 },
      { path: join(dir, 'dist', 'a-scorm2004.zip'), size: 4 },
    ]);
    expect((await readdir(join(dir, 'dist'))).sort()).toEqual(['a-scorm12.zip', 'a-scorm2004.zip']);
  });

  it('clears temp folders a killed build left behind, never those of a build still running', async () => {
    // A process that has ended: its pid names no running build.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const [stale, running] = [`.scormdown-${gone}-0123456789ab.tmp`, `.scormdown-${process.pid}-0123456789ab.tmp`];
    for (const name of [stale, running]) {
      await mkdir(join(dir, name));
      await writeFile(join(dir, name, '.scormdown-build'), '');
      await writeFile(join(dir, name, 'a-scorm12.zip'), 'half a zip');
    }
    await writeOutput(dir, [{ fileName: 'a-scorm12.zip', bytes: Buffer.from('new') }]);
    expect((await readdir(dir)).sort()).toEqual([running, 'a-scorm12.zip']);
  });

  it("never touches a user's own files, whatever their names (issue 12)", async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    // Names the old sweep took for its own temporaries, and a folder like ours without our marker.
    const mine = [`.a-scorm12.zip.${gone}.1.tmp`, `.notes.${gone}.2.tmp`, `.scormdown-${gone}-0123456789ab.tmp`];
    await writeFile(join(dir, mine[0]!), 'mine');
    await writeFile(join(dir, mine[1]!), 'mine too');
    await mkdir(join(dir, mine[2]!));
    await writeFile(join(dir, mine[2]!, 'keep.txt'), 'mine as well');
    await writeOutput(dir, [{ fileName: 'a-scorm12.zip', bytes: Buffer.from('new') }]);
    expect((await readdir(dir)).sort()).toEqual([...mine, 'a-scorm12.zip'].sort());
    expect(await readFile(join(dir, mine[2]!, 'keep.txt'), 'utf8')).toBe('mine as well');
  });

  it('replaces nothing when one of the files cannot be written', async () => {
    await writeFile(join(dir, 'a-scorm12.zip'), 'previous');
    // The second name points into a folder that does not exist: its write fails after the first
    // zip is already staged, which must then be thrown away, not renamed over the previous file.
    const blocked = await writeOutput(dir, [
      { fileName: 'a-scorm12.zip', bytes: Buffer.from('new') },
      { fileName: 'bad/name.zip', bytes: Buffer.from('x') },
    ]).catch((e: Error) => e);
    expect(blocked).toBeInstanceOf(Error);
    expect(await readFile(join(dir, 'a-scorm12.zip'), 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['a-scorm12.zip']);
  });
});
