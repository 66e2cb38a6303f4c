// `scormdown print LESSON|COURSE`: the lesson (each lesson of a course) as a handout PDF, printed by the Chromium installed on the
// machine from the lesson's own page (its print style shows every slide in order, without the
// navigation: src/runtime/styles.css, @media print). With `--answers` each question is followed by
// its correct answer. Nothing is fetched: the page and its files are written to a temporary folder
// and printed from there.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { format, stringsFor } from '../../shared/i18n.js';
import { assertNever } from '../../shared/model.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostics.js';
import { ReadError, failedWrite } from '../diagnostics/errors.js';
import { markdownText } from '../markdown/render-markdown.js';
import type { Lesson, QuizQuestion } from '../model.js';
import { LAUNCH_FILE } from '../package/manifest.js';
import { lessonPackages, type Zip } from '../pipeline.js';
import { loadLesson } from '../load-lesson.js';
import { isCourse, loadCourse } from '../load-course.js';

const run = promisify(execFile);

export interface PrintOptions {
  lessonDir: string;
  /** null: `<lesson id>.pdf` in the working folder. */
  out: string | null;
  answers: boolean;
  cwd: string;
}

export interface PrintResult {
  diagnostics: Diagnostic[];
  language: string | null;
  /** Each PDF written (one per lesson of a course); null when a lesson has errors. */
  written: Array<{ file: string; slides: number }> | null;
}

/** Where Chromium (or Chrome) is: $CHROMIUM, else the usual places. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [
    env.CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ];
  return candidates.find((c): c is string => c !== undefined && c !== '' && existsSync(c)) ?? null;
}

/** A question's correct answer in words, from what the author wrote (the handout's key). */
function answerKey(q: QuizQuestion, trueLabel: string, falseLabel: string): string {
  const t = (md: Parameters<typeof markdownText>[0]): string => markdownText(md).trim();
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.choices
        .filter((c) => c.correct)
        .map((c) => t(c.html))
        .join(', ');
    case 'true-false':
      return q.answer ? trueLabel : falseLabel;
    case 'order':
      return q.items.map((item, i) => `${i + 1}. ${t(item.html)}`).join(' ');
    case 'match':
      return q.sources.map((s) => `${t(s.html)}: ${t(q.targets.find((x) => x.id === q.pairs[s.id])!.html)}`).join('; ');
    case 'fill-in':
      return q.answers[0] ?? '';
    case 'numeric':
      return q.shown;
    case 'open':
      return '';
    default:
      return assertNever(q);
  }
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page with each question's correct answer after it. */
export function withAnswers(page: string, lesson: Lesson): string {
  const strings = stringsFor(lesson.meta.language);
  let html = page.replace('</head>', '<style>.sd-key{margin:.5rem 0;font-weight:600}</style>\n</head>');
  for (const q of lesson.questions) {
    const key = answerKey(q, strings.trueLabel, strings.falseLabel);
    if (key === '') continue;
    const line = `<p class="sd-key">${escapeHtml(format(strings.correctAnswer, { answer: key }))}</p>`;
    html = html.replace(
      new RegExp(
        `(<form class="sd-q" data-question="${q.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[\\s\\S]*?)</form>`,
      ),
      `$1${line}</form>`,
    );
  }
  return html;
}

export async function printLesson(options: PrintOptions): Promise<PrintResult> {
  const dir = path.resolve(options.cwd, options.lessonDir);
  if (isCourse(dir)) return printCourse(dir, options);
  const { lesson, diagnostics, language } = await loadLesson(dir, options.cwd);
  if (lesson === null || hasErrors(diagnostics)) return { diagnostics, language, written: null };
  const job = await jobOf(lesson, path.resolve(options.cwd, options.out ?? `${lesson.meta.id}.pdf`));
  await printPages([job], options.answers);
  return { diagnostics, language, written: [shown(options.cwd, job)] };
}

/** A course: a handout per lesson, `<lesson id>.pdf` in the folder --out names (else here), each lesson
 *  as the course read it (with its defaults and logo), as its package has it. All written, or none. */
async function printCourse(dir: string, options: PrintOptions): Promise<PrintResult> {
  const { course, diagnostics, language } = await loadCourse(dir, options.cwd);
  if (course === null) return { diagnostics, language, written: null };
  const folder = path.resolve(options.cwd, options.out ?? '.');
  const jobs: Job[] = [];
  for (const { lesson } of course.lessons) jobs.push(await jobOf(lesson, path.join(folder, `${lesson.meta.id}.pdf`)));
  await printPages(jobs, options.answers);
  return { diagnostics, language, written: jobs.map((j) => shown(options.cwd, j)) };
}

/** The lesson's 2004 package (the one with the fuller data model; the page prints the same). */
async function jobOf(lesson: Lesson, out: string): Promise<Job> {
  const { packages } = await lessonPackages(lesson, ['2004']);
  return { pkg: packages[0]!, lesson, out };
}

/** A lesson's page to print and where its PDF goes. */
interface Job {
  pkg: Zip;
  lesson: Lesson;
  out: string;
}

const shown = (cwd: string, { out, lesson }: Job): { file: string; slides: number } => ({
  file: path.relative(cwd, out) || out,
  slides: lesson.slides.length,
});

/** Each page printed by Chromium from a temporary folder into `<out>.part`; when all are printed, each
 *  part becomes its PDF; a failure takes every part back. */
async function printPages(jobs: readonly Job[], answers: boolean): Promise<void> {
  const browser = chromiumPath();
  if (browser === null) {
    throw new ReadError('chromium', 'ENOENT', (w) => w.printNoChromium());
  }
  const parts = jobs.map((j) => `${j.out}.part`);
  try {
    for (const [i, { pkg, lesson, out }] of jobs.entries()) {
      await mkdir(path.dirname(out), { recursive: true }).catch(failedWrite(out));
      await printPage(browser, pkg, lesson, parts[i]!, out, answers);
    }
    for (const [i, { out }] of jobs.entries()) await rename(parts[i]!, out).catch(failedWrite(out));
  } finally {
    await Promise.all(parts.map((part) => rm(part, { force: true })));
  }
}

async function printPage(
  browser: string,
  pkg: Zip,
  lesson: Lesson,
  part: string,
  out: string,
  answers: boolean,
): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scormdown-print-'));
  try {
    for (const [name, body] of pkg.files) {
      const file = path.join(dir, ...name.split('/'));
      await mkdir(path.dirname(file), { recursive: true });
      const content = name === LAUNCH_FILE && answers ? withAnswers(String(body), lesson) : body;
      await writeFile(file, content);
    }
    await run(
      browser,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-pdf-header-footer',
        '--virtual-time-budget=5000',
        `--print-to-pdf=${part}`,
        pathToFileURL(path.join(dir, LAUNCH_FILE)).href,
      ],
      { timeout: 120_000 },
    ).catch(failedWrite(out));
    await stat(part).catch(failedWrite(out));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
