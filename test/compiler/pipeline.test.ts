import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleRuntime, loadRuntime, PREBUILT, sizes } from '../../src/compiler/package/bundle-runtime.js';
import { lessonUses } from '../../src/compiler/package/features.js';
import { loadLesson } from '../../src/compiler/load-lesson.js';
import { renderLesson } from '../../src/compiler/render/render-page.js';
import { EVERY_FEATURE } from '../../src/shared/features.js';
import { build, buildPackages, packageLesson } from '../../src/compiler/pipeline.js';
import { TARGETS } from '../../src/compiler/package/targets.js';
import { zipFiles } from '../../src/compiler/package/zip.js';
import { makeLesson } from '../helpers/lessons.js';
import { readZip } from '../helpers/unzip.js';
import { manifestErrors } from '../xsd/validate.js';
import { lessonDataOf } from '../helpers/package.js';

const CONTENT = [
  'assets/soorten-klachten.svg',
  'imsmanifest.xml',
  'index.html',
  'player.css',
  'player.js',
  'player-s1.js',
  'player-standalone.js',
  // The lesson has a timer: its code is a part, loaded when the learner reaches it.
  'player-timer.js',
];
// Each package carries the other version's table as a part of its own (loaded only in an LMS offering only that API).
const CONTENT_12 = [...CONTENT, 'player-lms-scorm2004.js'];
const CONTENT_2004 = [...CONTENT, 'player-lms-scorm12.js'];
const SCHEMA_FILES_12 = TARGETS['1.2'].schemaFiles;
const SCHEMA_FILES_2004 = TARGETS['2004'].schemaFiles;

/** The features the shipped lesson uses: every question type but numeric, and a timer. */
const SHIPPED_USES = lessonUses(renderLesson((await loadLesson('lesson')).lesson!));

