// Which kind of file an import was given, by its content (its name only breaks a tie): a slide tool's
// text export, a PowerPoint deck, a GIFT file, a Moodle XML question bank; or, for a file of none of
// these, what it is instead (a Word document, random bytes), so the message can say so.

import type { ImportedKind } from '../words/words-types.js';

export type ImportKind = 'slide-text' | 'pptx' | 'gift' | 'moodle-xml';

/** The file's text as read (decoded once, here) for every kind but a deck. */
export type FileText = { text: string; legacy: boolean };

export type Detected =
  | { kind: 'pptx' }
  | { kind: Exclude<ImportKind, 'pptx'>; read: FileText }
  | { kind: 'empty' }
  | { kind: 'other'; what: ImportedKind };

/** The names inside a zip (its central directory), without unpacking it; null when it is no zip. */
export function zipNames(bytes: Uint8Array): string[] | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end of central directory record: within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let at = view.length - 22; at >= Math.max(0, view.length - 65_557); at--) {
    if (view.readUInt32LE(at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.readUInt16LE(eocd + 10);
  let at = view.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== 0x02014b50) return names;
    const [nameLength, extra, comment] = [
      view.readUInt16LE(at + 28),
      view.readUInt16LE(at + 30),
      view.readUInt16LE(at + 32),
    ];
    names.push(view.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

/** A slide tool's marker line, closing the slide above it: "Slide 3 - Slide", "Slide 12 - Quiz". */
export const SLIDE_MARKER = /^Slide (\d+) - (.+)$/;

/** GIFT: a question is `text {answers}`, often titled `::title::`; `$CATEGORY:` and `//` comments. */
const GIFT_QUESTION = /(^|\n)\s*(::[^\n]*::)?[^\n{}]*\{[\s\S]*?\}/;

export function detect(bytes: Uint8Array, name: string): Detected {
  if (bytes.length === 0) return { kind: 'empty' };
  // An encrypted Office file is an OLE compound file (D0 CF 11 E0), not a zip.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return { kind: 'other', what: 'protected' };
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const names = zipNames(bytes) ?? [];
    if (names.includes('ppt/presentation.xml')) return { kind: 'pptx' };
    if (names.includes('word/document.xml')) return { kind: 'other', what: 'docx' };
    // A damaged deck still names its presentation part somewhere in the local headers.
    if (/\.pptx$/i.test(name) || Buffer.from(bytes).includes('ppt/presentation.xml')) return { kind: 'pptx' };
    return { kind: 'other', what: 'zip' };
  }
  const read = readText(bytes);
  if (read === null) return { kind: 'other', what: 'binary' };
  const { text } = read;
  const start = text.trimStart();
  if (start.startsWith('<')) {
    return /<quiz[\s>]/.test(text.slice(0, 4096)) || /<quiz[\s>]/.test(text)
      ? { kind: 'moodle-xml', read }
      : { kind: 'other', what: 'xml' };
  }
  if (text.split('\n').some((line) => SLIDE_MARKER.test(line.trim()))) return { kind: 'slide-text', read };
  if (/^\s*\$CATEGORY:/m.test(text) || GIFT_QUESTION.test(text)) return { kind: 'gift', read };
  return { kind: 'other', what: 'text' };
}

/** UTF-8 text (a BOM dropped, CRLF made LF), or null for bytes that are no text (NUL, invalid UTF-8). */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true })
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
  } catch {
    return null;
  }
}

/** Bytes no text in Windows-1252 has: C0 controls but tab, LF, FF and CR, and the five it leaves undefined. */
function notLegacyText(byte: number): boolean {
  return (
    (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) ||
    [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte)
  );
}

/** A file's text: UTF-8; else, when every byte can be one, Windows' Western European code page
 *  (Windows-1252: what Notepad calls "ANSI" and older Moodle XML declares as ISO-8859-1), `legacy`
 *  unless an XML declaration names it; null for bytes that are no text. */
export function readText(bytes: Uint8Array): FileText | null {
  const utf8 = decodeText(bytes);
  if (utf8 !== null) return { text: utf8, legacy: false };
  if (bytes.some(notLegacyText)) return null;
  const text = new TextDecoder('windows-1252').decode(bytes).replace(/\r\n?/g, '\n');
  const declared = /^<\?xml[^>]*\bencoding=["'](iso-8859-1|iso-8859-15|latin-?1|windows-1252|cp1252)["']/i.test(text);
  return { text, legacy: !declared };
}
