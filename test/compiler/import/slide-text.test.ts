// `scormdown import` of a slide tool's text export: the seed this repository's lesson was made from
// becomes the same 16 slides, every sentence of the export on its slide, word for word, and the
// folder builds as it is.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/compiler/import/import-file.js';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import { markdownText } from '../../../src/compiler/markdown/render-markdown.js';
import type { Lesson, Slide } from '../../../src/compiler/model.js';
import { buildPackages } from '../../../src/compiler/pipeline.js';
import { ROOT, SEED } from '../../helpers/cli.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A slide's text as a learner reads it (headings, paragraphs, list items), one space between words. */
function slideText(slide: Slide, lesson: Lesson): string {
  const parts = slide.blocks.map((b) => {
    if (b.type === 'markdown') return markdownText(b.markdown);
    if (b.type === 'question') return lesson.questions.find((q) => q.id === b.questionId)?.promptText ?? '';
    return '';
  });
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The seed's slides as the export has them: each slide's lines above its marker (the last has none). */
function seedSlides(text: string): string[][] {
  const body = text.slice(text.indexOf('Items in this lesson') + 'Items in this lesson'.length);
  return body
    .split(/^Slide \d+ - .*$/m)
    .map((s) =>
      s
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    )
    .filter((lines) => lines.length > 0);
}

async function imported(file: string, out = 'les'): Promise<Lesson> {
  const result = await importFile({ file, out: join(dir, out), language: null, title: null, cwd: dir });
  expect(result.imported).not.toBeNull();
  const { lesson, diagnostics } = await loadLesson(join(dir, out), dir);
  expect(diagnostics.filter((d) => !d.code.startsWith('IMPORT_'))).toEqual([]);
  return lesson!;
}

describe('a slide tool text export', () => {
  it('the seed becomes the 16 slides of lesson/, with the same titles', async () => {
    const lesson = await imported(SEED);
    const shipped = (await loadLesson(join(ROOT, 'lesson'), ROOT)).lesson!;
    const titles = (l: Lesson): string[] => l.slides.filter((s) => s.kind !== 'result').map((s) => s.title);
    expect(lesson.slides).toHaveLength(16);
    expect(titles(lesson)).toEqual(titles(shipped).slice(0, 16));
    expect(lesson.meta).toMatchObject({ title: 'Les 6: Klachtenafhandeling & Conflicthantering', language: 'nl' });
  });

  it('every sentence of the seed is on its slide, word for word with its punctuation and quote marks', async () => {
    const lesson = await imported(SEED);
    const seed = seedSlides(await readFile(SEED, 'utf8'));
    expect(seed).toHaveLength(16);
    seed.forEach((lines, i) => {
      const text = slideText(lesson.slides[i]!, lesson);
      for (const line of lines) {
        if (line === 'timer' || /^\d+:\d\d$/.test(line)) continue; // the timer, checked below
        // A bullet's "•" is the list's; a numbered paragraph's number is its list item's (shown by the browser).
        const words = line.replace(/^•\s*/, '');
        const found = text.includes(words) || text.includes(words.replace(/^\d+\.\s+/, ''));
        expect({ slide: i + 1, line, found }).toEqual({
          slide: i + 1,
          line,
          found: true,
        });
      }
    });
    expect(lesson.slides[9]!.blocks.find((b) => b.type === 'timer')).toMatchObject({ seconds: 20 * 60 });
  });

  it('a slide that only asks a question becomes an open question on it; the folder builds into both zips', async () => {
    const lesson = await imported(SEED);
    expect(lesson.questions).toEqual([expect.objectContaining({ id: 'wat-weet-je-nog', type: 'open' })]);
    expect(lesson.slides[2]!.blocks.map((b) => b.type)).toEqual(['markdown', 'question']);
    const { packages, diagnostics } = await buildPackages(join(dir, 'les'), ['1.2', '2004'], dir);
    expect(diagnostics).toEqual([]);
    expect(packages).toHaveLength(2);
  });

  it('text that Markdown would read as markup stays as written', async () => {
    const lines = [
      '*Niet* vet, _niet_ schuin',
      '# geen kop',
      '+ geen lijst',
      '2024. Geen genummerde lijst',
      '<b>geen HTML</b> en [geen link](x) en `geen code`',
      'Kosten &amp; baten | tabel? \\ backslash',
      '> geen citaat',
    ];
    const text = ['Titel van de les', 'Slide 1 - Slide', 'Een dia', ...lines, 'Slide 2 - Slide'].join('\n');
    await writeFile(join(dir, 'export.txt'), text);
    const lesson = await imported(join(dir, 'export.txt'));
    const shown = slideText(lesson.slides[1]!, lesson);
    for (const line of lines) expect(shown).toContain(line);
    expect(lesson.slides[1]!.blocks.map((b) => b.type)).toEqual(['markdown']);
  });
});
