// An updated package in an LMS that unzips it over the old one keeping the zip's dates (Chamilo 1.11's
// "Update"), served with a stock Apache's headers: Last-Modified from the file's date, an ETag from its
// date and size, 304 "Not Modified" to a browser that asks with what it cached, no Cache-Control. The
// teacher fixes one word (the same length: the size does not change) and rebuilds; the learner who had
// the lesson open reloads and reads the fix. With the fixed date every earlier build wrote
// (2000-01-01), the server answers 304 and the browser keeps showing the old lesson.

import { cp, mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPackages } from '../../src/compiler/pipeline.js';
import { zipFiles } from '../../src/compiler/package/zip.js';
import { readZip } from '../helpers/unzip.js';
import { useChromium } from './harness/chromium.js';

const file = useChromium();
let work = '';
let server: Server;
let origin = '';

/** Serves `work/site` as a stock Apache does (mod_headers untouched: FileETag MTime Size). */
function apacheLike(root: string): Server {
  return createServer((req, res) => {
    void (async () => {
      const path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      const info = await stat(path).catch(() => null);
      if (info === null || !info.isFile()) return void res.writeHead(404).end();
      const modified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
      const etag = `"${info.mtimeMs.toString(16)}-${info.size.toString(16)}"`;
      const since = req.headers['if-modified-since'];
      const notModified =
        req.headers['if-none-match'] !== undefined
          ? req.headers['if-none-match'] === etag
          : since !== undefined && new Date(since).getTime() >= modified.getTime();
      const headers = { 'Last-Modified': modified.toUTCString(), ETag: etag };
      if (notModified) return void res.writeHead(304, headers).end();
      const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.js') ? 'text/javascript' : 'text/css';
      res.writeHead(200, { ...headers, 'Content-Type': `${type}; charset=utf-8` }).end(await readFile(path));
    })();
  });
}

/** The teacher saves lesson.md with `word` at `saved`; the lesson is built and unzipped into the site as
 *  Chamilo does: over what is there, with the zip's dates (`date`: another date for every entry). */
async function upload(word: string, saved: Date, date?: Date): Promise<void> {
  const lesson = join(work, 'lesson');
  const md = await readFile(join(lesson, 'lesson.md'), 'utf8');
  const line = /Een les die de docent \w+ aanvult\./;
  await writeFile(join(lesson, 'lesson.md'), md.replace(line, `Een les die de docent ${word} aanvult.`));
  for (const source of ['lesson.md', 'quiz.yaml']) await utimes(join(lesson, source), saved, saved);
  const { packages } = await buildPackages(lesson, ['1.2']);
  const p = packages![0]!;
  for (const entry of readZip(await zipFiles(p.files, date ?? p.date))) {
    const target = join(work, 'site', entry.name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, entry.data);
    const d = entry.dosDate;
    const t = entry.dosTime;
    const when = new Date(Date.UTC((d >> 9) + 1980, ((d >> 5) & 15) - 1, d & 31, t >> 11, (t >> 5) & 63, (t & 31) * 2));
    await utimes(target, when, when);
  }
}

beforeAll(async () => {
  // Each build dated by its sources, whatever the shell running the tests sets.
  vi.stubEnv('SOURCE_DATE_EPOCH', undefined);
  work = await mkdtemp(join(tmpdir(), 'scormdown-stale-'));
  await cp('test/fixtures/update-v1', join(work, 'lesson'), { recursive: true });
  server = apacheLike(join(work, 'site'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((done) => server.close(done));
  await rm(work, { recursive: true, force: true });
});

/** The learner opens the lesson, the teacher uploads a fix, the learner reloads: what they read. */
async function afterUpdate(dates: { first?: Date; second?: Date }): Promise<string> {
  await rm(join(work, 'site'), { recursive: true, force: true });
  await upload('later', new Date('2026-12-01T10:00:00Z'), dates.first);
  const context = await file.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/index.html`);
    await expect.poll(() => page.getByText('Een les die de docent later aanvult.').isVisible()).toBe(true);
    // The teacher saves the fix a day later.
    await upload('vaker', new Date('2026-12-02T10:00:00Z'), dates.second);
    await page.reload();
    await page.getByText(/Een les die de docent \w+ aanvult\./).waitFor();
    return (await page.getByText(/Een les die de docent \w+ aanvult\./).textContent()) ?? '';
  } finally {
    await context.close();
  }
}

describe('an updated package unzipped over the old one, behind Apache-like caching', () => {
  it("is what the learner reads after a reload: the files carry the lesson's date", async () => {
    expect(await afterUpdate({})).toBe('Een les die de docent vaker aanvult.');
  });

  it('(with the fixed date earlier builds wrote, the browser kept the old lesson: the check can fail)', async () => {
    const fixed = new Date(Date.UTC(2000, 0, 1));
    expect(await afterUpdate({ first: fixed, second: fixed })).toBe('Een les die de docent later aanvult.');
  });
});