describe('buildPackages on the Dutch lesson', () => {
  it('builds both versions with their file lists, every manifest valid and complete', async () => {
    const { diagnostics, packages } = await buildPackages('lesson', ['1.2', '2004']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(packages?.map((p) => [p.version, p.fileName])).toEqual([
      ['1.2', 'les6-klachtenafhandeling-scorm12.zip'],
      ['2004', 'les6-klachtenafhandeling-scorm2004.zip'],
    ]);
    const [p12, p2004] = packages ?? [];
    expect([...(p12?.files.keys() ?? [])].sort()).toEqual([...CONTENT_12, ...SCHEMA_FILES_12].sort());
    expect([...(p2004?.files.keys() ?? [])].sort()).toEqual([...CONTENT_2004, ...SCHEMA_FILES_2004].sort());
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
    const runtime = await loadRuntime(SHIPPED_USES);
    expect(runtime.js['1.2']).not.toBe(runtime.js['2004']);
    for (const p of packages ?? []) {
      const html = p.files.get('index.html') as string;
      expect(p.files.get('player.js')).toBe(runtime.js[p.version]);
      for (const [name, script] of Object.entries(runtime.parts[p.version]))
        expect(p.files.get(name), name).toBe(script);
      expect(html).toMatch(/src="(\.\/)?player\.js"/);
      expect(html).toMatch(/href="(\.\/)?player\.css"/);
    }
  });

  it('carries the lesson data each page hands its player (what the preview reads)', async () => {
    const { packages } = await buildPackages('lesson', ['1.2', '2004']);
    for (const p of packages ?? []) {
      const page = String(p.files.get('index.html'));
      expect(p.data).toEqual(lessonDataOf(page));
    }
  });

  it('gives byte-identical zips when built twice', async () => {
    const zips = async () => {
      const { packages } = await buildPackages('lesson', ['1.2', '2004']);
      return Promise.all((packages ?? []).map((p) => zipFiles(p.files, p.date)));
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
    lesson.assets = [{ bytes, target: 'assets/werk blad.pdf', pos: lesson.slides[0]!.pos }];
    const runtime = {
      js: { '1.2': 'var v12=1;', '2004': 'var x=1;' },
      parts: { '1.2': {}, '2004': { 'part.js': 'var p=1;' } },
      css: 'body{}',
      partsBase: '',
    };
    const pkg = await packageLesson(lesson, '2004', runtime, new Map([['assets/werk blad.pdf', bytes]]));
    expect(pkg.files.get('assets/werk blad.pdf')).toEqual(bytes);
    expect([pkg.files.get('player.js'), pkg.files.get('part.js'), pkg.files.get('player.css')]).toEqual([
      'var x=1;',
      'var p=1;',
      'body{}',
    ]);
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
    expect(names).toEqual([...CONTENT_2004, ...SCHEMA_FILES_2004].sort());
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
  it('bundles the player into one self-contained script per SCORM version, its parts and one stylesheet', async () => {
    const { js, parts, css } = await bundleRuntime();
    const common = ['player-s1.js', 'player-standalone.js', 'player-timer.js'];
    expect(Object.keys(parts['1.2']).sort()).toEqual(['player-lms-scorm2004.js', ...common]);
    expect(Object.keys(parts['2004']).sort()).toEqual(['player-lms-scorm12.js', ...common]);
    for (const script of [js['1.2'], js['2004'], ...Object.values(parts['1.2']), ...Object.values(parts['2004'])]) {
      expect(script.length).toBeGreaterThan(500);
      // No module syntax and no loading of anything else: one classic <script> runs it.
      expect(script).not.toMatch(/\bimport\s*[({'"]|\bexport\s*\{|\brequire\(/);
    }
    expect(css.length).toBeGreaterThan(100);
    expect(css).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
    expect(await bundleRuntime()).toEqual({ js, parts, css, partsBase: '' });
  });

  // Either package records through either API (a 2004 zip in a 1.2-only LMS such as Chamilo 1.11):
  // its own version's table is in player.js, the other version's in a part loaded only then
  // (test/browser/either-api.test.ts).
  it("carries its own version's LMS vocabulary in player.js, the other's in a part", async () => {
    const { js, parts } = await bundleRuntime();
    expect(js['1.2']).toContain('cmi.core.lesson_status');
    expect(js['1.2']).not.toContain('cmi.success_status');
    expect(parts['1.2']['player-lms-scorm2004.js']).toContain('cmi.success_status');
    expect(js['2004']).toContain('cmi.success_status');
    expect(js['2004']).not.toContain('cmi.core.lesson_status');
    expect(parts['2004']['player-lms-scorm12.js']).toContain('cmi.core.lesson_status');
  });

  // The budget every package pays on a phone over a school network (sizes, not times: deterministic).
  // It holds player.js, what every launch loads; a part loads only in the launches that need it. Each
  // lesson's player carries only the features it uses: the shipped lesson's within 12 KB, one with
  // every feature within 14 KB.
  it('stays within the size budget: JS at most 12 KB gzipped for the shipped lesson, 14 KB with every feature, CSS 4 KB', async () => {
    const shipped = await bundleRuntime(SHIPPED_USES);
    const every = await bundleRuntime(EVERY_FEATURE);
    for (const version of ['1.2', '2004'] as const) {
      expect(sizes(shipped.js[version]).gzip).toBeLessThanOrEqual(12 * 1024);
      expect(sizes(every.js[version]).gzip).toBeLessThanOrEqual(14 * 1024);
      expect(sizes(shipped.js[version]).gzip).toBeLessThan(sizes(every.js[version]).gzip);
    }
    expect(sizes(every.css).gzip).toBeLessThanOrEqual(4 * 1024);
    // A part is one table, one decoder or the standalone tracker, not a second copy of the player.
    for (const script of [...Object.values(every.parts['1.2']), ...Object.values(every.parts['2004'])]) {
      expect(sizes(script).gzip).toBeLessThanOrEqual(3 * 1024);
    }
  });

  it('leaves out what the lesson does not use: the shipped lesson has no numeric question, video or gate', async () => {
    const shipped = await bundleRuntime(SHIPPED_USES);
    const every = await bundleRuntime(EVERY_FEATURE);
    // The numeric answer's parser, the video frames' selector, the gate's lookup.
    for (const code of ['(\\d{1,18})', 'iframe[data-src]', '.gate)']) {
      expect(every.js['1.2'], code).toContain(code);
      expect(shipped.js['1.2'], code).not.toContain(code);
    }
  });
});

describe('the compiled CLI', () => {
  // `npm test` compiles first (scripts/compile.mjs): what a teacher's build ships is then exactly
  // the player bundled from the sources under test, never a stale one.
  it('carries the player prebuilt from the current sources', async () => {
    const { js, parts, css } = await bundleRuntime();
    const stale = 'lib/ is stale: run `npm run compile` (npm test does)';
    expect(await readFile(join('lib', PREBUILT.js['1.2']), 'utf8'), stale).toBe(js['1.2']);
    expect(await readFile(join('lib', PREBUILT.js['2004']), 'utf8'), stale).toBe(js['2004']);
    for (const version of ['1.2', '2004'] as const) {
      for (const [file, name] of Object.entries(PREBUILT.parts[version])) {
        expect(await readFile(join('lib', name), 'utf8'), stale).toBe(parts[version][file]);
      }
    }
    expect(await readFile(join('lib', PREBUILT.css), 'utf8'), stale).toBe(css);
  });
});
