// The Dutch lesson this repo ships, checked against its source: the slide-tool export in
// test/fixtures/seeds (a copy of the seed the lesson was written from). A learner must find every
// sentence of the seed on the same slide of the built page, with its bullet or step number; the
// quiz must cover every question type and be answerable from the slides.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadLesson } from '../src/compiler/load-lesson.js';
import { renderLesson } from '../src/compiler/render/render-page.js';
import type { Lesson } from '../src/compiler/model.js';
import { stringsFor } from '../src/shared/i18n.js';
import type { Question, QuestionType } from '../src/shared/model.js';
import { packageFiles } from './helpers/package.js';
import { testFolder } from './helpers/temp.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = readFileSync(new URL('fixtures/seeds/000_b10594688f87e62d.txt', import.meta.url), 'utf8');
const SVG_PATH = 'assets/soorten-klachten.svg';

interface SeedSlide {
  title: string;
  /** Lines after the title as a learner reads them: "• " for bullets, "3. " for numbered steps. */
  lines: string[];
  /** "20:00" when the export shows a timer element ("timer" then the time) on this slide. */
  timer: string | null;
}

/** Slides of the export. Everything up to "Items in this lesson" is the tool's page chrome; after
 *  it, the content of slide N stands before its "Slide N - Slide" marker. */
function seedSlides(text: string): SeedSlide[] {
  const lines = text.split('\n').map((l) => l.trim());
  const slides: SeedSlide[] = [];
  let current: string[] = [];
  for (const line of lines.slice(lines.indexOf('Items in this lesson') + 1)) {
    const marker = /^Slide (\d+) - Slide$/.exec(line);
    if (marker) {
      expect(Number(marker[1])).toBe(slides.length + 1);
      slides.push(toSlide(current));
      current = [];
    } else if (line !== '') {
      current.push(line);
    }
  }
  expect(current).toEqual([]);
  return slides;
}

function toSlide([title = '', ...rest]: string[]): SeedSlide {
  const at = rest.indexOf('timer');
  const timer = at >= 0 && /^\d+:\d\d$/.test(rest[at + 1] ?? '') ? (rest[at + 1] ?? null) : null;
  const lines = timer === null ? rest : rest.filter((_, i) => i !== at && i !== at + 1);
  return { title, lines: lines.map((l) => l.replace(/^•\s*/, '• ')), timer };
}

/** Sentences of a line; a step number ("1.") stays with its sentence. */
function sentences(line: string): string[] {
  return line.split(/(?<=[^\d\s][.!?])\s+/);
}

// Block boundaries read as a space; inline tags (em, a, span) join their text to its neighbours.
const BLOCK_TAG =
  /<\/?(?:p|div|section|main|nav|header|footer|h[1-6]|ul|ol|li|br|hr|blockquote|table|tr|td|th|form|fieldset|legend|label|button|select|option|textarea|figure|figcaption|pre|text|tspan|title|desc)\b[^>]*>/gi;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of HTML as it reads on screen: list markers written out the way the browser draws them
 *  ("• ", or the item's number counted from `<ol start>`), scripts and tags dropped, entities
 *  decoded, white space collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<ol\b([^>]*)>([\s\S]*?)<\/ol>/gi, (_, attrs: string, body: string) => {
      let n = Number(/\bstart="(\d+)"/.exec(attrs)?.[1] ?? 1);
      return body.replace(/<li\b[^>]*>/gi, (li) => `${li}${n++}. `);
    })
    .replace(/<ul\b[^>]*>([\s\S]*?)<\/ul>/gi, (_, body: string) => body.replace(/<li\b[^>]*>/gi, (li) => `${li}• `))
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
      name[0] !== '#'
        ? (ENTITIES[name.toLowerCase()] ?? whole)
        : String.fromCodePoint(
            name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
          ),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the seed's slide N shows that the page's slide N does not: whole lines, then sentences. */
function missingFrom(text: string, slide: SeedSlide): string[] {
  const expected = [slide.title, ...slide.lines];
  return [...expected, ...expected.flatMap(sentences)].filter((s) => !text.includes(s));
}

const seed = seedSlides(SEED);
let lesson: Lesson;
let page: string;
let svgInPackage: Buffer | string | undefined;

beforeAll(async () => {
  const loaded = await loadLesson(`${ROOT}lesson`, ROOT);
  expect(loaded.diagnostics).toEqual([]);
  lesson = loaded.lesson as Lesson;
  const files = await packageFiles(`${ROOT}lesson`, '2004');
  page = String(files.get('index.html'));
  svgInPackage = files.get(SVG_PATH);
});

/** The page's slides, by the number the learner sees ("Dia 3 van 33"), as visible text. */
function pageSlides(html: string): Map<number, string> {
  const sections = html.matchAll(/<section\b[^>]*\bid="slide-(\d+)"[^>]*>([\s\S]*?)<\/section>/g);
  return new Map([...sections].map((m) => [Number(m[1]), visibleText(m[2] ?? '')]));
}

