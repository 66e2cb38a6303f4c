// A minimal zip reader for tests (central directory + deflate/store), so tests can look inside the
// zips the tool writes exactly as an LMS would unpack them, without another dependency.

import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Unix permission bits from the "external attributes" (made by Unix). */
  mode: number;
  /** DOS date and time fields as written. */
  dosDate: number;
  dosTime: number;
  data: Buffer;
}

function endOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= 0; at -= 1) if (zip.readUInt32LE(at) === 0x06054b50) return at;
  throw new Error('not a zip: no end of central directory record');
}

function entryData(zip: Buffer, localOffset: number, method: number, size: number): Buffer {
  const nameLength = zip.readUInt16LE(localOffset + 26);
  const extraLength = zip.readUInt16LE(localOffset + 28);
  const start = localOffset + 30 + nameLength + extraLength;
  const raw = zip.subarray(start, start + size);
  if (method === 0) return Buffer.from(raw);
  if (method === 8) return inflateRawSync(raw);
  throw new Error(`unsupported compression method ${method}`);
}

/** The entries in central-directory order. */
export function readZip(zip: Buffer): ZipEntry[] {
  const eocd = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('corrupt central directory');
    const method = zip.readUInt16LE(at + 10);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      mode: (zip.readUInt32LE(at + 38) >>> 16) & 0o7777,
      dosTime: zip.readUInt16LE(at + 12),
      dosDate: zip.readUInt16LE(at + 14),
      data: entryData(zip, zip.readUInt32LE(at + 42), method, zip.readUInt32LE(at + 20)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
