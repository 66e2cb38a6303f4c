// Issue 12, class 5 (compiler side): long lists are appended one by one, never spread into a call
// (130,000 duplicate slide names overflowed the stack); the report shows at most PER_CODE of one code
// with a count of the rest, while the library returns them all; ids and file names fit file systems.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Token } from 'marked';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diag } from '../../src/compiler/diagnostics/diagnostics.js';
import { plain } from './diagnostics/plain.js';
import { capPerCode, PER_CODE, reportLines } from '../../src/compiler/diagnostics/report.js';
import { MAX_ID_LENGTH, parseFrontMatter } from '../../src/compiler/front/parse-front-matter.js';
import { parseSlides } from '../../src/compiler/front/parse-slides.js';
import { childTokens } from '../../src/compiler/markdown/lex.js';
import { buildPackages } from '../../src/compiler/pipeline.js';
import { previewPage } from '../../src/compiler/preview/preview-page.js';

const file = 'lesson/lesson.md';

describe('long lists', () => {
  it('130,000 duplicate slide names give a diagnostic each, no stack overflow', () => {
    const body = Array.from({ length: 130_000 }, () => '## s\n\n::slide same').join('\n\n---\n\n');
    const { slides, diagnostics } = parseSlides(body, 6, file);
    expect(slides).toHaveLength(130_000);
    expect(diagnostics).toHaveLength(129_999);
    expect(plain(diagnostics.slice(0, 1))).toEqual(
      plain([
        diag('SLIDE_ID_DUPLICATE', { file, line: 14, column: 9 }, () => 'another slide is called "same" too (line 8)'),
      ]),
    );
  });

  it('a token with 300,000 children hands them all on', () => {
    const tokens = Array.from({ length: 300_000 }, () => ({ type: 'text', raw: 'a', text: 'a' }));
    expect(childTokens({ type: 'paragraph', raw: '', text: '', tokens } as Token)).toHaveLength(300_000);
  });
});

describe('the report, capped per code', () => {
  const at = (line: number) => ({ file, line, column: 1 });
  const many = [
    ...Array.from({ length: 100 }, (_, i) => diag('SLIDE_ID_DUPLICATE', at(i + 1), () => `dup ${i}`)),
    ...Array.from({ length: 3 }, (_, i) => diag('SLIDE_EMPTY', at(200 + i), () => 'this slide is empty')),
    ...Array.from({ length: 21 }, (_, i) =>
      diag(
        'META_UNKNOWN_KEY',
        at(300 + i),
        () => 'unknown',
        () => 'check the spelling',
      ),
    ),
  ];

  it('keeps the first PER_CODE of each code and counts the rest', () => {
    const { shown, more } = capPerCode(many);
    expect(PER_CODE).toBe(20);
    expect(shown.map((d) => d.message)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `dup ${i}`),
      ...Array<string>(3).fill('this slide is empty'),
      ...Array<string>(20).fill('unknown'),
    ]);
    expect(more).toEqual([
      { text: '... and 80 more SLIDE_ID_DUPLICATE error(s) not shown', error: true },
      { text: '... and 1 more META_UNKNOWN_KEY warning(s) not shown', error: false },
    ]);
  });

  it('prints the kept ones with their hint, then the counts', () => {
    const lines = reportLines(many, '/nonexistent');
    expect(lines).toHaveLength(43 + 2);
    expect(lines[0]).toBe(
      'lesson/lesson.md:1:1 SLIDE_ID_DUPLICATE error: dup 0\n  hint: give every slide its own `::slide` name',
    );
    expect(lines.slice(-2)).toEqual([
      '... and 80 more SLIDE_ID_DUPLICATE error(s) not shown',
      '... and 1 more META_UNKNOWN_KEY warning(s) not shown',
    ]);
  });
});

describe('the preview page, capped per code', () => {
  it('shows 20 diagnostics of a code, a count of the rest, and the full error count', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      diag('SLIDE_ID_DUPLICATE', { file, line: i + 1, column: 1 }, () => `dup ${i}`),
    );
    const html = previewPage({ diagnostics: many, files: null, data: null }, '2004', 'lesson', '/nonexistent', {
      lang: 'en',
    });
    expect(html.match(/SLIDE_ID_DUPLICATE error: dup/g)).toHaveLength(20);
    expect(html).toContain('... and 480 more SLIDE_ID_DUPLICATE error(s) not shown');
    expect(html).toContain('The lesson has 500 errors');
  });
});

describe('names that must fit file systems', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scormdown-size-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it(`takes an id of ${MAX_ID_LENGTH} characters and refuses a longer one at the id`, () => {
    const ok = parseFrontMatter(`---\ntitle: T\nid: ${'a'.repeat(MAX_ID_LENGTH)}\n---\n# A\n`, file);
    expect(ok.diagnostics).toEqual([]);
    const long = parseFrontMatter(`---\ntitle: T\nid: ${'a'.repeat(230)}\n---\n# A\n`, file);
    expect(plain(long.diagnostics)).toEqual(
      plain([
        diag(
          'META_ID_TOO_LONG',
          { file, line: 3, column: 5 },
          () => 'id is 230 characters long; it names the zip files, and a file name can take 120 here',
        ),
      ]),
    );
    // `<id>-scorm2004.zip` then fits eCryptfs's 143 bytes, and every other common file system's 255.
    expect(`${'a'.repeat(MAX_ID_LENGTH)}-scorm2004.zip`.length).toBeLessThanOrEqual(143);
  });

  it('warns about a packaged file whose name is longer than every system takes', async () => {
    const name = `${'é'.repeat(72)}.svg`; // 148 bytes in UTF-8
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'assets', name), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(dir, 'lesson.md'), `---\ntitle: T\nid: t\n---\n\n# A\n\n![x](assets/${name})\n`);
    const { diagnostics, packages } = await buildPackages(dir, ['2004'], dir);
    expect(diagnostics.map((d) => [d.code, d.severity, d.pos.line, d.pos.column, d.message])).toEqual([
      [
        'ASSET_NAME_TOO_LONG',
        'warning',
        8,
        6,
        `"${name}" in assets/${name} is 148 bytes long; a file or folder name can take 143 on every system`,
      ],
    ]);
    expect(packages).toHaveLength(1);
  });
});