describe('the seed export', () => {
  it('has 16 slides, one timer, and the titles the lesson must keep', () => {
    expect(seed.map((s) => s.title)).toEqual([
      'Les 6: Klachtenafhandeling & Conflicthantering',
      'Wat is het doel van deze les?',
      'Wat weet je nog?',
      'Wat gaan we deze les doen:',
      'Soorten klachten',
      'Klachten afhandelen',
      'Klachten afhandelen',
      'Klachten afhandelen',
      'Klachten afhandelen',
      'Opdracht',
      'Conflictaanjagers',
      'Conflictremmers',
      'Conflicthantering',
      'Conflicthantering',
      'Conflicthantering',
      'Conflicthantering',
    ]);
    expect(seed.map((s) => s.timer)).toEqual(seed.map((s) => (s.title === 'Opdracht' ? '20:00' : null)));
  });
});

describe('the built page of the Dutch lesson (SCORM 2004 index.html)', () => {
  it('shows every line and sentence of the seed on the same slide, bullets and step numbers included', () => {
    const slides = pageSlides(page);
    const missing = seed.map((s, i) => ({ slide: i + 1, missing: missingFrom(slides.get(i + 1) ?? '', s) }));
    expect(missing).toEqual(seed.map((_, i) => ({ slide: i + 1, missing: [] })));
  });

  it('is in Dutch', () => {
    expect(page).toMatch(/<html lang="nl">/);
    expect(visibleText(page)).toContain('Dia 1 van');
  });

  it('shows the illustration with alt text on the "Soorten klachten" slide', () => {
    const section = /<section\b[^>]*\bid="slide-5"[^>]*>([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
    const img = /<img\b[^>]*>/.exec(section)?.[0] ?? '';
    expect(/\bsrc="([^"]*)"/.exec(img)?.[1]).toBe(SVG_PATH);
    expect(/\balt="([^"]*)"/.exec(img)?.[1]).toMatch(/objectieve klacht.*subjectieve klacht/is);
  });
});

describe('the lesson model', () => {
  it('has the front matter the README promises', () => {
    const { quizFiles, ...meta } = lesson.meta;
    expect({ ...meta, description: meta.description !== '' }).toEqual({
      id: 'les6-klachtenafhandeling',
      title: 'Les 6: Klachtenafhandeling & Conflicthantering',
      language: 'nl',
      version: '1.0.0',
      description: true,
      passingScore: 70,
      completion: 'slides-and-quiz',
      attempts: 3,
      navigation: 'free',
      solutions: 'after-last-attempt',
      score: 'best',
      scoring: 'all-or-nothing',
      shuffle: false,
      tries: 1,
      html: 'allowlist',
      ui: {},
      theme: {},
    });
    expect(quizFiles).toEqual(['quiz.yaml']);
  });

  it('has the 16 seed slides in order, then "Toets", one slide per quiz question, and the result', () => {
    const quizYaml = parseYaml(readFileSync(`${ROOT}lesson/quiz.yaml`, 'utf8')) as Array<{ id: string; type: string }>;
    const inQuiz = quizYaml.filter((q) => q.id !== 'wat-weet-je-nog');
    const prompt = (id: string): string => lesson.questions.find((q) => q.id === id)?.promptText ?? `(no ${id})`;
    expect(lesson.slides.map((s) => [s.kind, s.title])).toEqual([
      ...seed.map((s) => ['content', s.title]),
      ['content', 'Toets'],
      ...inQuiz.map((q) => ['question', prompt(q.id)]),
      ['result', stringsFor('nl').resultTitle],
    ]);
  });

  it('has a 20-minute timer on the Opdracht slide and no other timer', () => {
    const timers = lesson.slides.flatMap((s) => s.blocks.filter((b) => b.type === 'timer').map((b) => [s.title, b]));
    expect(timers.map(([title, b]) => [title, (b as { seconds: number }).seconds])).toEqual([['Opdracht', 20 * 60]]);
  });

  it('asks "Wat weet je nog?" as an open question on its own slide', () => {
    const slide = lesson.slides[2];
    expect(slide?.blocks.map((b) => b.type)).toEqual(['markdown', 'question']);
    expect(slide?.blocks[1]).toMatchObject({ type: 'question', questionId: 'wat-weet-je-nog' });
    expect(lesson.questions.find((q) => q.id === 'wat-weet-je-nog')).toMatchObject({ type: 'open', points: 0 });
  });

  it('packages the SVG as it is in lesson/assets', () => {
    expect(lesson.assets.map((a) => a.target)).toEqual([SVG_PATH]);
    expect(String(svgInPackage)).toBe(readFileSync(`${ROOT}lesson/${SVG_PATH}`, 'utf8'));
  });
});

