// A learner clicks a link to a website in the lesson, inside the LMS's frame (Moodle's
// iframe#scorm_object, scorm-again as the LMS). The website opens in a new tab; the lesson stays on
// its slide and its session goes on: had the link opened in the frame, the SCO would have unloaded
// and, in Moodle, the learner would be out of the activity. No internet here: the "website" is a
// page of a second local server, another origin than the LMS.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageFiles } from '../helpers/package.js';
import { ROOT } from '../helpers/cli.js';
import { useChromium } from './harness/chromium.js';
import { slideOnScreen } from './harness/course.js';
import { moodleStart, openInLms, type LmsSession } from './harness/lms.js';
import { serveFiles, type Served } from './harness/serve.js';

const file = useChromium();
let site: Served;
let lms: LmsSession;
let dir = '';

beforeAll(async () => {
  site = await serveFiles(
    new Map([['klachten.html', '<!doctype html><title>Klachtenwijzer</title><h1>Klachtenwijzer</h1>']]),
  );
  dir = await mkdtemp(join(tmpdir(), 'scormdown-links-'));
  await cp(join(ROOT, 'test/fixtures/valid-minimal'), dir, { recursive: true });
  const lesson = join(dir, 'lesson.md');
  const text = await readFile(lesson, 'utf8');
  await writeFile(
    lesson,
    text.replace('\n# Welkom\n', `\n# Welkom\n\nLees eerst de [Klachtenwijzer](${site.origin}/klachten.html).\n`),
  );
  lms = await openInLms(file.browser, await packageFiles(dir, '2004'), { version: '2004', cmi: moodleStart('2004') });
});
afterAll(async () => {
  await lms?.close();
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a link to a website in the lesson', () => {
  it('opens in a new tab, and the lesson stays on its slide with its LMS session open', async () => {
    const lessonUrl = lms.course.url();
    const opened = lms.page.context().waitForEvent('page');
    await slideOnScreen(lms.course).getByRole('link', { name: 'Klachtenwijzer' }).click();
    const tab = await opened;
    await tab.waitForLoadState('load');
    expect({ url: tab.url(), title: await tab.title() }).toEqual({
      url: `${site.origin}/klachten.html`,
      title: 'Klachtenwijzer',
    });
    // The lesson's frame was not navigated: same page, same slide, and the session never ended.
    expect(lms.course.url()).toBe(lessonUrl);
    await expect.poll(() => slideOnScreen(lms.course).getByRole('heading', { level: 1 }).textContent()).toBe('Welkom');
    const fns = (await lms.record()).calls.map((c) => c.fn);
    expect(fns).toContain('Initialize');
    expect(fns).not.toContain('Terminate');
    // noopener: the website gets no handle on the lesson's window.
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    expect(lms.errors).toEqual([]);
  });
});
