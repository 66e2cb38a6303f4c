// A learner's hands for the player tests: everything goes through roles, labels and visible text,
// the way a person (or a screen reader user) finds things. No private hooks into the player.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';

/** The slide on screen (the others are in the HTML but hidden). */
export function currentSlide(page: Page): Locator {
  return page.getByRole('main').locator('section:visible');
}

export async function slideCounter(page: Page): Promise<string> {
  return (await page.getByText(/^Dia \d+ van \d+$/).textContent()) ?? '';
}

export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
}

/** Clicks "Volgende" until the slide whose heading is `heading` is shown. */
export async function nextUntil(page: Page, heading: string | RegExp): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (await currentSlide(page).getByRole('heading', { name: heading }).isVisible()) return;
    await next(page);
  }
  throw new Error(`no slide with heading ${heading}`);
}

/** Presses "Controleer antwoord" and returns the feedback, one entry per paragraph. */
export async function check(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Controleer antwoord' }).click();
  const feedback = currentSlide(page).getByRole('status');
  await feedback.locator('p').first().waitFor();
  return (await feedback.locator('p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Puts an ordering question's items in `wanted` order with the "Omhoog" buttons, as a keyboard user would. */
export async function orderItems(page: Page, wanted: string[]): Promise<void> {
  const list = currentSlide(page).getByRole('list');
  for (let target = 0; target < wanted.length; target++) {
    const name = wanted[target] as string;
    const texts = (await list.getByRole('listitem').allTextContents()).map((t) => t.trim());
    const at = texts.findIndex((t) => t.includes(name));
    for (let k = at; k > target; k--) await page.getByRole('button', { name: `Omhoog: ${name}` }).click();
  }
}

export async function listedItems(page: Page): Promise<string[]> {
  const items = await currentSlide(page).getByRole('list').getByRole('listitem').allTextContents();
  return items.map((t) => t.replace(/[↑↓⠿]/g, '').trim());
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
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
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
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