describe('the quiz', () => {
  // As the player receives them: rendered.
  const graded = (): Question[] => renderLesson(lesson).questions.filter((q) => q.points > 0);

  it('has at least 8 graded questions covering every graded question type', () => {
    expect(graded().length).toBeGreaterThanOrEqual(8);
    const types = new Set<QuestionType>(graded().map((q) => q.type));
    expect([...types].sort()).toEqual(['fill-in', 'match', 'multiple', 'order', 'single', 'true-false']);
  });

  it('has a multiple-choice question with several correct options', () => {
    const counts = graded().flatMap((q) => (q.type === 'multiple' ? [q.choices.filter((c) => c.correct).length] : []));
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(2);
  });

  it('orders the five steps of the complaint procedure as the slides number them', () => {
    const steps = seed.flatMap((s) => s.lines.filter((l) => /^\d\. De /.test(l))).map((l) => l.slice(3));
    const order = graded().find((q) => q.type === 'order');
    expect(steps.length).toBe(5);
    expect(order?.type === 'order' ? order.items.map((i) => i.html) : []).toEqual(steps);
  });

  it('matches the five techniques of slide 13 to descriptions taken from slides 14 to 16', () => {
    const techniques = seed[12]!.lines.slice(-5).map((l) => l.replace(/[;.]$/, ''));
    const match = graded().find((q) => q.type === 'match');
    if (match?.type !== 'match') throw new Error('no match question');
    expect(match.sources.map((s) => s.html)).toEqual(techniques);
    const slideText = seed
      .slice(13, 16)
      .flatMap((s) => s.lines)
      .join(' ')
      .toLowerCase();
    const unfound = match.targets.map((t) => t.html).filter((d) => !slideText.includes(d.toLowerCase()));
    expect(unfound).toEqual([]);
  });

  it('accepts several spellings in its fill-in questions', () => {
    const fillIns = graded().flatMap((q) => (q.type === 'fill-in' ? [q] : []));
    expect(fillIns.map((q) => [q.id, q.answers.length >= 2, q.caseSensitive])).toEqual(
      fillIns.map((q) => [q.id, true, false]),
    );
  });

  it('points back to a slide of the lesson after a wrong answer, and explains a right one', () => {
    const refs = graded().map((q) => {
      const slides = [...q.feedback.incorrect.matchAll(/\bdia (\d+)/g)].map((m) => Number(m[1]));
      return [q.id, slides.length > 0 && slides.every((n) => n >= 1 && n <= seed.length), q.feedback.correct !== ''];
    });
    expect(refs).toEqual(graded().map((q) => [q.id, true, true]));
  });

  it('keeps option texts short enough for a phone (at most 45 characters)', () => {
    const texts = graded().flatMap((q) =>
      q.type === 'single' || q.type === 'multiple'
        ? q.choices.map((c) => c.html)
        : q.type === 'order'
          ? q.items.map((i) => i.html)
          : q.type === 'match'
            ? [...q.sources, ...q.targets].map((i) => i.html)
            : [],
    );
    expect(texts.filter((t) => visibleText(t).length > 45)).toEqual([]);
  });
});

describe('the illustration', () => {
  const svg = readFileSync(`${ROOT}lesson/${SVG_PATH}`, 'utf8');

  it('has a title and a description for screen readers and names both kinds of complaint', () => {
    expect(/<svg\b[^>]*\brole="img"[^>]*aria-labelledby="([^"]+)"/.exec(svg)?.[1]).toBe('sk-title sk-desc');
    expect(/<title id="sk-title">([^<]+)<\/title>/.exec(svg)?.[1]).toMatch(/objectieve.*subjectieve/i);
    expect(visibleText(svg.replace(/<(title|desc)\b[\s\S]*?<\/\1>/g, ''))).toMatch(
      /Objectieve klacht.*Subjectieve klacht/,
    );
  });

  it('loads nothing from outside the package (no links, no fonts, no external references)', () => {
    expect(svg.match(/\b(?:href|src)\s*=|url\(|@import|<image\b|<script\b|<foreignObject\b/gi)).toBeNull();
  });

  it('keeps its smallest text at least 13 px high on a 360 px phone (image 328 px wide)', () => {
    const width = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
    const sizes = [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes) * (328 / width)).toBeGreaterThanOrEqual(13);
  });
});

describe("the example in the README's format section", () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const spec = readme.slice(readme.indexOf('<!-- FORMAT-SPEC'), readme.indexOf('<!-- /FORMAT-SPEC -->'));
  const block = (lang: string): string => new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(spec)?.[1] ?? '';

  it('is a lesson that loads without a single diagnostic', async () => {
    const dir = testFolder('readme-lesson-');
    writeFileSync(join(dir, 'lesson.md'), block('markdown'));
    writeFileSync(join(dir, 'quiz.yaml'), block('yaml'));
    const { lesson: example, diagnostics } = await loadLesson(dir, dir);
    expect(diagnostics).toEqual([]);
    expect(example?.slides.map((s) => [s.kind, s.title]).slice(0, 4)).toEqual([
      ['content', 'Les 6: Klachtenafhandeling & Conflicthantering'],
      ['content', 'Opdracht'],
      ['content', 'Wat weet je nog?'],
      ['content', 'Toets'],
    ]);
    expect(example?.questions.map((q) => q.type)).toEqual([
      'open',
      'single',
      'multiple',
      'true-false',
      'order',
      'match',
      'numeric',
      'fill-in',
    ]);
  });
});
