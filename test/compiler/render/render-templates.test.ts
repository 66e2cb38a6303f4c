// The one Handlebars loader, and the compiled CLI that carries every template precompiled: a
// teacher's build (lib/scormdown.js) must give the very zips the sources under test give.

import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPackages } from '../../../src/compiler/pipeline.js';
import { loadTemplate, precompiledModule } from '../../../src/compiler/render/render-templates.js';
import { zipFiles } from '../../../src/compiler/package/zip.js';

describe('loadTemplate', () => {
  it('escapes HTML and XML templates, fails on a misspelt field, and writes Markdown and YAML as they are', () => {
    const manifest = loadTemplate<Record<string, unknown>>('imsmanifest-2004.xml.hbs');
    expect(() => manifest({})).toThrow(/not defined/);
    const yaml = { yaml: (text: string) => JSON.stringify(text) };
    const lesson = loadTemplate('new-lesson/en/lesson.md.hbs', { helpers: yaml })({
      title: 'Q&A: <b>',
      id: 'q-a',
      language: 'en',
      command: 'scormdown',
    });
    expect(lesson).toContain('title: "Q&A: <b>"');
  });

  it('precompiles every template under templates/ for the compiled CLI, the starter lesson and the preview included', () => {
    const names = [...precompiledModule().matchAll(/^"([^"]+)": /gm)].map((m) => m[1]);
    expect(names).toEqual(
      expect.arrayContaining([
        'imsmanifest-12.xml.hbs',
        'imsmanifest-2004.xml.hbs',
        'new-lesson/en/lesson.md.hbs',
        'new-lesson/nl/quiz.yaml.hbs',
        'page.html.hbs',
        'partials/slide.hbs',
        'preview.html.hbs',
      ]),
    );
  });
});

describe('the compiled CLI', () => {
  it('builds the zips the sources build, byte for byte (its precompiled templates are current)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scormdown-lib-'));
    try {
      execFileSync(process.execPath, ['lib/scormdown.js', 'build', 'lesson', '--out', dir], { stdio: 'ignore' });
      const { packages } = await buildPackages('lesson', ['1.2', '2004']);
      const expected = await Promise.all(
        (packages ?? []).map(async (p) => [p.fileName, await zipFiles(p.files, p.date)] as const),
      );
      expect((await readdir(dir)).sort()).toEqual(expected.map(([name]) => name).sort());
      const stale = 'lib/ is stale: run `npm run compile` (npm test does)';
      for (const [name, bytes] of expected)
        expect((await readFile(join(dir, name))).equals(bytes), `${name}: ${stale}`).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
