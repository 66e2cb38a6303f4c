import { describe, expect, it } from 'vitest';
import { parseSlides, timerSeconds } from '../../../src/compiler/front/parse-slides.js';
import type { SlideBlock } from '../../../src/compiler/front/parse-slides.js';
import { MAX_DEPTH } from '../../../src/compiler/markdown/markdown-depth.js';
import { markdownRenderer } from '../../../src/compiler/markdown/render-markdown.js';

/** A block as a test reads it: Markdown as its source, the line it starts on and the HTML it renders to. */
const shown = ({ pos, ...block }: SlideBlock) =>
  block.type === 'markdown'
    ? {
        type: block.type,
        line: pos.line,
        html: markdownRenderer(() => null).html(block.markdown),
        source: block.markdown.source,
      }
    : { ...block, line: pos.line };

const f = 'les/lesson.md';
const at = (line: number, column = 1) => ({ file: f, line, column });

describe('parseSlides', () => {
  it('splits on --- lines, keeps directives in source order with their positions', () => {
    const body = [
      '# Een',
      '',
      'Tekst',
      '---',
      '## Twee',
      '::timer 1:00:00',
      'Na de timer',
      '::question v1',
      '---  ',
      '::quiz a b',
    ].join('\n');
    const { slides, diagnostics } = parseSlides(body, 5, f);
    expect(diagnostics).toEqual([]);
    expect(slides.map((s) => ({ pos: s.pos, blocks: s.blocks.map(shown) }))).toEqual([
      {
        pos: at(5),
        blocks: [{ type: 'markdown', line: 5, html: '<h1>Een</h1>\n<p>Tekst</p>', source: '# Een\n\nTekst' }],
      },
      {
        pos: at(9),
        blocks: [
          { type: 'markdown', line: 9, html: '<h2>Twee</h2>', source: '## Twee' },
          { type: 'timer', line: 10, seconds: 3600 },
          { type: 'markdown', line: 11, html: '<p>Na de timer</p>', source: 'Na de timer' },
          { type: 'question', line: 12, questionId: 'v1' },
        ],
      },
      {
        pos: at(14),
        blocks: [
          {
            type: 'quiz',
            line: 14,
            questionIds: [
              { id: 'a', pos: at(14, 8) },
              { id: 'b', pos: at(14, 10) },
            ],
          },
        ],
      },
    ]);
  });

  it("takes `::slide ID` as the slide's name, not as a block, and reports a bad, second or repeated one", () => {
    const body = [
      '::slide welkom',
      '# Een',
      '---',
      '## Twee',
      '::slide',
      '---',
      '::slide a b',
      '---',
      '::slide welkom',
      '::slide weer',
    ].join('\n');
    const { slides, diagnostics } = parseSlides(body, 1, f);
    expect(slides[0]?.id).toEqual({ id: 'welkom', pos: at(1, 9) });
    expect(slides[0]?.blocks.map((b) => b.type)).toEqual(['markdown']);
    expect(slides[1]?.id).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.pos.line, d.pos.column, d.message])).toEqual([
      ['SLIDE_ID_INVALID', 5, 1, '"(nothing)" is not a slide id'],
      ['SLIDE_ID_INVALID', 7, 9, '"a b" is not a slide id'],
      ['SLIDE_ID_INVALID', 10, 1, 'this slide is already called "welkom"'],
      ['SLIDE_ID_DUPLICATE', 9, 9, 'another slide is called "welkom" too (line 1)'],
    ]);
  });

  it('does not split or read directives inside fenced code', () => {
    const body = ['# Code', '~~~~', '---', '::timer x', '~~~', '~~~~', 'na'].join('\n');
    const { slides, diagnostics } = parseSlides(body, 1, f);
    expect(diagnostics).toEqual([]);
    expect(slides).toHaveLength(1);
    expect(slides[0]?.blocks.map((b) => b.type)).toEqual(['markdown']);
  });

  it('reports Markdown nested deeper than MAX_DEPTH at its first line, even where marked could still read it', () => {
    const body = ['# Diep', '', `${'> '.repeat(MAX_DEPTH + 1)}x`, '---', `${'> '.repeat(300)}y`].join('\n');
    const { slides, diagnostics } = parseSlides(body, 1, f);
    expect(diagnostics.map((d) => [d.code, d.pos.line])).toEqual([['MARKDOWN_TOO_DEEP', 1]]);
    expect(slides.map((s) => s.blocks.map((b) => b.type))).toEqual([[], ['markdown']]);
  });

  it('renders GFM tables', () => {
    const { slides } = parseSlides('| a | b |\n|---|---|\n| 1 | 2 |', 1, f);
    const block = slides[0]?.blocks[0];
    expect(block?.type === 'markdown' && shown(block).html?.startsWith('<table>')).toBe(true);
  });

  it('warns about an empty slide and reports a lesson without slides', () => {
    expect(parseSlides('# A\n---\n\n---\n# B', 1, f).diagnostics.map((d) => [d.code, d.pos])).toEqual([
      ['SLIDE_EMPTY', at(3)],
    ]);
    expect(parseSlides('\n\n', 7, f).diagnostics.map((d) => [d.code, d.pos])).toEqual([['LESSON_NO_SLIDES', at(7)]]);
  });
});

describe('timerSeconds', () => {
  it('reads MM:SS and H:MM:SS', () => {
    expect(['20:00', '0:30', '90:00', '1:05:00', '5:75', '20', '1:2', '1:60:00'].map(timerSeconds)).toEqual([
      1200,
      30,
      5400,
      3900,
      null,
      null,
      null,
      null,
    ]);
  });
});
