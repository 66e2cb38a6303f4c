// The zip: imsmanifest.xml at the root (Moodle looks only there), forward slashes, entries sorted,
// one timestamp for every entry and fixed permissions, so the same lesson always gives the same bytes.
// The timestamp is the lesson's (its newest source file, or SOURCE_DATE_EPOCH): an LMS that unzips an
// updated package over the old one keeping the zip's dates (Chamilo) serves files newer than any a
// browser cached, where a fixed date made Apache's Last-Modified/ETag say "not modified".
// Written with node:zlib directly (PKWARE APPNOTE 6.3: local headers 4.3.7, central directory
// 4.3.12, end record 4.3.16): a package is a handful of files held in memory, and archiver's
// stream stack cost a sixth of a build's start-up to load.

import { crc32, deflateRawSync } from 'node:zlib';

/** The earliest date a zip entry can hold (DOS dates count from 1980), and the last (2107-12-31). */
const FIRST = Date.UTC(1980, 0, 1, 0, 0, 0);
const LAST = Date.UTC(2107, 11, 31, 23, 59, 58);
const FILE_MODE = 0o644;

export type PackageFiles = Map<string, Buffer | string>;

/** Paths must be relative, forward-slash, without "." or ".." segments. */
function checkPath(path: string): void {
  const bad =
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    path.split('/').some((seg) => seg === '' || seg === '.' || seg === '..');
  if (bad) throw new Error(`zip: invalid package path "${path}"`);
}

/** Zips the files in byte order of their paths (the same order everywhere, whatever the locale). */
export function sortedPaths(files: PackageFiles): string[] {
  return [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
  offset: number;
}

/** `date` as the DOS time and date of a zip entry (APPNOTE 4.4.6), from its UTC fields, so no time zone
 *  leaks in: seconds rounded down to an even number, clamped to 1980..2107. */
export function dosDateTime(date: Date): { time: number; date: number } {
  const d = new Date(Math.min(LAST, Math.max(FIRST, date.getTime() || FIRST)));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

const VERSION = 20; // 2.0: deflate (APPNOTE 4.4.3.2)
const UTF8_NAMES = 0x0800; // general purpose bit 11: names are UTF-8 (APPNOTE 4.4.4)
const DEFLATE = 8;

/** The fields local header and central directory share, from "version needed" to the name length. */
function common(entry: Entry, stamp: { time: number; date: number }): Buffer {
  const b = Buffer.alloc(26);
  [VERSION, UTF8_NAMES, DEFLATE, stamp.time, stamp.date].forEach((v, i) => b.writeUInt16LE(v, i * 2));
  b.writeUInt32LE(entry.crc, 10);
  b.writeUInt32LE(entry.data.length, 14);
  b.writeUInt32LE(entry.size, 18);
  b.writeUInt16LE(entry.name.length, 22);
  return b; // extra field length (24) stays 0
}

function local(entry: Entry, stamp: { time: number; date: number }): Buffer[] {
  const sig = Buffer.alloc(4);
  sig.writeUInt32LE(0x04034b50);
  return [sig, common(entry, stamp), entry.name, entry.data];
}

function central(entry: Entry, stamp: { time: number; date: number }): Buffer[] {
  const head = Buffer.alloc(6);
  head.writeUInt32LE(0x02014b50);
  head.writeUInt16LE((3 << 8) | VERSION, 4); // made by Unix, so the mode below is read as one
  const tail = Buffer.alloc(14); // comment length, disk, internal attributes stay 0
  tail.writeUInt32LE(((0o100000 | FILE_MODE) << 16) >>> 0, 6); // a regular file, rw-r--r--
  tail.writeUInt32LE(entry.offset, 10);
  return [head, common(entry, stamp), tail, entry.name];
}

function end(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}

/** Every file deflated at level 9 and dated `date` (the lesson's newest source, or SOURCE_DATE_EPOCH:
 *  pipeline.ts); no zip64, so a package over 4 GiB or 65535 files is refused. */
export async function zipFiles(files: PackageFiles, date: Date = new Date(FIRST)): Promise<Buffer> {
  const stamp = dosDateTime(date);
  const paths = sortedPaths(files);
  paths.forEach(checkPath);
  if (paths.length > 0xffff) throw new Error(`zip: ${paths.length} files are more than a zip without zip64 holds`);
  // Synchronous: for a package's few small files, zlib's stream and thread-pool set-up costs more
  // than the compression itself (measured: twice the time of the sync call at start-up).
  const entries = paths.map((path): Entry => {
    const body = files.get(path) as Buffer | string;
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    const data = deflateRawSync(bytes, { level: 9 });
    return { name: Buffer.from(path, 'utf8'), crc: crc32(bytes), size: bytes.length, data, offset: 0 };
  });
  const parts: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    entry.offset = offset;
    for (const part of local(entry, stamp)) {
      parts.push(part);
      offset += part.length;
    }
  }
  const directory = entries.flatMap((entry) => central(entry, stamp));
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  if (offset + size > 0xffffffff)
    throw new Error('zip: the package is over 4 GiB, more than a zip without zip64 holds');
  return Buffer.concat([...parts, ...directory, end(entries.length, size, offset)]);
}
