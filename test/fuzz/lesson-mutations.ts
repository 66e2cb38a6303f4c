// Arbitraries for the compiler fuzz tests: the lines an author (or a bad editor, a bad copy-paste,
// a half-saved file) puts into lesson.md and quiz.yaml, and line-level mutations of a valid lesson.
// Each mutation is a plain value, so fast-check prints a failing case as something a person can
// replay by hand.

import fc from 'fast-check';

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert-text'; at: number; column: number; text: string }
  | { kind: 'replace-line'; at: number; text: string }
  | { kind: 'insert-line'; at: number; text: string }
  | { kind: 'truncate'; at: number; column: number };

/** Where a mutation lands: anywhere in the file, or (lesson.md) within its front matter. */
export type Region = 'file' | 'front';

export interface FileMutation {
  file: 'lesson.md' | 'quiz.yaml';
  region: Region;
  mutation: Mutation;
}

const KEYS = [
  'title',
  'id',
  'language',
  'version',
  'description',
  'passingScore',
  'completion',
  'attempts',
  'navigation',
  'solutions',
  'quiz',
  'score',
  'type',
  'prompt',
  'options',
  'text',
  'correct',
  'answer',
  'answers',
  'items',
  'pairs',
  'points',
  'feedback',
  'caseSensitive',
];

const YAML_SCALARS = [
  '',
  '~',
  'null',
  'true',
  'no',
  'yes',
  '-1',
  '0',
  '101',
  '1e999',
  '0x1F',
  '.inf',
  '.nan',
  'NaN',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '|',
  '>-',
  '&a',
  '*a',
  '*nope',
  '!!binary',
  '!!str',
  '[a, b',
  '{a: 1',
  '- x',
  '? x',
  '@',
  '`',
  '%YAML 1.2',
  ': :',
  '#',
  '"unclosed',
  "'unclosed",
  '<<: *a',
  'quiz.yaml',
  '../quiz.yaml',
  '/etc/hostname',
  'slides',
  'quiz',
  'single',
  'multiple',
  'true-false',
  'order',
  'match',
  'fill-in',
  'open',
  'free',
  'visited',
  'always',
  'never',
];

const DIRECTIVES = ['::timer', '::question', '::quiz', '::', ':::', '::Timer', '::video', ':: quiz', '::timer:'];

const DIRECTIVE_ARGS = [
  '',
  '20:00',
  '0:00',
  '99:99',
  '-1:00',
  '1:2:3:4',
  'NaN',
  '1e9:00',
  '00:03',
  'eerste',
  'stappen',
  'koppel',
  'hoofdstad',
  'terugblik',
  'nope',
  'eerste eerste',
  '"quoted"',
  '<b>x</b>',
  '\t',
  '9'.repeat(40),
];

const MARKDOWN = [
  '---',
  '--- ',
  ' ---',
  '----',
  '***',
  '',
  ' ',
  '\t',
  '#',
  '# ',
  '## Kop',
  '| a | b |',
  '|---|---|',
  '```',
  '~~~',
  '    code',
  '\tcode',
  '> quote',
  '- item',
  '1. item',
  '![x](assets/nope.png)',
  '![x](../outside.png)',
  '![x](/etc/hostname)',
  '![x](http://example.com/x.png)',
  '![x](assets/plaatje.svg)',
  '![](assets/)',
  '[werkblad](assets/werkblad.pdf)',
  '[link](https://example.com)',
  '[x](#)',
  '<div>',
  '</div>',
  '<img src=x onerror=alert(1)>',
  '<style>',
  '<!--',
  '-->',
  '<script>alert(1)</script>',
  '<div style="background:url(https://example.com/x.png)">',
  '&#0;',
  '&bogus;',
  '\\',
  '![x](<assets/plaatje.svg>)',
  '[ref]: assets/nope.pdf',
  '![x][ref]',
  '- text: Vier',
  '    correct: true',
  '- id: eerste',
  '  type: single',
  '  options:',
  '  - Nee',
  '  pairs:',
  '    Rood: Kleur',
  '  items: [Een, Twee]',
  '  answers: []',
];

const junk = fc.string({ unit: 'binary', maxLength: 12 });

const yamlLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '  ', '    ', '\t', '- ', '  - '),
    fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })),
    fc.oneof(fc.constantFrom(...YAML_SCALARS), fc.integer().map(String), fc.double().map(String), junk),
  )
  .map(([indent, key, value]) => `${indent}${key}: ${value}`);

const directiveLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...DIRECTIVES), fc.array(fc.oneof(fc.constantFrom(...DIRECTIVE_ARGS), junk), { maxLength: 3 }))
  .map(([name, args]) => [name, ...args].join(' '));

/** Block quotes or emphasis nested up to a few thousand levels (marked recurses per level). */
const deepLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('> ', '- > ', '*', '_'), fc.integer({ min: 1, max: 4000 }))
  .map(([mark, n]) => (mark.length === 1 ? `${mark.repeat(n)}x${mark.repeat(n)}` : `${mark.repeat(n)}x`));

/** A line as it might appear in either file. */
export const lineArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...MARKDOWN), weight: 4 },
  { arbitrary: yamlLine, weight: 4 },
  { arbitrary: directiveLine, weight: 4 },
  { arbitrary: junk, weight: 4 },
  // Off by default: past the cases fixed in parse-slides/quiz-context, deep nesting still finds a
  // stack overflow in a later stage and slow (> 10 s) cases; FUZZ_DEEP=1 turns it on to hunt them.
  ...(process.env.FUZZ_DEEP === '1' ? [{ arbitrary: deepLine, weight: 1 }] : []),
);

/** Short text dropped into a line: tabs, control characters, a BOM, CR, any code point. */
const insertArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('\t', '\t\t', '\u0000', '\uFEFF', '\r', '\u2028', '\uD800', ': ', '#', '"', '---', '\n---\n', '\n'),
  junk,
);

const index = fc.nat({ max: 10_000 });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: index }),
  fc.record({ kind: fc.constant('duplicate' as const), at: index }),
  fc.record({ kind: fc.constant('swap' as const), at: index, with: index }),
  fc.record({ kind: fc.constant('insert-text' as const), at: index, column: index, text: insertArb }),
  fc.record({ kind: fc.constant('replace-line' as const), at: index, text: lineArb }),
  fc.record({ kind: fc.constant('insert-line' as const), at: index, text: lineArb }),
  fc.record({ kind: fc.constant('truncate' as const), at: index, column: index }),
);

export const fileMutationArb: fc.Arbitrary<FileMutation> = fc.record({
  file: fc.constantFrom('lesson.md' as const, 'quiz.yaml' as const),
  region: fc.constantFrom('file' as const, 'front' as const),
  mutation: mutationArb,
});

/** Lines 0..n of the front matter (through its closing `---`), or every line when there is none. */
function regionSize(lines: string[], region: Region): number {
  if (region === 'file' || lines[0] !== '---') return lines.length;
  const close = lines.indexOf('---', 1);
  return close < 0 ? lines.length : close + 1;
}

/** The text with one mutation applied; positions wrap around the lines of the region. */
export function mutate(text: string, region: Region, m: Mutation): string {
  const lines = text.split('\n');
  const size = Math.max(1, regionSize(lines, region));
  const at = m.at % size;
  const line = lines[at] ?? '';
  switch (m.kind) {
    case 'delete':
      lines.splice(at, 1);
      break;
    case 'duplicate':
      lines.splice(at, 0, line);
      break;
    case 'swap': {
      const other = m.with % size;
      [lines[at], lines[other]] = [lines[other] ?? '', line];
      break;
    }
    case 'insert-text': {
      const column = m.column % (line.length + 1);
      lines[at] = line.slice(0, column) + m.text + line.slice(column);
      break;
    }
    case 'replace-line':
      lines[at] = m.text;
      break;
    case 'insert-line':
      lines.splice(at, 0, m.text);
      break;
    case 'truncate':
      return [...lines.slice(0, at), line.slice(0, m.column % (line.length + 1))].join('\n');
  }
  return lines.join('\n');
}

/** A front matter of random `key: value` lines (maybe never closed), then a slide. */
export const randomFrontMatterArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof(yamlLine, fc.constantFrom('title: T', 'id: t', 'quiz: quiz.yaml')), { maxLength: 8 }),
    fc.boolean(),
    fc.array(lineArb, { maxLength: 6 }),
  )
  .map(([front, closed, body]) => ['---', ...front, ...(closed ? ['---'] : []), ...body].join('\n'));

/** A whole file of random lines. */
export const randomFileArb: fc.Arbitrary<string> = fc
  .array(lineArb, { maxLength: 30 })
  .map((lines) => lines.join('\n'));
