// Characters a teacher cannot see in a text, and those XML 1.0 cannot hold at all (its Char
// production, XML 1.0 §2.2: tab, line feed, carriage return and U+0020..U+D7FF, U+E000..U+FFFD,
// U+10000..U+10FFFF). A title with a vertical tab (PowerPoint's Shift+Enter in copied text) made an
// imsmanifest.xml no LMS can import. The compiler checks front-matter texts with `invisibleChars`
// (a diagnostic at the character) and every manifest with `xmlForbidden` before it is written.

/** One character a teacher cannot see, found in a text. */
export interface Invisible {
  /** UTF-16 index in the text. */
  index: number;
  /** The character itself (one code unit; a lone surrogate too). */
  char: string;
  /** "U+000B vertical tab". */
  name: string;
  /** True for the ones that stand for a line break: they may become a space. */
  breaksLine: boolean;
}

const NAMES: ReadonlyMap<number, string> = new Map([
  [0x00, 'null character'],
  [0x07, 'bell'],
  [0x08, 'backspace'],
  [0x0b, 'vertical tab'],
  [0x0c, 'form feed'],
  [0x1b, 'escape'],
  [0x7f, 'delete'],
  [0x85, 'next line'],
  [0x2028, 'line separator'],
  [0x2029, 'paragraph separator'],
  [0xfffe, 'noncharacter'],
  [0xffff, 'noncharacter'],
]);

/** Line breaks that are not a new line in YAML or XML: a space is what the author meant. */
const LINE_BREAKS = new Set([0x0b, 0x0c, 0x85, 0x2028, 0x2029]);

/** C0 and C1 controls but tab, line feed and carriage return; DEL; the line and paragraph separators;
 *  U+FFFE and U+FFFF; and any surrogate (a lone one: pairs are matched first by the `u` flag). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]|[\ud800-\udfff]/gu;

/** What XML 1.0 forbids (see the top of this file). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_FORBIDDEN = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udfff]/u;

/** "U+000B vertical tab", "U+0001 control character", "U+D800 lone surrogate". */
export function charName(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  const name =
    NAMES.get(codePoint) ?? (codePoint >= 0xd800 && codePoint <= 0xdfff ? 'lone surrogate' : 'control character');
  return `U+${hex} ${name}`;
}

/** Every character of the text a teacher cannot see, in order. */
export function invisibleChars(text: string): Invisible[] {
  return [...text.matchAll(INVISIBLE)].map((m) => {
    const code = m[0].charCodeAt(0);
    return { index: m.index, char: m[0], name: charName(code), breaksLine: LINE_BREAKS.has(code) };
  });
}

/** The UTF-16 index of the first character XML 1.0 cannot hold, or -1. */
export function xmlForbidden(text: string): number {
  return XML_FORBIDDEN.exec(text)?.index ?? -1;
}
