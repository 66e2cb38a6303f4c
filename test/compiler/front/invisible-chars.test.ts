// Issue 12, class 2: characters a teacher cannot see in the front-matter texts that reach
// imsmanifest.xml (title, description, version) are a diagnostic at the character, named; a line
// break that is no new line becomes a space with a warning; the manifest stage never returns XML 1.0
// cannot hold; `scormdown new --title` refuses such a title.

import { describe, expect, it } from 'vitest';
import { titleValue } from '../../../src/compiler/cli/cli-args.js';
import { parseFrontMatter } from '../../../src/compiler/front/parse-front-matter.js';
import { manifest } from '../../../src/compiler/package/manifest.js';
import { charName, invisibleChars, xmlForbidden } from '../../../src/shared/xml-text.js';
import { makeLesson } from '../../helpers/lessons.js';

const file = 'lesson/lesson.md';
const front = (lines: string): ReturnType<typeof parseFrontMatter> =>
  parseFrontMatter(`---\nid: les\n${lines}\n---\n\n# A\n`, file);
const shown = (r: ReturnType<typeof parseFrontMatter>): string[] =>
  r.diagnostics.map((d) => `${d.pos.line}:${d.pos.column} ${d.code} ${d.severity}: ${d.message}`);

describe('invisible characters in front-matter texts', () => {
  it('replaces a vertical tab (PowerPoint Shift+Enter) by a space with a warning at it', () => {
    const r = front('title: Les\u000bzeven');
    expect(shown(r)).toEqual([
      '3:11 TEXT_CHAR_REPLACED warning: title holds U+000B vertical tab, a line break no one can see: it is replaced by a space',
    ]);
    expect(r.meta.title).toBe('Les zeven');
  });

  it('replaces line and paragraph separators in a description, each at its column', () => {
    const r = front('title: T\ndescription: "a\u2028b\u2029c"');
    expect(shown(r)).toEqual([
      '4:16 TEXT_CHAR_REPLACED warning: description holds U+2028 line separator, a line break no one can see: it is replaced by a space',
      '4:18 TEXT_CHAR_REPLACED warning: description holds U+2029 paragraph separator, a line break no one can see: it is replaced by a space',
    ]);
    expect(r.meta.description).toBe('a b c');
  });

  it.each([
    ['\u0000', 'U+0000 null character'],
    ['\u0001', 'U+0001 control character'],
    ['\u001b', 'U+001B escape'],
    ['\u000c', null],
    ['\ufffe', 'U+FFFE noncharacter'],
    ['\uffff', 'U+FFFF noncharacter'],
  ])('refuses %j in a version at its column', (char, name) => {
    const r = front(`title: T\nversion: 1.${char}0`);
    if (name === null) {
      // A form feed is a line break no one can see: a space, with a warning.
      expect(shown(r)).toEqual([
        '4:12 TEXT_CHAR_REPLACED warning: version holds U+000C form feed, a line break no one can see: it is replaced by a space',
      ]);
      return;
    }
    expect(shown(r)).toEqual([
      `4:12 TEXT_INVISIBLE_CHAR error: version holds ${name}, a character no one can see and the package's manifest cannot hold`,
    ]);
    expect(r.meta.version).toBe('1.0.0');
  });

  it('reports a character written as an escape at its value, and a lone surrogate', () => {
    const r = front('title: "Les \\x01"\ndescription: "half \\ud800 a pair"');
    expect(shown(r)).toEqual([
      "3:8 TEXT_INVISIBLE_CHAR error: title holds U+0001 control character, a character no one can see and the package's manifest cannot hold",
      "4:14 TEXT_INVISIBLE_CHAR error: description holds U+D800 lone surrogate, a character no one can see and the package's manifest cannot hold",
    ]);
  });

  it('leaves tabs, new lines and every visible character alone', () => {
    const r = front('title: "Les\\t7 — été 😀"\ndescription: |\n  twee\n  regels');
    expect(r.diagnostics).toEqual([]);
    expect(r.meta.title).toBe('Les\t7 — été 😀');
  });
});

describe('xml-text', () => {
  it('names characters and finds what XML 1.0 forbids', () => {
    expect(charName(0x0b)).toBe('U+000B vertical tab');
    expect(invisibleChars('a\u0085b\ud83d\ude00').map((c) => c.name)).toEqual(['U+0085 next line']);
    expect(xmlForbidden('ok\t\n\r😀\u0085')).toBe(-1);
    expect(xmlForbidden('ab\udc00')).toBe(2);
  });
});

describe('the manifest stage', () => {
  it('throws rather than return a manifest that is not well-formed', () => {
    expect(() => manifest(makeLesson({ title: 'Les\u000b7' }), '1.2', [])).toThrow(
      'manifest: U+000B vertical tab at offset',
    );
    expect(() => manifest(makeLesson({ description: '\ud800' }), '2004', [])).toThrow('U+D800 lone surrogate');
  });
});

describe('scormdown new --title', () => {
  it('refuses a character no one can see, naming it, and makes line breaks spaces', () => {
    expect(() => titleValue('Les\u00017')).toThrow(
      '--title holds U+0001 control character, a character no one can see',
    );
    expect(() => titleValue('Les\u001b[1m7')).toThrow('U+001B escape');
    expect(() => titleValue('Les\ufffe')).toThrow('U+FFFE noncharacter');
    expect(titleValue('Les\u000b7\u2028b')).toBe('Les 7 b');
  });
});
