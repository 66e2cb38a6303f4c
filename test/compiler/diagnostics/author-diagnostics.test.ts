// The two most common authoring mistakes get a diagnostic that names the cause (a tab, a front
// matter never closed), nothing is guessed after a file that could not be read, links never take the
// lesson's frame away, and remote CSS is caught like any other remote file.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import { indentedCode } from '../../../src/compiler/markdown/lex.js';
import { findRefs } from '../../../src/compiler/markdown/refs.js';
import { lexed, renderBlock, renderInline } from '../../helpers/markdown.js';
import { parseFrontMatter } from '../../../src/compiler/front/parse-front-matter.js';
import { parseQuiz } from '../../../src/compiler/front/parse-quiz.js';
import { ROOT } from '../../helpers/cli.js';

const file = 'les/lesson.md';
const where = (ds: { code: string; pos: { line: number; column: number } }[]) =>
  ds.map((d) => [d.code, d.pos.line, d.pos.column]);

describe('a tab used for indentation', () => {
  it('in a quiz file is named at the tab, with a hint to use spaces, instead of the parser’s guess', () => {
    const quiz = parseQuiz('- id: a\n  type: open\n\tprompt: Wat weet je nog?\n', 'les/quiz.yaml');
    expect(quiz.diagnostics.map((d) => [d.code, d.pos.line, d.pos.column, d.message, d.hint])).toEqual([
      [
        'YAML_TAB',
        3,
        1,
        'this line is indented with a tab; YAML allows only spaces there',
        'indent with spaces, not tabs (set your editor to insert spaces for the Tab key)',
      ],
    ]);
    expect(quiz.readable).toBe(false);
  });

  it('after spaces, and in the front matter, is found at its own line and column of lesson.md', () => {
    const front = parseFrontMatter('---\ntitle: Les\nid: les\nquiz:\n  \t- deel1.yaml\n---\n# Dia\n', file);
    expect(where(front.diagnostics)).toEqual([['YAML_TAB', 5, 3]]);
    expect(front.readable).toBe(false);
  });

  it('is no error where YAML allows a tab (between a key and its value)', () => {
    expect(parseQuiz('- id: a\n  type:\topen\n  prompt: Wat?\n', 'q.yaml').diagnostics).toEqual([]);
  });
});

describe('a front matter that is never closed', () => {
  it('above a Markdown paragraph is reported where the closing line belongs, not as YAML on the Markdown line', () => {
    const front = parseFrontMatter(
      '---\ntitle: Les\nid: les\n\nWerk in 2-tallen: praat samen\n\n---\n\n## Twee\n',
      file,
    );
    expect(front.diagnostics.map((d) => [d.code, d.pos.line, d.pos.column, d.hint])).toEqual([
      ['FRONT_MATTER_UNCLOSED', 4, 1, 'add a line `---` after the last key of the front matter'],
    ]);
    expect(front.diagnostics[0]?.message).toBe(
      'the front matter is never closed: a line `---` belongs here, after line 3',
    );
    // The slides are still read (their problems are reported in the same run), from the Markdown on.
    expect(front.bodyLine).toBe(4);
    expect(front.meta.title).toBe('Les');
  });

  it('also without any later `---`', () => {
    const front = parseFrontMatter('---\ntitle: Les\nid: les\n\n# Dia\n\nTekst.\n', file);
    expect(where(front.diagnostics)).toEqual([['FRONT_MATTER_UNCLOSED', 4, 1]]);
  });

  it.each([
    ['after the last key, before blank lines', '---\ntitle: Les\nid: les\n\n\n# Dia\n', 4],
    ['with nothing but keys in the file', '---\ntitle: Les\nid: les\n', 4],
    ['after an indented list that ends the front matter', '---\ntitle: Les\nquiz:\n  - a.yaml\n\nTekst.\n', 5],
    ['with only the opening line', '---\n\n# Dia\n', 2],
  ])('points where the closing line belongs: %s', (_, text, line) => {
    const found = where(parseFrontMatter(text, file).diagnostics);
    expect(found.filter(([code]) => code === 'FRONT_MATTER_UNCLOSED')).toEqual([['FRONT_MATTER_UNCLOSED', line, 1]]);
  });

  it('is not confused with comments a closed front matter may hold', () => {
    const text =
      '---\n# De instellingen van de les\ntitle: Les   # de naam\n\n# navigation: visited\nid: les\n\n# quiz: deel1.yaml\n---\n# Dia\n';
    expect(parseFrontMatter(text, file).diagnostics).toEqual([]);
  });
});

