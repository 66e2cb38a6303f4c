// The saved-progress keys do not move when the rendering does: a marked update, another way of
// writing links, a new UI text. Here every piece of Markdown renders otherwise (links get new
// attributes, paragraphs a class, option texts an extra space) and the result slide has another
// title; the shipped lesson's keys and prints stay exactly those pinned in shipped-keys.ts.
// (In the unit-isolated project: it replaces modules with vi.mock.)

import { describe, expect, it, vi } from 'vitest';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import { lessonData } from '../../../src/compiler/render/lesson-data.js';
import { renderLesson } from '../../../src/compiler/render/render-page.js';
import { projectPath } from '../../../src/compiler/paths.js';
import type * as Rendering from '../../../src/compiler/markdown/render-markdown.js';
import type * as I18n from '../../../src/shared/i18n.js';
import { QUESTIONS, SLIDES } from './shipped-keys.js';

vi.mock('../../../src/compiler/markdown/render-markdown.js', async (importOriginal) => {
  const real = await importOriginal<typeof Rendering>();
  return {
    ...real,
    markdownRenderer: (...args: Parameters<typeof real.markdownRenderer>) => {
      const renderer = real.markdownRenderer(...args);
      return {
        html: (md: Parameters<typeof renderer.html>[0]) =>
          renderer
            .html(md)
            .replace(/ /g, '  ')
            .replace(/<a {2}/g, '<a rel="noopener" class="sd-link" ')
            .replace(/<p>/g, '<p class="sd-text">'),
      };
    },
  };
});

vi.mock('../../../src/shared/i18n.js', async (importOriginal) => {
  const real = await importOriginal<typeof I18n>();
  return { ...real, stringsFor: (language: string) => ({ ...real.stringsFor(language), resultTitle: 'Uitslag' }) };
});

describe('the keys of the shipped lesson, rendered otherwise', () => {
  it('are the same keys and prints', async () => {
    const { lesson } = await loadLesson(projectPath('lesson'));
    const rendered = renderLesson(lesson!);
    const data = lessonData(rendered);
    // The mocks are in force: the page would look otherwise.
    expect(data.slides.at(-1)?.title).toBe('Uitslag');
    expect(JSON.stringify(rendered.slides)).toContain('<p class=\\"sd-text\\">');
    expect(data.questions[1]?.type === 'single' && data.questions[1].choices[0]?.html).toContain('  ');
    expect(data.slides.map((s) => s.k)).toEqual(SLIDES.map(([, k]) => k));
    expect(data.questions.map((q) => [q.id, q.k, q.f])).toEqual(QUESTIONS.map(([id, k, f]) => [id, k, f]));
  });
});
