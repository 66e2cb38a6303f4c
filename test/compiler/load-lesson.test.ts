import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/compiler/diagnostics/diagnostics.js';
import { loadLesson } from '../../src/compiler/load-lesson.js';
import { renderLesson } from '../../src/compiler/render/render-page.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = 'test/fixtures/valid-minimal';
const at = (file: string, line: number, column = 1) => ({ file: `${fixture}/${file}`, line, column });

describe('loadLesson on test/fixtures/valid-minimal', () => {
  it('builds the whole Lesson model, its Markdown kept as written with the line it starts on', async () => {
    const { lesson, diagnostics } = await loadLesson(fixture, root);
    expect(diagnostics).toEqual([]);
    if (lesson === null) throw new Error('no lesson');
    expect(
      lesson.slides
        .flatMap((s) => s.blocks)
        .flatMap((b) => (b.type === 'markdown' ? [[b.markdown.source, b.markdown.pos, b.pos]] : [])),
    ).toEqual([
      [
        '\n# Welkom\n\nEen **korte** les met een [werkblad](assets/werkblad.pdf).\n\n![Een plaatje](assets/plaatje.svg)\n',
        at('lesson.md', 7),
        at('lesson.md', 8),
      ],
      ['\n## Opdracht\n\nWerk samen.\n', at('lesson.md', 15), at('lesson.md', 16)],
      ['\n```\n---\n::not-a-directive\n```\n', at('lesson.md', 21), at('lesson.md', 22)],
      ['\n## Vraag\n', at('lesson.md', 28), at('lesson.md', 29)],
    ]);
    expect(lesson.questions.map((q) => [q.id, q.promptHtml.source, q.promptHtml.pos])).toEqual([
      ['eerste', 'Wat is *twee* plus twee?', at('quiz.yaml', 3, 11)],
      ['stappen', 'Zet in volgorde.', at('quiz.yaml', 13, 11)],
      ['koppel', 'Koppel.', at('quiz.yaml', 18, 11)],
    ]);
    // Rendered once, after checking: the HTML of every slide and question.
    const { slides, questions } = renderLesson(lesson);
    expect({ ...lesson, slides, questions }).toEqual({
      dir: path.join(root, fixture),
      modified: expect.any(Date),
      meta: {
        id: 'minimal.lesson-1',
        title: 'Minimal: a lesson',
        language: 'nl',
        version: '1.0.0',
        description: '',
        passingScore: 50,
        completion: 'slides-and-quiz',
        attempts: 0,
        navigation: 'free',
        solutions: 'after-last-attempt',
        score: 'best',
        quizFiles: ['quiz.yaml'],
        scoring: 'all-or-nothing',
        shuffle: false,
        tries: 1,
        html: 'allowlist',
        ui: {},
        theme: {},
      },
      slides: [
        {
          kind: 'content',
          title: 'Welkom',
          pos: at('lesson.md', 8),
          blocks: [
            {
              type: 'markdown',
              pos: at('lesson.md', 8),
              html:
                '<h1>Welkom</h1>\n<p>Een <strong>korte</strong> les met een <a href="assets/werkblad.pdf" target="_blank" rel="noopener">werkblad</a>.</p>\n' +
                '<p><img src="assets/plaatje.svg" alt="Een plaatje"></p>',
            },
          ],
        },
        {
          kind: 'content',
          title: 'Opdracht',
          pos: at('lesson.md', 16),
          blocks: [
            { type: 'markdown', html: '<h2>Opdracht</h2>\n<p>Werk samen.</p>', pos: at('lesson.md', 16) },
            { type: 'timer', seconds: 150, pos: at('lesson.md', 20) },
            { type: 'markdown', html: '<pre><code>---\n::not-a-directive\n</code></pre>', pos: at('lesson.md', 22) },
          ],
        },
        {
          kind: 'content',
          title: 'Vraag',
          pos: at('lesson.md', 29),
          blocks: [
            { type: 'markdown', html: '<h2>Vraag</h2>', pos: at('lesson.md', 29) },
            { type: 'question', questionId: 'eerste', pos: at('lesson.md', 31, 12) },
          ],
        },
        {
          kind: 'question',
          title: 'Zet in volgorde.',
          pos: at('quiz.yaml', 11, 3),
          blocks: [{ type: 'question', questionId: 'stappen', pos: at('quiz.yaml', 11, 3) }],
        },
        {
          kind: 'question',
          title: 'Koppel.',
          pos: at('quiz.yaml', 16, 3),
          blocks: [{ type: 'question', questionId: 'koppel', pos: at('quiz.yaml', 16, 3) }],
        },
        { kind: 'result', title: 'Je resultaat', blocks: [], pos: at('lesson.md', 35) },
      ],
      questions: [
        {
          id: 'eerste',
          type: 'single',
          promptHtml: 'Wat is <em>twee</em> plus twee?',
          promptText: 'Wat is twee plus twee?',
          points: 1,
          feedback: { correct: 'Goed zo!', incorrect: '' },
          choices: [
            { id: 'a', html: 'Vier', correct: true },
            { id: 'b', html: 'Vijf', correct: false },
          ],
        },
        {
          id: 'stappen',
          type: 'order',
          promptHtml: 'Zet in volgorde.',
          promptText: 'Zet in volgorde.',
          points: 1,
          feedback: { correct: '', incorrect: '' },
          items: [
            { id: 'a', html: 'Een' },
            { id: 'b', html: 'Twee' },
            { id: 'c', html: 'Drie' },
          ],
          shown: ['b', 'a', 'c'],
        },
        {
          id: 'koppel',
          type: 'match',
          promptHtml: 'Koppel.',
          promptText: 'Koppel.',
          points: 2,
          feedback: { correct: '', incorrect: '' },
          sources: [
            { id: 'a', html: 'Rood' },
            { id: 'b', html: 'Blauw' },
            { id: 'c', html: 'Groen' },
          ],
          targets: [
            { id: 'a', html: 'Kleur van de lucht' },
            { id: 'b', html: 'Kleur van bloed' },
            { id: 'c', html: 'Kleur van gras' },
          ],
          pairs: { a: 'b', b: 'a', c: 'c' },
        },
      ],
      assets: [
        {
          bytes: readFileSync(path.join(root, fixture, 'assets/plaatje.svg')),
          target: 'assets/plaatje.svg',
          pos: at('lesson.md', 12, 16),
        },
        {
          bytes: readFileSync(path.join(root, fixture, 'assets/werkblad.pdf')),
          target: 'assets/werkblad.pdf',
          pos: at('lesson.md', 10, 38),
        },
      ],
    });
  });

  it('gives the same model on a second load (deterministic shuffles)', async () => {
    const first = await loadLesson(fixture, root);
    const second = await loadLesson(path.join(root, fixture), root);
    expect(second).toEqual(first);
  });

  it('shows paths relative to the working directory it is given', async () => {
    const { lesson } = await loadLesson('valid-minimal', path.join(root, 'test/fixtures'));
    expect(lesson?.slides[0]?.pos).toEqual({ file: 'valid-minimal/lesson.md', line: 8, column: 1 });
  });

  it('reports a folder without lesson.md', async () => {
    const { lesson, diagnostics } = await loadLesson('test/fixtures', root);
    expect(lesson).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.pos])).toEqual([
      ['LESSON_FILE_MISSING', { file: 'test/fixtures/lesson.md', line: 1, column: 1 }],
    ]);
  });
});