describe('nothing is guessed after a file that could not be read', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'scormdown-follow-'));
    await cp(path.join(ROOT, 'test/fixtures/valid-minimal'), dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('broken front matter YAML: no guess that quiz.yaml is the quiz, no "not defined" for its ids', async () => {
    await rm(path.join(dir, 'quiz.yaml'));
    await writeFile(
      path.join(dir, 'lesson.md'),
      '---\ntitle: Les\nid: les\nquiz: [deel1.yaml\n---\n\n# Dia\n\n::question eerste\n',
    );
    const { diagnostics } = await loadLesson(dir, dir);
    expect(where(diagnostics).map(([code]) => code)).toEqual(['YAML_SYNTAX']);
  });

  it('a quiz file with a tab: no warning that the lesson has no graded question', async () => {
    await writeFile(path.join(dir, 'quiz.yaml'), '- id: eerste\n\ttype: open\n');
    await writeFile(
      path.join(dir, 'lesson.md'),
      '---\ntitle: Les\nid: les\ncompletion: quiz\n---\n\n# Dia\n\n::question eerste\n\n::quiz\n',
    );
    const { diagnostics } = await loadLesson(dir, dir);
    expect(where(diagnostics)).toEqual([['YAML_TAB', 2, 1]]);
  });
});

describe('links open beside the lesson, never in its frame', () => {
  it('websites and packaged files get target="_blank" rel="noopener", in slides and in quiz texts', () => {
    expect(renderBlock('[Site](https://example.com/a?b=1&c=2 "Uitleg") en [pdf](assets/werkblad.pdf)')).toBe(
      '<p><a href="https://example.com/a?b=1&c=2" title="Uitleg" target="_blank" rel="noopener">Site</a> en ' +
        '<a href="assets/werkblad.pdf" target="_blank" rel="noopener">pdf</a></p>',
    );
    expect(renderInline('Zie <https://example.com> of www.example.nl')).toBe(
      'Zie <a href="https://example.com" target="_blank" rel="noopener">https://example.com</a> of ' +
        '<a href="http://www.example.nl" target="_blank" rel="noopener">www.example.nl</a>',
    );
  });

  it('a jump within the page and a mail link stay as they are', () => {
    expect(renderInline('[boven](#start) [mail](mailto:docent@school.nl)')).toBe(
      '<a href="#start">boven</a> <a href="mailto:docent@school.nl">mail</a>',
    );
  });
});

describe('text that Markdown would turn into code', () => {
  it('is found at its first character when indented by four spaces or a tab', () => {
    const md = 'Een alinea.\n\n    Ingesprongen door spaties.\n\nNog een alinea.\n\n\tIngesprongen door een tab.\n';
    expect(indentedCode(lexed(md))).toEqual([md.indexOf('Ingesprongen door s'), md.indexOf('Ingesprongen door e')]);
  });

  it('is not fenced code, a continued list item or a continued paragraph', () => {
    expect(
      indentedCode(
        lexed('```\n    bewust code\n```\n\n- punt\n\n    meer over het punt\n\nEen zin\n    die doorloopt.\n'),
      ),
    ).toEqual([]);
  });
});

describe('url() in CSS', () => {
  const refs = (md: string) => findRefs(lexed(md)).map((r) => [r.kind, r.url, md.slice(r.offset, r.offset + 6)]);

  it('is found in style attributes (any quoting) and <style> blocks, at the URL', () => {
    const md =
      '<div style="background:url(\'https://a.nl/x.png\')">x</div>\n\n<p style=background:url(b.png)>y</p>\n\n' +
      '<style>\n@import "//cdn.nl/c.css";\nh1 { background: url( &quot;d.png&quot; ) }\n</style>\n';
    expect(refs(md)).toEqual([
      ['style', 'https://a.nl/x.png', 'https:'],
      ['style', 'b.png', 'b.png)'],
      ['style', '//cdn.nl/c.css', '//cdn.'],
      ['style', 'd.png', 'd.png&'],
    ]);
  });

  it('is read as the browser reads it: entities and CSS escapes cannot hide a remote URL', () => {
    const md =
      '<span style="background:url(&#104;ttps://a.nl/x.png)">x</span> <span style="background:url(\\68 ttps://b.nl/y.png)">y</span>';
    expect(findRefs(lexed(md)).map((r) => r.url)).toEqual(['https://a.nl/x.png', 'https://b.nl/y.png']);
  });

  it('and a stylesheet or script pulled in by <link> or <script> is a file to load as well', () => {
    expect(
      findRefs(
        lexed(
          '<link rel="stylesheet" href="https://fonts.example.com/f.css">\n<script src="//cdn.example.com/x.js"></script>',
        ),
      ).map((r) => [r.kind, r.url]),
    ).toEqual([
      ['media', 'https://fonts.example.com/f.css'],
      ['media', '//cdn.example.com/x.js'],
    ]);
  });

  it('is found in a <style> block inside a quiz text (inline Markdown) too', () => {
    expect(
      findRefs(lexed('Kijk <style>p { background: url(https://a.nl/x.png) }</style> goed', true)).filter(
        (r) => r.kind === 'style',
      ),
    ).toEqual([{ kind: 'style', url: 'https://a.nl/x.png', offset: 32 }]);
  });
});
