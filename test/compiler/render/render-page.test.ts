// The page as an LMS serves it and a learner's browser first reads it: before any script runs.

import { describe, expect, it } from 'vitest';
import { stringsFor } from '../../../src/shared/i18n.js';
import type { Question } from '../../../src/shared/model.js';
import { embedJson, htmlToText } from '../../../src/compiler/markdown/html-text.js';
import type { Lesson } from '../../../src/compiler/model.js';
import { clock } from '../../../src/shared/clock.js';
import { lessonData as renderedData } from '../../../src/compiler/render/lesson-data.js';
import { renderLesson, renderPage as renderRendered } from '../../../src/compiler/render/render-page.js';
import { makeLesson, openQuestion, singleQuestion } from '../../helpers/lessons.js';
import { lexed } from '../../helpers/markdown.js';
import { lessonDataOf } from '../../helpers/package.js';

// The render stage as the pipeline runs it: the lesson's Markdown rendered once, then its data and page.
const lessonData = (lesson: Lesson) => renderedData(renderLesson(lesson));
const renderPage = (lesson: Lesson) => renderRendered(renderLesson(lesson), lessonData(lesson));

const trueFalse: Question = {
  type: 'true-false',
  id: 'tf',
  promptHtml: 'Klopt <em>dit</em>?',
  promptText: 'Klopt dit?',
  points: 1,
  feedback: { correct: '', incorrect: '' },
  answer: true,
};
const match: Question = {
  type: 'match',
  id: 'koppel',
  promptHtml: 'Koppel',
  promptText: 'Koppel',
  points: 2,
  feedback: { correct: '', incorrect: '' },
  sources: [{ id: 'a', html: 'Toegeven' }],
  targets: [{ id: 'a', html: 'Krediet &amp; <strong>lange</strong> termijn' }],
  pairs: { a: 'a' },
};

describe('lessonData', () => {
  it('carries the settings, slides, questions and the UI strings of the lesson language', () => {
    const lesson = makeLesson({ attempts: 2, navigation: 'visited', solutions: 'never' }, [singleQuestion('q1')]);
    expect(lessonData(lesson)).toEqual({
      id: 'les-test',
      title: 'Testles',
      version: '1.0.0',
      language: 'nl',
      passingScore: 70,
      completion: 'slides-and-quiz',
      attempts: 2,
      navigation: 'visited',
      solutions: 'never',
      score: 'best',
      slides: [
        { title: 'Welkom', kind: 'content', k: expect.stringMatching(KEY3) },
        { title: 'Welke?', kind: 'question', k: expect.stringMatching(KEY3) },
      ],
      // k and o (the s2 key, for data saved before s3) 4 characters, f: a print per option.
      questions: [
        {
          ...singleQuestion('q1'),
          k: expect.stringMatching(/^[\w-]{4}$/),
          o: expect.stringMatching(/^[\w-]{4}$/),
          f: expect.stringMatching(/^[\w-]{2}$/),
        },
      ],
      strings: stringsFor('nl'),
    });
  });
});

const KEY3 = /^[\w-]{3}$/;

describe('keys of slides and questions (what suspend_data names them by)', () => {
  const keys = (lesson: ReturnType<typeof makeLesson>) => lessonData(lesson);

  it('stay the same when slides are inserted before them, and differ between slides with the same heading', () => {
    const before = makeLesson({}, [singleQuestion('q1'), singleQuestion('q2')]);
    const after = makeLesson({}, [singleQuestion('q0'), singleQuestion('q1'), singleQuestion('q2')]);
    const [a, b] = [keys(before), keys(after)];
    expect(b.slides.slice(2).map((s) => s.k)).toEqual(a.slides.slice(1).map((s) => s.k));
    expect(b.questions.slice(1).map((q) => q.k)).toEqual(a.questions.map((q) => q.k));
    const twice = makeLesson({}, []);
    twice.slides.push(
      { ...twice.slides[0]!, blocks: [{ type: 'markdown', markdown: lexed('anders'), pos: twice.slides[0]!.pos }] },
      twice.slides[0]!,
    );
    expect(new Set(keys(twice).slides.map((s) => s.k)).size).toBe(3);
  });

  it('of a slide named with `::slide ID` stay the same when its heading and text change', () => {
    const named = makeLesson({}, []);
    const renamed = makeLesson({}, []);
    named.slides[0] = { ...named.slides[0]!, id: 'welkom' };
    renamed.slides[0] = { ...renamed.slides[0]!, id: 'welkom', title: 'Hallo allemaal', blocks: [] };
    expect(keys(renamed).slides[0]!.k).toBe(keys(named).slides[0]!.k);
    expect(keys({ ...renamed, slides: [{ ...renamed.slides[0]!, id: undefined }] }).slides[0]!.k).not.toBe(
      keys(named).slides[0]!.k,
    );
  });

  it('of a question change with its id, type and number of options, not with any text, points or the key', () => {
    const q = singleQuestion('q1');
    if (q.type !== 'single') throw new Error('fixture');
    const k = (question: Question) => keys(makeLesson({}, [question])).questions[0]!.k;
    expect(k({ ...q, promptHtml: 'Anders?', points: 5, feedback: { correct: 'Ja', incorrect: 'Nee' } })).toBe(k(q));
    expect(k({ ...q, choices: q.choices.map((c, i) => (i === 0 ? { ...c, html: c.html + '!' } : c)) })).toBe(k(q));
    expect(k({ ...q, choices: q.choices.map((c) => ({ ...c, correct: !c.correct })) })).toBe(k(q));
    expect(k({ ...q, choices: [...q.choices, { id: 'c', html: 'Misschien', correct: false }] })).not.toBe(k(q));
    expect(k({ ...q, type: 'multiple' })).not.toBe(k(q));
    expect(k({ ...q, id: 'q9' })).not.toBe(k(q));
  });
});

