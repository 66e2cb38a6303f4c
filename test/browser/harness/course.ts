// A learner's hands inside the course frame of the LMS page: buttons, labels and visible text, as
// a person (or a screen reader) finds them. The lesson data embedded in the built page tells the
// test which answers are right, the way a teacher's answer key would.

import { expect } from 'vitest';
import type { Frame, Locator } from 'playwright-core';
import type { LessonData, Question } from '../../../src/shared/model.js';
import type { Files } from './serve.js';

export function lessonDataOf(pkg: Files): LessonData {
  const html = String(pkg.get('index.html') ?? '');
  const json = /<script type="application\/json" id="lesson-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('index.html has no lesson data');
  return JSON.parse(json) as LessonData;
}

const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();

export function slideOnScreen(frame: Frame): Locator {
  return frame.getByRole('main').locator('section:visible');
}

export async function slideCount(frame: Frame): Promise<string> {
  return ((await frame.locator('[data-count]').textContent()) ?? '').trim();
}

export async function next(frame: Frame, label = 'Volgende'): Promise<void> {
  await frame.getByRole('button', { name: label, exact: true }).click();
}

/** The question on the slide on screen, if any (the id is the form's, the prompt what the learner reads). */
export async function questionOnScreen(frame: Frame, lesson: LessonData): Promise<Question | undefined> {
  const form = slideOnScreen(frame).locator('form[data-question]');
  if ((await form.count()) === 0) return undefined;
  const id = await form.getAttribute('data-question');
  return lesson.questions.find((q) => q.id === id);
}

async function choose(slide: Locator, labels: string[]): Promise<void> {
  for (const label of labels) await slide.getByLabel(label, { exact: true }).check();
}

async function orderItems(slide: Locator, wanted: string[]): Promise<void> {
  for (let target = 0; target < wanted.length; target++) {
    const name = wanted[target]!;
    const texts = (await slide.getByRole('listitem').allTextContents()).map((t) => t.replace(/[↑↓⠿]/g, '').trim());
    const at = texts.indexOf(name);
    for (let k = at; k > target; k--) await slide.getByRole('button', { name: `Omhoog: ${name}`, exact: true }).click();
  }
}

/** Answers the question on screen, right or wrong, and checks it; returns the feedback text. */
export async function answer(frame: Frame, q: Question, right: boolean, lesson: LessonData): Promise<string> {
  const slide = slideOnScreen(frame);
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const picked = right ? q.choices.filter((c) => c.correct) : q.choices.filter((c) => !c.correct).slice(0, 1);
      await choose(
        slide,
        picked.map((c) => text(c.html)),
      );
      break;
    }
    case 'true-false':
      await choose(slide, [q.answer === right ? lesson.strings.trueLabel : lesson.strings.falseLabel]);
      break;
    case 'order': {
      const items = q.items.map((i) => text(i.html));
      await orderItems(slide, right ? items : [...items].reverse());
      break;
    }
    case 'match':
      for (const [i, source] of q.sources.entries()) {
        const targetId = right ? q.pairs[source.id] : q.pairs[q.sources[(i + 1) % q.sources.length]!.id];
        const target = q.targets.find((t) => t.id === targetId)!;
        await slide.getByLabel(text(source.html), { exact: true }).selectOption({ label: text(target.html) });
      }
      break;
    case 'fill-in':
      await slide
        .getByLabel(lesson.strings.yourAnswer)
        .fill(right ? q.answers[q.answers.length - 1]!.toUpperCase() : 'weet ik niet');
      break;
    case 'open':
      await slide.getByLabel(lesson.strings.yourAnswer).fill('Klachten: objectief én subjectief; 100% | [,] zeker');
      break;
  }
  await slide.getByRole('button', { name: lesson.strings.check }).click();
  const feedback = slide.getByRole('status');
  await feedback.locator('p').first().waitFor();
  return ((await feedback.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Presses Check on the slide on screen and waits for what it says: the verdict, a try left, a hint. */
export async function checkOnScreen(frame: Frame, label = 'Controleer antwoord'): Promise<string> {
  const slide = slideOnScreen(frame);
  await slide.getByRole('button', { name: label }).click();
  const status = slide.getByRole('status');
  await expect.poll(async () => ((await status.textContent()) ?? '').trim()).not.toBe('');
  return ((await status.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Visits every slide from the one on screen to the last, answering each question as `right(q)` says. */
export async function walkThrough(
  frame: Frame,
  lesson: LessonData,
  right: (q: Question) => boolean,
): Promise<Question[]> {
  const answered: Question[] = [];
  for (;;) {
    const q = await questionOnScreen(frame, lesson);
    const checkButton = slideOnScreen(frame).getByRole('button', { name: lesson.strings.check });
    if (q !== undefined && (await checkButton.count()) > 0 && (await checkButton.isEnabled())) {
      await answer(frame, q, right(q), lesson);
      answered.push(q);
    }
    const nextButton = frame.getByRole('button', { name: lesson.strings.next, exact: true });
    if (await nextButton.isDisabled()) return answered;
    await nextButton.click();
  }
}
