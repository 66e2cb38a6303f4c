// No LMS at all (the zip opened from a folder or a plain web server): the player runs standalone,
// says so, and keeps progress in localStorage across a reload. (Finding an LMS in a popup opener, up a
// deep frame chain or past a cross-origin frame: lms-discovery.test.ts.)

import { describe, expect, it } from 'vitest';
import { useChromium } from './harness/chromium.js';
import { answer, lessonDataOf, next, questionOnScreen, slideCount, slideOnScreen } from './harness/course.js';
import { serveFiles, underPrefix } from './harness/serve.js';

const file = useChromium('lesson', ['1.2']);

describe('standalone (no LMS)', () => {
  it('says results are not sent, and keeps slide and answers across a reload', async () => {
    const served = await serveFiles(underPrefix(file.pkg('1.2'), 'some/folder/'));
    const context = await file.browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${served.origin}/some/folder/index.html`);
      const frame = page.mainFrame();
      const lesson = lessonDataOf(file.pkg('1.2'));
      await expect.poll(() => page.getByText(lesson.strings.standalone).isVisible()).toBe(true);
      let q = await questionOnScreen(frame, lesson);
      while (q === undefined) {
        await next(frame);
        q = await questionOnScreen(frame, lesson);
      }
      expect(q.type).toBe('open');
      const at = Number((await slideCount(frame)).split(' ')[1]);
      await answer(frame, q, true, lesson);
      await next(frame);
      await next(frame);
      const where = await slideCount(frame);
      expect(where).toBe(`Dia ${at + 2} van ${lesson.slides.length}`);

      await page.reload();
      await page.waitForSelector('html.sd-ready');
      expect(await slideCount(frame)).toBe(where);
      await next(frame, 'Vorige');
      await next(frame, 'Vorige');
      await expect
        .poll(() => slideOnScreen(frame).getByLabel(lesson.strings.yourAnswer).inputValue())
        .toContain('objectief én subjectief');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await served.close();
    }
  });

  it('keeps working when localStorage throws (private mode, full quota)', async () => {
    const served = await serveFiles(underPrefix(file.pkg('1.2'), 'c/'));
    const context = await file.browser.newContext();
    try {
      await context.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('quota', 'QuotaExceededError');
        };
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${served.origin}/c/index.html`);
      await page.waitForSelector('html.sd-ready');
      await next(page.mainFrame());
      expect(await slideCount(page.mainFrame())).toBe(`Dia 2 van ${lessonDataOf(file.pkg('1.2')).slides.length}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await served.close();
    }
  });
});
