// A YouTube video and a gate as a learner meets them in real Chromium, in both SCORM versions
// (test/fixtures/video-gate: Welkom with a captioned picture, Uitleg with `::video`, 2 questions, the
// result, then `::gate` on Antwoorden and Tot slot). This machine has no internet, and the package
// must not reach it anyway: requests to youtube-nocookie.com are aborted and only counted.

import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { useChromium } from './harness/chromium.js';
import { answer, next, questionOnScreen, slideCount, slideOnScreen } from './learner.js';
import { session } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';
import { scormdown } from '../helpers/cli.js';
import { testFolder } from '../helpers/temp.js';

const file = useChromium('test/fixtures/video-gate', ['1.2', '2004']);
const EMBED = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
const CLOSED = 'Maak eerst de toets af: daarna gaan de volgende dia’s open.';

async function menuItems(course: Frame): Promise<Array<{ title: string; closed: boolean }>> {
  await course.getByRole('button', { name: 'Dia’s', exact: true }).click();
  const items = await course.locator('[data-goto]').evaluateAll((buttons) =>
    buttons.map((b) => ({
      title: (b.textContent ?? '').replace(/^\s*\d+\s*/, '').trim(),
      closed: b.getAttribute('aria-disabled') === 'true',
    })),
  );
  await course.getByRole('button', { name: 'Sluiten', exact: true }).click();
  return items;
}

describe.each(['1.2', '2004'] as const)('SCORM %s: video and gate', (version) => {
  it('embeds the privacy-enhanced player only on its slide, with its title and a link to the video', async () => {
    const requested: string[] = [];
    await session(file.browser, file.pkg(version), version, async (lms) => {
      await lms.page.route(/youtube-nocookie\.com/, (route) => {
        requested.push(route.request().url());
        return route.abort();
      });
      const course = lms.course;
      await expect.poll(() => slideOnScreen(course).locator('figcaption').textContent()).toBe('Zo ziet de les eruit');
      const frame = course.locator('iframe');
      expect(await frame.getAttribute('src')).not.toBe(EMBED);
      const asked = lms.page.waitForRequest(/youtube-nocookie\.com/);
      await next(course);
      const video = slideOnScreen(course).locator('iframe');
      expect(
        await video.evaluate((el) => ({
          src: el.getAttribute('src'),
          title: el.getAttribute('title'),
          lazy: el.getAttribute('loading'),
          fullscreen: el.hasAttribute('allowfullscreen'),
          referrer: el.getAttribute('referrerpolicy'),
        })),
      ).toEqual({
        src: EMBED,
        title: 'Uitleg over klachten',
        lazy: 'lazy',
        fullscreen: true,
        referrer: 'strict-origin-when-cross-origin',
      });
      expect((await asked).url()).toBe(EMBED);
      const link = slideOnScreen(course).getByRole('link', { name: 'Bekijk de video op YouTube' });
      expect([await link.getAttribute('href'), await link.getAttribute('target')]).toEqual([
        'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        '_blank',
      ]);
      // Leaving the slide unloads the player: nothing keeps playing out of sight.
      await next(course);
      expect(await frame.getAttribute('src')).toBe('about:blank');
      return [];
    });
    expect(requested).toEqual([EMBED]);
  });

  it('keeps the gated slides closed until the quiz is finished, and says why', async () => {
    const run = await session(file.browser, file.pkg(version), version, async (lms, lesson) => {
      const course = lms.course;
      const note = course.getByRole('alert').filter({ hasText: CLOSED });
      for (let i = 0; i < 4; i++) await next(course);
      expect([await slideCount(course), await note.isVisible()]).toEqual(['Dia 5 van 7', false]);
      // The arrow key, Next and the menu all stop at the gate with the same note.
      await course.locator('body').press('ArrowRight');
      expect([await slideCount(course), await note.isVisible()]).toEqual(['Dia 5 van 7', true]);
      await course.locator('body').press('ArrowLeft');
      expect([await slideCount(course), await note.isVisible()]).toEqual(['Dia 4 van 7', false]);
      await next(course);
      await next(course);
      expect([await slideCount(course), await note.isVisible()]).toEqual(['Dia 5 van 7', true]);
      expect(await slideOnScreen(course).getByText('2 vragen nog niet beantwoord').isVisible()).toBe(true);
      const closed = (await menuItems(course)).filter((item) => item.closed).map((item) => item.title);
      expect(closed).toEqual(['Antwoorden', 'Tot slot']);
      await course.getByRole('button', { name: 'Dia’s', exact: true }).click();
      // Dimmed (aria-disabled) for a screen reader, so Playwright clicks it only when forced; a click still says why.
      await course.getByRole('button', { name: /Tot slot/ }).click({ force: true });
      expect([await slideCount(course), await note.isVisible()]).toEqual(['Dia 5 van 7', true]);
      // From the result slide's list of open questions to the first; both answered right.
      await slideOnScreen(course).getByRole('button', { name: 'Wie heeft het eerste woord?' }).click();
      expect([await slideCount(course), await note.isVisible()]).toEqual(['Dia 3 van 7', false]);
      const answered = [];
      for (let i = 0; i < 2; i++) {
        const q = await questionOnScreen(course, lesson);
        if (q === undefined) throw new Error(`no question on ${await slideCount(course)}`);
        await answer(course, q, true, lesson);
        answered.push(q);
        await next(course);
      }
      await expect.poll(() => slideOnScreen(course).getByText('Je score: 100%').isVisible()).toBe(true);
      await next(course);
      expect([await slideCount(course), await note.isVisible()]).toEqual(['Dia 6 van 7', false]);
      expect(await slideOnScreen(course).getByRole('heading', { name: 'Antwoorden' }).isVisible()).toBe(true);
      expect((await menuItems(course)).filter((item) => item.closed)).toEqual([]);
      return answered;
    });
    expect(strictViolations(version, run.record)).toEqual([]);
  });
});

describe('the compiled CLI', () => {
  it('builds a lesson with a web video: exit 0, the warning with its place and hint, both zips written', async () => {
    const dir = testFolder('scormdown-video-');
    await cp('test/fixtures/video-gate', path.join(dir, 'les'), { recursive: true });
    const run = await scormdown(['build', 'les', '--out', 'dist'], dir);
    expect(run.code).toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(
      'les/lesson.md:16:9 VIDEO_NEEDS_INTERNET warning: this slide shows a video from YouTube',
    );
    expect(`${run.stdout}${run.stderr}`).toContain('hint: fine where learners have the internet');
    expect((await readdir(path.join(dir, 'dist'))).sort()).toEqual([
      'video-gate-scorm12.zip',
      'video-gate-scorm2004.zip',
    ]);
  });
});
