import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleRuntime, loadRuntime, PREBUILT, sizes } from '../../src/compiler/package/bundle-runtime.js';
import { build, buildPackages, packageLesson } from '../../src/compiler/pipeline.js';
import { TARGETS } from '../../src/compiler/package/targets.js';
import { zipFiles } from '../../src/compiler/package/zip.js';
import { makeLesson } from '../helpers/lessons.js';
import { readZip } from '../helpers/unzip.js';
import { manifestErrors } from '../xsd/validate.js';

const CONTENT = ['assets/soorten-klachten.svg', 'imsmanifest.xml', 'index.html', 'player.css', 'player.js'];
const SCHEMA_FILES_12 = TARGETS['1.2'].schemaFiles;
const SCHEMA_FILES_2004 = TARGETS['2004'].schemaFiles;

describe('buildPackages on the Dutch lesson', () => {
  it('builds both versions with their file lists, every manifest valid and complete', async () => {
    const { diagnostics, packages } = await buildPackages('lesson', ['1.2', '2004']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(packages?.map((p) => [p.version, p.fileName])).toEqual([
      ['1.2', 'les6-klachtenafhandeling-scorm12.zip'],
      ['2004', 'les6-klachtenafhandeling-scorm2004.zip'],
    ]);
    const [p12, p2004] = packages ?? [];
    expect([...(p12?.files.keys() ?? [])].sort()).toEqual([...CONTENT, ...SCHEMA_FILES_12].sort());
    expect([...(p2004?.files.keys() ?? [])].sort()).toEqual([...CONTENT, ...SCHEMA_FILES_2004].sort());
    for (const p of packages ?? []) {
      expect(await manifestErrors(p.files, p.version)).toEqual([]);
      const listed = [...(p.files.get('imsmanifest.xml') as string).matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
      expect(listed).toEqual([...p.files.keys()].filter((n) => n !== 'imsmanifest.xml').sort());
    }
  });

  it('ships the schema files byte for byte as kept in templates/schemas', async () => {
    const { packages } = await buildPackages('lesson', ['1.2', '2004']);
    for (const p of packages ?? []) {
      const dir = join('templates', 'schemas', TARGETS[p.version].schemaFolder);
      for (const name of TARGETS[p.version].schemaFiles) {
        expect((p.files.get(name) as Buffer).equals(await readFile(join(dir, name))), name).toBe(true);
      }
    }
  });

  it("carries its own version's player (which API it looks for first) and loads it relatively", async () => {
    const { packages } = await buildPackages('lesson', ['1.2', '2004']);
    const runtime = await loadRuntime();
    expect(runtime.js['1.2']).not.toBe(runtime.js['2004']);
    for (const p of packages ?? []) {
      const html = p.files.get('index.html') as string;
      expect(p.files.get('player.js')).toBe(runtime.js[p.version]);
      expect(html).toMatch(/src="(\.\/)?player\.js"/);
      expect(html).toMatch(/href="(\.\/)?player\.css"/);
    }
  });

  it('carries the lesson data each page hands its player (what the preview reads)', async () => {
    const { packages } = await buildPackages('lesson', ['1.2', '2004']);
    for (const p of packages ?? []) {
      const page = String(p.files.get('index.html'));
      const json = /<script type="application\/json" id="lesson-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? 'null';
      expect(p.data).toEqual(JSON.parse(json));
    }
  });

  it('gives byte-identical zips when built twice', async () => {
    const zips = async () => {
      const { packages } = await buildPackages('lesson', ['1.2', '2004']);
      return Promise.all((packages ?? []).map((p) => zipFiles(p.files)));
    };
    const [first, second] = [await zips(), await zips()];
    expect(first).toHaveLength(2);
    expect(first.map((z, i) => z.equals(second[i] as Buffer))).toEqual([true, true]);
  });
});

describe('packageLesson', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scormdown-pkg-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('copies each asset to its target path and lists it in the manifest', async () => {
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'assets', 'werk blad.pdf'), bytes);
    const lesson = makeLesson();
    lesson.dir = dir;
    lesson.assets = [
      { source: join(dir, 'assets', 'werk blad.pdf'), target: 'assets/werk blad.pdf', pos: lesson.slides[0]!.pos },
    ];
    const runtime = { js: { '1.2': 'var v12=1;', '2004': 'var x=1;' }, css: 'body{}' };
    const pkg = await packageLesson(lesson, '2004', runtime, new Map([['assets/werk blad.pdf', bytes]]));
    expect(pkg.files.get('assets/werk blad.pdf')).toEqual(bytes);
    expect([pkg.files.get('player.js'), pkg.files.get('player.css')]).toEqual(['var x=1;', 'body{}']);
    expect(pkg.files.get('imsmanifest.xml')).toContain('<file href="assets/werk%20blad.pdf"/>');
    expect(await manifestErrors(pkg.files, '2004')).toEqual([]);
  });
});

