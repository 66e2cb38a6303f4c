// A learner's hands for the player tests, on a page of its own (the standalone course) or inside the
// course frame of an LMS page alike: buttons, labels and visible text, the way a person (or a screen
// reader user) finds them. No private hooks into the player. The lesson data embedded in the built
// page tells a test which answers are right, the way a teacher's answer key would.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import type { LessonData, Question } from '../../src/shared/model.js';

/** Where the course is: its own page, or the LMS page's course frame (both find by role and label). */
export type Course = Page | Frame;

const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();

/** The slide on screen (the others are in the HTML but hidden). */
export function slideOnScreen(course: Course): Locator {
  return course.getByRole('main').locator('section:visible');
}

/** The slide counter as the learner reads it ("Dia 3 van 11"). */
export async function slideCount(course: Course): Promise<string> {
  return ((await course.locator('[data-count]').textContent()) ?? '').trim();
}

export async function next(course: Course, label = 'Volgende'): Promise<void> {
  await course.getByRole('button', { name: label, exact: true }).click();
}

/** Clicks "Volgende" until the slide whose heading is `heading` is shown. */
export async function nextUntil(course: Course, heading: string | RegExp): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (await slideOnScreen(course).getByRole('heading', { name: heading }).isVisible()) return;
    await next(course);
  }
  throw new Error(`no slide with heading ${heading}`);
}

/** Presses "Controleer antwoord" (or `label`: an open question's "Antwoord opslaan") and returns the
 *  feedback, one entry per paragraph. */
export async function check(course: Course, label = 'Controleer antwoord'): Promise<string[]> {
  await course.getByRole('button', { name: label }).click();
  const feedback = slideOnScreen(course).getByRole('status');
  await feedback.locator('p').first().waitFor();
  return (await feedback.locator('p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Presses Check on the slide on screen and waits for what it says: the verdict, a try left, a hint. */
export async function checkOnScreen(course: Course, label = 'Controleer antwoord'): Promise<string> {
  const slide = slideOnScreen(course);
  await slide.getByRole('button', { name: label }).click();
  const status = slide.getByRole('status');
  await expect.poll(async () => ((await status.textContent()) ?? '').trim()).not.toBe('');
  return ((await status.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The items of the ordering question on screen, as listed now. */
export async function listedItems(course: Course): Promise<string[]> {
  const items = await slideOnScreen(course).getByRole('list').getByRole('listitem').allTextContents();
  return items.map((t) => t.replace(/[↑↓⠿]/g, '').trim());
}

/** Puts an ordering question's items in `wanted` order with the "Omhoog" buttons, as a keyboard user would. */
export async function orderItems(course: Course, wanted: string[]): Promise<void> {
  const slide = slideOnScreen(course);
  for (let target = 0; target < wanted.length; target++) {
    const name = wanted[target] as string;
    const at = (await listedItems(course)).indexOf(name);
    for (let k = at; k > target; k--) await slide.getByRole('button', { name: `Omhoog: ${name}`, exact: true }).click();
  }
}

/** The question on the slide on screen, if any (the id is the form's, the prompt what the learner reads). */
export async function questionOnScreen(course: Course, lesson: LessonData): Promise<Question | undefined> {
  const form = slideOnScreen(course).locator('form[data-question]');
  if ((await form.count()) === 0) return undefined;
  const id = await form.getAttribute('data-question');
  return lesson.questions.find((q) => q.id === id);
}

async function choose(slide: Locator, labels: string[]): Promise<void> {
  for (const label of labels) await slide.getByLabel(label, { exact: true }).check();
}

/** Answers the question on screen, right or wrong, and checks it; returns the feedback text. */
export async function answer(course: Course, q: Question, right: boolean, lesson: LessonData): Promise<string> {
  const slide = slideOnScreen(course);
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
      await orderItems(course, right ? items : [...items].reverse());
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
  await slide.getByRole('button', { name: submitLabel(q, lesson) }).click();
  const feedback = slide.getByRole('status');
  await feedback.locator('p').first().waitFor();
  return ((await feedback.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The question's button: "Controleer antwoord", or "Antwoord opslaan" for an open question (nothing to check). */
export function submitLabel(q: Question, lesson: LessonData): string {
  return q.type === 'open' ? lesson.strings.saveAnswer : lesson.strings.check;
}

/** Visits every slide from the one on screen to the last, answering each question as `right(q)` says. */
export async function walkThrough(
  course: Course,
  lesson: LessonData,
  right: (q: Question) => boolean,
): Promise<Question[]> {
  const answered: Question[] = [];
  for (;;) {
    const q = await questionOnScreen(course, lesson);
    const checkButton = slideOnScreen(course).getByRole('button', {
      name: q === undefined ? lesson.strings.check : submitLabel(q, lesson),
    });
    if (q !== undefined && (await checkButton.count()) > 0 && (await checkButton.isEnabled())) {
      await answer(course, q, right(q), lesson);
      answered.push(q);
    }
    const nextButton = course.getByRole('button', { name: lesson.strings.next, exact: true });
    if (await nextButton.isDisabled()) return answered;
    await nextButton.click();
  }
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: number;
}

/** axe-core's serious and critical violations on what is on screen now. axe (654 KB) is injected
 *  once per document: the slides of a lesson are one page, so checking each slide reuses it. */
export async function seriousViolations(course: Course): Promise<AxeViolation[]> {
  if (!(await course.evaluate(() => 'axe' in window))) await course.addScriptTag({ content: AXE });
  return course.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}

/** True when the page scrolls sideways (the frame an LMS gives is all the width there is). */
export function scrollsSideways(course: Course): Promise<boolean> {
  return course.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