describe('renderPage', () => {
  const lesson = makeLesson({}, [singleQuestion('q1'), trueFalse, match, openQuestion('open')]);
  lesson.slides.push({ kind: 'result', title: 'Je resultaat', blocks: [], pos: lesson.slides[0]!.pos });
  const html = renderPage(lesson);

  it('is a Dutch page for phones that loads only the package’s own files', () => {
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<title>Testles</title>');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect([...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'data:,',
      'player.css',
      'player.js',
    ]);
  });

  it('has every slide as a section, only the first one shown', () => {
    const sections = [...html.matchAll(/<section class="sd-slide sd-(\w+)" id="slide-(\d+)"[^>]*?( hidden)?>/g)];
    expect(sections.map((m) => [m[1], m[2], m[3] === ' hidden'])).toEqual([
      ['content', '1', false],
      ['question', '2', true],
      ['question', '3', true],
      ['question', '4', true],
      ['question', '5', true],
      ['result', '6', true],
    ]);
    expect(html).toContain('Dia 1 van 6');
    expect(html).toContain('<h2>Je resultaat</h2>');
    expect(html).toContain('<p>Nodig om te slagen: 70%</p>');
  });

  // The player rewrites the result slide with numberFormat too: the learner never sees "62.5%" turn into "62,5%".
  it.each([
    ['nl', '<p>Nodig om te slagen: 62,5%</p>'],
    ['en', '<p>Needed to pass: 62.5%</p>'],
    // A no-break space before "%" (and in French before ":"), as CLDR writes percentages: never a line break there.
    ['de', '<p>Zum Bestehen nötig: 62,5\u00a0%</p>'],
    ['fr', '<p>Nécessaire pour réussir\u00a0: 62,5\u202f%</p>'],
    ['es', '<p>Necesario para aprobar: 62,5\u00a0%</p>'],
  ])('writes a fractional pass mark the %s way', (language, line) => {
    const fractional = makeLesson({ passingScore: 62.5, language });
    fractional.slides.push({ kind: 'result', title: 'Je resultaat', blocks: [], pos: fractional.slides[0]!.pos });
    expect(renderPage(fractional)).toContain(line);
  });

  it('renders questions as form controls with Dutch labels', () => {
    expect(html).toContain('<legend class="sd-legend"><h2 class="sd-prompt">Klopt <em>dit</em>?</h2></legend>');
    expect(
      [...html.matchAll(/<input type="radio" name="q-tf" value="(\w+)"> <span>([^<]*)<\/span>/g)].map((m) => [
        m[1],
        m[2],
      ]),
    ).toEqual([
      ['true', 'Waar'],
      ['false', 'Niet waar'],
    ]);
    expect(html).toContain(
      '<select id="q-koppel-a" data-source="a"><option value="">Kies…</option><option value="a">Krediet &amp; lange termijn</option></select>',
    );
    expect(html).toContain('<textarea class="sd-text" id="q-open-answer" name="answer" rows="5"></textarea>');
    // Three graded questions are checked; the open one saves its answer (nothing to check).
    expect(html.match(/>Controleer antwoord</g)?.length).toBe(3);
    expect(html.match(/>Antwoord opslaan</g)?.length).toBe(1);
  });

  it('embeds the lesson data so that no author text can end the script element', () => {
    const sneaky = makeLesson({ title: 'A </script><script>alert(1)</script>' });
    const page = renderPage(sneaky);
    expect(lessonDataOf(page).title).toBe('A </script><script>alert(1)</script>');
    expect(page.match(/<\/script>/g)?.length).toBe(2);
    expect(embedJson({ t: '<!--' })).toBe('{"t":"\\u003c!--"}');
  });
});

describe('helpers', () => {
  it('formats timers as MM:SS and flattens HTML to text for options and labels', () => {
    expect([clock(1200), clock(65), clock(5400), clock(0)]).toEqual(['20:00', '01:05', '90:00', '00:00']);
    expect(htmlToText('Krediet &amp; <strong>lange</strong>&#160;termijn &quot;x&quot;')).toBe(
      'Krediet & lange termijn "x"',
    );
  });
});