describe('build', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scormdown-build-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the zips an LMS unpacks to the same files as built in memory', async () => {
    const result = await build({
      lessonDir: 'lesson',
      outDir: join(dir, 'dist'),
      versions: ['2004'],
      cwd: process.cwd(),
    });
    const path = join(dir, 'dist', 'les6-klachtenafhandeling-scorm2004.zip');
    expect(result.written).toEqual([{ path, size: (await readFile(path)).length }]);
    const names = readZip(await readFile(path)).map((e) => e.name);
    expect(names).toEqual([...CONTENT, ...SCHEMA_FILES_2004].sort());
  });

  it('writes nothing for a lesson with errors', async () => {
    await mkdir(join(dir, 'bad'));
    await writeFile(join(dir, 'bad', 'lesson.md'), '---\nid: kapot\n---\n\n# Zonder titel\n');
    const result = await build({ lessonDir: 'bad', outDir: 'dist', versions: ['1.2', '2004'], cwd: dir });
    expect(result.written).toBeNull();
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.pos.file])).toContainEqual([
      'error',
      'META_TITLE_MISSING',
      'bad/lesson.md',
    ]);
    expect(await readdir(dir)).toEqual(['bad']);
  });
});

describe('bundleRuntime', () => {
  it('bundles the player into one self-contained script per SCORM version and one stylesheet', async () => {
    const { js, css } = await bundleRuntime();
    for (const script of [js['1.2'], js['2004']]) {
      expect(script.length).toBeGreaterThan(1000);
      // No module syntax and no loading of anything else: one classic <script> runs it.
      expect(script).not.toMatch(/\bimport\s*[({'"]|\bexport\s*\{|\brequire\(/);
    }
    expect(css.length).toBeGreaterThan(100);
    expect(css).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
    expect(await bundleRuntime()).toEqual({ js, css });
  });

  // Either package records through either API (a 2004 zip in a 1.2-only LMS such as Chamilo 1.11);
  // what differs is which API each looks for first (test/runtime/lms-connect.test.ts).
  it("carries both versions' LMS vocabulary, its own version first", async () => {
    const { js } = await bundleRuntime();
    for (const script of [js['1.2'], js['2004']]) {
      expect(script).toContain('cmi.core.lesson_status');
      expect(script).toContain('cmi.success_status');
    }
    expect(js['1.2']).not.toEqual(js['2004']);
  });

  // The budget every package pays on a phone over a school network (sizes, not times: deterministic).
  it('stays within the size budget: JS at most 12 KB gzipped, CSS at most 4 KB gzipped', async () => {
    const { js, css } = await bundleRuntime();
    expect(sizes(js['1.2']).gzip).toBeLessThanOrEqual(12 * 1024);
    expect(sizes(js['2004']).gzip).toBeLessThanOrEqual(12 * 1024);
    expect(sizes(css).gzip).toBeLessThanOrEqual(4 * 1024);
  });
});

describe('the compiled CLI', () => {
  // `npm test` compiles first (scripts/compile.mjs): what a teacher's build ships is then exactly
  // the player bundled from the sources under test, never a stale one.
  it('carries the player prebuilt from the current sources', async () => {
    const { js, css } = await bundleRuntime();
    const stale = 'lib/ is stale: run `npm run compile` (npm test does)';
    expect(await readFile(join('lib', PREBUILT.js['1.2']), 'utf8'), stale).toBe(js['1.2']);
    expect(await readFile(join('lib', PREBUILT.js['2004']), 'utf8'), stale).toBe(js['2004']);
    expect(await readFile(join('lib', PREBUILT.css), 'utf8'), stale).toBe(css);
  });
});