// The shipped Dutch lesson (lesson/) must load without errors once it has been written.
describe.skipIf(!existsSync(path.join(root, 'lesson/lesson.md')))('loadLesson on lesson/', () => {
  it('has no errors and no warnings', async () => {
    const { lesson, diagnostics } = await loadLesson('lesson', root);
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
    expect(lesson?.meta.language).toBe('nl');
  });
});

describe('completion that needs a quiz the lesson does not have', () => {
  async function lessonWith(frontMatter: string, quiz?: string) {
    const dir = await mkdtemp(path.join(tmpdir(), 'scormdown-completion-'));
    await writeFile(path.join(dir, 'lesson.md'), `---\ntitle: Les\nid: les\n${frontMatter}---\n\n# Dia\n\n::quiz\n`);
    if (quiz !== undefined) await writeFile(path.join(dir, 'quiz.yaml'), quiz);
    const { diagnostics } = await loadLesson(dir, dir);
    await rm(dir, { recursive: true });
    return diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      line: d.pos.line,
      column: d.pos.column,
      message: d.message,
    }));
  }
  const openOnly = '- id: vraag\n  type: open\n  prompt: Wat weet je nog?\n';

  it('warns at the completion line when only open questions exist: the lesson completes on its slides', async () => {
    expect(await lessonWith('completion: quiz\n', openOnly)).toEqual([
      {
        code: 'META_COMPLETION_NO_QUIZ',
        severity: 'warning',
        line: 4,
        column: 13,
        message:
          'completion "quiz" needs a quiz, but the lesson has no graded question: it completes when every slide is seen',
      },
    ]);
  });

  it('says nothing for completion: slides, for the default, or when a graded question exists', async () => {
    expect(await lessonWith('completion: slides\n', openOnly)).toEqual([]);
    expect(await lessonWith('', openOnly)).toEqual([]);
    const graded = '- id: vraag\n  type: true-false\n  prompt: Klopt dit?\n  answer: true\n';
    expect(await lessonWith('completion: quiz\n', graded)).toEqual([]);
  });
});

describe('loadLesson and `::slide ID`', () => {
  it('names the slide it stands on, and only that one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'scormdown-slide-id-'));
    await writeFile(
      path.join(dir, 'lesson.md'),
      '---\ntitle: Les\nid: les\n---\n\n::slide start\n# Welkom\n\n---\n\n# Verder\n',
    );
    const { lesson, diagnostics } = await loadLesson(dir, dir);
    await rm(dir, { recursive: true });
    expect(diagnostics).toEqual([]);
    expect(lesson?.slides.map((s) => [s.title, s.id])).toEqual([
      ['Welkom', 'start'],
      ['Verder', undefined],
    ]);
  });
});

describe("the theme's logo", () => {
  async function withLogo(logo: string) {
    const dir = await mkdtemp(path.join(tmpdir(), 'scormdown-logo-'));
    await writeFile(path.join(dir, 'school.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
    await writeFile(path.join(dir, 'lesson.md'), `---\ntitle: T\nid: t\ntheme:\n  logo: ${logo}\n---\n\n# A\n\nx\n`);
    try {
      return await loadLesson(dir, root);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('goes into the package like a slide picture', async () => {
    const { lesson, diagnostics } = await withLogo('school.svg');
    expect(diagnostics).toEqual([]);
    expect(lesson?.assets.map((a) => a.target)).toEqual(['school.svg']);
  });

  it('that is missing is an error at its front matter line, and nothing builds', async () => {
    const { lesson, diagnostics } = await withLogo('assets/logo.png');
    expect(lesson).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.pos.line, d.pos.column])).toEqual([['ASSET_MISSING', 5, 9]]);
  });
});
