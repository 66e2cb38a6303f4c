// Audio and video a teacher wrote as `![alt](file)` (test/fixtures/valid-media: a 64x36 mp4 with
// Dutch captions beside it, a silent wav, a webm without captions, a PDF), as a student on a phone
// meets them in real Chromium: players that load from the package, start only when asked, fit
// 360 px, are named for a screen reader, and show the captions.

import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useStandaloneCourse } from './standalone-course.js';
import { currentSlide, next, scrollsSideways, seriousViolations, slideCounter } from './learner.js';

const course = useStandaloneCourse('test/fixtures/valid-media');
let page: Page;
beforeEach(async () => {
  page = course.page;
  await page.setViewportSize({ width: 360, height: 740 });
});

interface PlayerView {
  tag: string;
  paused: boolean;
  autoplay: boolean;
  controls: boolean;
  /** 0 until the file's metadata loaded. */
  duration: number;
  width: number;
  height: number;
  /** The player spans the text column (a video keeps its shape: height follows the width). */
  fillsColumn: boolean;
  /** Width / height of a video on screen, 2 decimals (0 for audio: its bar's height is the browser's). */
  shape: number;
  tracks: Array<{ kind: string; language: string; mode: string; cues: string[] }>;
}

/** What the learner gets from a player, once its metadata (and any default track) has loaded. */
async function playerView(player: Locator): Promise<PlayerView> {
  await player.evaluate(
    (el: HTMLMediaElement) =>
      new Promise<void>((resolve) => {
        const ready = (): boolean =>
          el.readyState >= 1 && [...el.textTracks].every((t) => t.mode !== 'showing' || (t.cues?.length ?? 0) > 0);
        const poll = (): void => (ready() ? resolve() : void setTimeout(poll, 20));
        poll();
      }),
  );
  return player.evaluate((el: HTMLMediaElement) => {
    const box = el.getBoundingClientRect();
    const column = el.parentElement?.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      paused: el.paused,
      autoplay: el.autoplay,
      controls: el.controls,
      duration: Math.round(el.duration * 100) / 100,
      width: el instanceof HTMLVideoElement ? el.videoWidth : 0,
      height: el instanceof HTMLVideoElement ? el.videoHeight : 0,
      fillsColumn:
        column !== undefined &&
        Math.round(box.left) === Math.round(column.left) &&
        Math.round(box.width) === Math.round(column.width),
      shape: el instanceof HTMLVideoElement ? Math.round((box.width / box.height) * 100) / 100 : 0,
      tracks: [...el.textTracks].map((t) => ({
        kind: t.kind,
        language: t.language,
        mode: t.mode,
        cues: [...(t.cues ?? [])].map((c) => (c as VTTCue).text),
      })),
    };
  });
}

describe('media in a lesson', () => {
  it('the video loads from the package, waits for the learner, fits the phone and shows Dutch captions', async () => {
    const video = currentSlide(page).getByLabel('Uitleg over klachten');
    expect(await playerView(video)).toEqual({
      tag: 'video',
      paused: true,
      autoplay: false,
      controls: true,
      duration: 0.93,
      width: 64,
      height: 36,
      fillsColumn: true,
      shape: 1.78,
      tracks: [{ kind: 'captions', language: 'nl', mode: 'showing', cues: ['Zo handel je een klacht af.'] }],
    });
    expect(course.served.requests.filter((r) => r.startsWith('course/assets/')).sort()).toEqual(
      expect.arrayContaining(['course/assets/uitleg.mp4', 'course/assets/uitleg.vtt']),
    );
  });

  it('the audio player is named by its alt text and loads the file', async () => {
    await next(page);
    const audio = currentSlide(page).getByLabel('Interview met een klant');
    expect(await playerView(audio)).toEqual({
      tag: 'audio',
      paused: true,
      autoplay: false,
      controls: true,
      duration: 0.05,
      width: 0,
      height: 0,
      fillsColumn: true,
      shape: 0,
      tracks: [],
    });
  });

  it('a video without a .vtt has no captions; a PDF is a link', async () => {
    await next(page);
    await next(page);
    const video = currentSlide(page).getByLabel('Kort filmpje');
    expect(await playerView(video)).toMatchObject({
      tag: 'video',
      paused: true,
      width: 64,
      height: 36,
      fillsColumn: true,
      shape: 1.78,
      tracks: [],
    });
    const link = currentSlide(page).getByRole('link', { name: 'Werkblad klachten' });
    expect(await link.getAttribute('href')).toBe('assets/werkblad.pdf');
  });

  it('at 360 px no media slide scrolls sideways and axe finds nothing serious', async () => {
    const problems: Array<{ slide: string; sideways: boolean; violations: unknown[] }> = [];
    for (let n = 1; n <= 3; n++) {
      const sideways = await scrollsSideways(page);
      const violations = await seriousViolations(page);
      if (sideways || violations.length > 0) problems.push({ slide: await slideCounter(page), sideways, violations });
      if (n < 3) await next(page);
    }
    expect(problems).toEqual([]);
  });
});
