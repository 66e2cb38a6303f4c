// `npm run bench`: how long a build takes and how big the player is. Prints tables; asserts nothing
// (timings depend on the machine). Runs the compiled CLI (lib/scormdown.js) as a teacher would.
//   - start-up: a build of the Dutch lesson against a bare `node -e ""`, as a PAIRED ratio: the two
//     run alternately and the figure is the median of the per-pair ratios, so a busy machine slows
//     both sides of a pair alike (goal: at most 3x);
//   - player.js / player.css as shipped, raw and gzipped, against the size budget, and the player's
//     parts loaded only when needed;
//   - what each optional feature of a lesson's player costs (shared/features.ts): the every-feature
//     player against the same without that one feature, gzipped (budget: every feature at most 14 KB);
//   - zip sizes;
//   - generated lessons of 50 / 100 / 200 slides: time per slide should stay flat (linear growth);
//   - a 5000-slide lesson with a question every 5 slides: wall time and peak RSS (goal: < 5 s, < 300 MB);
//   - a 10,000-question quiz and a 5,000-asset lesson: wall time and peak RSS (issue 12: no stack
//     overflow, nothing quadratic, every file read once);
//   - `translate export` and `import` of the Dutch lesson and the 5000-slide lesson, PO and XLIFF.
// BENCH_RUNS: runs per figure (pairs for the ratio: 3x as many); BENCH_CLI: another compiled CLI.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync, inflateRawSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = process.env.BENCH_CLI ?? join(ROOT, 'lib', 'scormdown.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET = { 'player.js': 12 * 1024, 'player.css': 4 * 1024 };
const work = mkdtempSync(join(tmpdir(), 'scormdown-bench-'));
// Preloaded into a measured build: prints the process's peak RSS as it exits (no /usr/bin/time needed).
const RSS_PROBE = `data:text/javascript,${encodeURIComponent(
  "import{writeSync}from'node:fs';process.on('exit',()=>writeSync(2,`\\nmaxrss ${process.resourceUsage().maxRSS}\\n`))",
)}`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function once(args, cwd = ROOT) {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function timed(args, cwd = ROOT) {
  return median(Array.from({ length: RUNS }, () => once(args, cwd)));
}

/** `node -e ""` and `args` alternately, `pairs` times: both medians and the median per-pair ratio. */
function paired(args, pairs) {
  const runs = Array.from({ length: pairs }, () => {
    const bare = once(['-e', '']);
    return { bare, wall: once(args) };
  });
  return {
    bare: median(runs.map((r) => r.bare)),
    wall: median(runs.map((r) => r.wall)),
    ratio: median(runs.map((r) => r.wall / r.bare)),
  };
}

/** Wall time (ms) and peak resident memory (MB) of one run. */
function measured(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', RSS_PROBE, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`build failed (exit ${run.status}):\n${run.stderr}`);
  return { wall, mb: Number(/maxrss (\d+)/.exec(run.stderr.toString())?.[1]) / 1024 };
}

/** One file out of a zip (central directory lookup; deflate or stored). */
/** The names of the files in a zip, from its central directory. */
function zipNames(zip) {
  const names = [];
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i += 1) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

function fromZip(zip, name) {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i += 1) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const raw = zip.subarray(start, start + zip.readUInt32LE(at + 20));
      return zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(raw) : raw;
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`${name} not in zip`);
}

function contentSlide(i) {
  return `## Dia ${i + 1}\n\nTekst met **nadruk** en een [link](https://example.org).\n\n- punt een\n- punt twee\n`;
}

function writeLesson(dir, id, body, questions) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'lesson.md'), `---\ntitle: Generated ${id}\nid: ${id}\nlanguage: nl\n---\n\n${body}`);
  const quiz = Array.from(
    { length: questions },
    (_, i) =>
      `- id: q${i}\n  type: single\n  prompt: Vraag ${i}?\n  options:\n    - { text: Ja, correct: true }\n    - { text: Nee }\n`,
  );
  writeFileSync(join(dir, 'quiz.yaml'), quiz.join('\n'));
  return dir;
}

/** `slides` slides, half of them the quiz's questions after the content. */
function generatedLesson(slides) {
  const questions = Math.floor(slides / 2);
  const content = Array.from({ length: slides - questions - 1 }, (_, i) => contentSlide(i));
  return writeLesson(
    join(work, `gen-${slides}`),
    `gen-${slides}`,
    `${content.join('\n---\n\n')}\n---\n\n::quiz\n`,
    questions,
  );
}

/** `slides` slides, every `every`th one showing the next question of the quiz (`::question`). */
function largeLesson(slides, every) {
  const body = Array.from({ length: slides }, (_, i) =>
    (i + 1) % every === 0 ? `## Vraag ${i + 1}\n\n::question q${(i + 1) / every - 1}\n` : contentSlide(i),
  );
  return writeLesson(
    join(work, `large-${slides}`),
    `large-${slides}`,
    body.join('\n---\n\n'),
    Math.floor(slides / every),
  );
}

/** One slide holding a 10,000-question `::quiz` (one question slide each, as the quiz places them). */
function bigQuiz(questions) {
  return writeLesson(join(work, `quiz-${questions}`), `quiz-${questions}`, '# Toets\n\n::quiz\n', questions);
}

/** A course of `lessons` lessons (course.yaml), each a 20-slide lesson with 10 questions. */
function course(lessons) {
  const dir = join(work, `course-${lessons}`);
  const names = Array.from({ length: lessons }, (_, i) => `les-${i + 1}`);
  for (const name of names) {
    const content = Array.from({ length: 9 }, (_, i) => contentSlide(i));
    writeLesson(join(dir, name), name, `${content.join('\n---\n\n')}\n---\n\n::quiz\n`, 10);
  }
  writeFileSync(
    join(dir, 'course.yaml'),
    `title: Bench course\nid: bench-course\nlanguage: nl\nlessons:\n${names.map((n) => `  - ${n}`).join('\n')}\n`,
  );
  return dir;
}

/** `assets` small pictures, ten to a slide. */
function manyAssets(assets) {
  const dir = join(work, `assets-${assets}`);
  mkdirSync(join(dir, 'assets'), { recursive: true });
  for (let i = 0; i < assets; i += 1)
    writeFileSync(
      join(dir, 'assets', `p${i}.svg`),
      `<svg xmlns="http://www.w3.org/2000/svg"><title>${i}</title></svg>`,
    );
  const slides = Array.from(
    { length: assets / 10 },
    (_, s) =>
      `## Dia ${s + 1}\n\n${Array.from({ length: 10 }, (_, j) => `![Plaatje ${s * 10 + j}](assets/p${s * 10 + j}.svg)`).join('\n')}\n`,
  );
  return writeLesson(dir, `assets-${assets}`, slides.join('\n---\n\n'), 0);
}

/** The compiler's own bundler (bundle-runtime.ts), compiled to a temporary module as scripts/compile.mjs
 *  does: the every-feature player, then the same without one feature at a time. */
async function featureCosts() {
  const { build } = await import('esbuild');
  // Beside the compiled CLI, where the bundler finds the project (its package.json) as it does there.
  const out = join(ROOT, 'lib', 'bench-bundle-runtime.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/compiler/package/bundle-runtime.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  const { bundleRuntime } = await import(pathToFileURL(out).href);
  rmSync(out);
  const { EVERY_FEATURE, FEATURES } = await import(pathToFileURL(await compiledFeatures()).href);
  const gz = async (uses) => gzipSync((await bundleRuntime(uses)).js['2004'], { level: 9 }).length;
  const every = await gz(EVERY_FEATURE);
  const rows = [['every feature', `${every} B`, `budget ${14 * 1024} B`]];
  for (const feature of FEATURES)
    rows.push([`without ${feature}`, '', `${every - (await gz({ ...EVERY_FEATURE, [feature]: false }))} B`]);
  return rows;
}

/** shared/features.ts as a module of its own (its list of features). */
async function compiledFeatures() {
  const { build } = await import('esbuild');
  const out = join(work, 'features.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/shared/features.ts')],
    outfile: out,
    format: 'esm',
    logLevel: 'warning',
  });
  return out;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(0)} ms`;
function table(title, head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(`\n${title}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

try {
  const start = paired([CLI, 'build', 'lesson', '--out', join(work, 'dist')], RUNS * 3);
  const nodeStartup = start.bare;
  table(
    `Start-up (${RUNS * 3} alternating pairs; goal: at most 3x)`,
    ['what', 'wall (median)', 'ratio (median of pairs)'],
    [
      ['node -e ""', ms(start.bare), ''],
      ['scormdown build lesson (both versions)', ms(start.wall), `${start.ratio.toFixed(2)}x`],
    ],
  );

  const zips = readdirSync(join(work, 'dist')).sort();
  // Each version's package carries its own player script (only its own SCORM table) and the parts it
  // loads only when needed (the other version's table, the s1 decoder): no budget, every launch does
  // not pay them.
  const sizeRows = zips.flatMap((zipName) => {
    const zip = readFileSync(join(work, 'dist', zipName));
    const version = zipName.endsWith('-scorm12.zip') ? '1.2' : '2004';
    const parts = zipNames(zip)
      .filter((name) => /^player-.*\.js$/.test(name))
      .sort();
    const row = (name, budget) => {
      const body = fromZip(zip, name);
      const gz = gzipSync(body, { level: 9 }).length;
      const verdict = budget === undefined ? 'when needed' : gz <= budget ? 'ok' : 'OVER BUDGET';
      return [`${name} (${version})`, kb(body.length), kb(gz), budget === undefined ? '' : kb(budget), verdict];
    };
    return [...Object.entries(BUDGET).map(([name, budget]) => row(name, budget)), ...parts.map((name) => row(name))];
  });
  table('Player size (as shipped)', ['file', 'raw', 'gzip', 'budget (gzip)', ''], sizeRows);
  table('Player per feature (SCORM 2004, gzip)', ['player', 'gzip', 'the feature costs'], await featureCosts());
  table(
    'Zips',
    ['file', 'size'],
    zips.map((z) => [z, kb(statSync(join(work, 'dist', z)).size)]),
  );

  // Linear growth shows as a steady cost per added slide on top of a fixed start (module loading).
  const walls = [50, 100, 200].map((slides) => [
    slides,
    timed([CLI, 'build', generatedLesson(slides), '--out', join(work, `out-${slides}`)]),
  ]);
  const rows = walls.map(([slides, wall], i) => {
    const [prevSlides, prevWall] = walls[Math.max(0, i - 1)];
    const added = i === 0 ? '' : `${((wall - prevWall) / (slides - prevSlides)).toFixed(2)} ms`;
    return [slides, ms(wall), ms(wall - nodeStartup), added];
  });
  table(
    `Generated lessons (half the slides questions; median of ${RUNS})`,
    ['slides', 'wall', 'minus startup', 'per added slide'],
    rows,
  );

  const large = largeLesson(5000, 5);
  const big = Array.from({ length: Math.min(RUNS, 3) }, () =>
    measured([CLI, 'build', large, '--out', join(work, 'out-large')]),
  );
  table(
    `A 5000-slide lesson, a question every 5 slides (median of ${big.length}; goal: under 5 s and 300 MB)`,
    ['slides', 'questions', 'wall', 'peak RSS'],
    [[5000, 1000, ms(median(big.map((b) => b.wall))), `${median(big.map((b) => b.mb)).toFixed(0)} MB`]],
  );

  // Both versions; the 1.2 budget warning of the quiz is expected (stderr is not shown here).
  const heavy = [
    ['10,000-question quiz', bigQuiz(10_000)],
    ['5,000 assets (500 slides)', manyAssets(5000)],
  ].map(([what, dir]) => {
    const runs = Array.from({ length: Math.min(RUNS, 3) }, () =>
      measured([CLI, 'build', dir, '--out', join(work, 'out-heavy')]),
    );
    return [what, ms(median(runs.map((r) => r.wall))), `${median(runs.map((r) => r.mb)).toFixed(0)} MB`];
  });
  table(`Large lessons (median of ${Math.min(RUNS, 3)})`, ['lesson', 'wall', 'peak RSS'], heavy);

  // Imports grow with what they read: a 200-slide deck, a 1,000-question GIFT bank.
  const PptxGenJS = (await import('pptxgenjs')).default;
  const pptx = new PptxGenJS();
  for (let i = 0; i < 200; i += 1) {
    const slide = pptx.addSlide();
    slide.addText(`Dia ${i + 1}`, { x: 0.5, y: 0.3, w: 9, h: 1, fontSize: 32 });
    slide.addText(
      [1, 2, 3].map((n) => ({ text: `Punt ${n} van dia ${i + 1}`, options: { bullet: true, breakLine: n < 3 } })),
      { x: 0.5, y: 1.5, w: 9, h: 3 },
    );
  }
  writeFileSync(join(work, 'deck.pptx'), await pptx.write({ outputType: 'nodebuffer' }));
  const bank = Array.from({ length: 1000 }, (_, i) => `::v${i}:: Vraag ${i}? {=ja ~nee ~misschien}`).join('\n\n');
  writeFileSync(join(work, 'bank.gift.txt'), `${bank}\n`);
  const imports = [
    ['a 200-slide PowerPoint deck', 'deck.pptx'],
    ['a 1,000-question GIFT bank', 'bank.gift.txt'],
  ].map(([what, file], i) => {
    const runs = Array.from({ length: Math.min(RUNS, 3) }, (_, r) =>
      timed([CLI, 'import', join(work, file), '--out', join(work, `imported-${i}-${r}`), '--language', 'nl']),
    );
    return [what, ms(median(runs)), ms(median(runs) - nodeStartup)];
  });
  table(`Imports (median of ${Math.min(RUNS, 3)})`, ['file', 'wall', 'minus startup'], imports);

  // A course builds each lesson's zips and the course package: about its lessons' builds together.
  const one = course(1);
  const thirty = course(30);
  const courseRuns = [
    ['a course of 1 lesson', one],
    ['a course of 30 lessons', thirty],
  ].map(([what, dir]) => [what, timed([CLI, 'build', dir, '--out', join(work, 'out-course')])]);
  table(
    `Courses (20-slide lessons with 10 questions; median of ${RUNS})`,
    ['course', 'wall', 'per lesson above node start-up'],
    courseRuns.map(([what, wall], i) => [what, ms(wall), ms((wall - nodeStartup) / (i === 0 ? 1 : 30))]),
  );

  // Translation: every text out (PO, XLIFF) and back (import of the file as exported: every text
  // kept in Dutch and reported), for the Dutch lesson and the 5000-slide lesson.
  const translations = [
    ['the Dutch lesson', join(ROOT, 'lesson')],
    ['the 5000-slide lesson', large],
  ].flatMap(([what, dir], i) =>
    ['po', 'xliff'].map((format) => {
      const file = join(work, `tr-${i}.${format}`);
      const out = () => measured([CLI, 'translate', 'export', dir, '--to', 'de', '--format', format, '--out', file]);
      const exports = Array.from({ length: Math.min(RUNS, 3) }, () => {
        rmSync(file, { force: true });
        return out();
      });
      const imports = Array.from({ length: Math.min(RUNS, 3) }, (_, r) =>
        measured([CLI, 'translate', 'import', file, '--out', join(work, `tr-${i}-${format}-${r}`)]),
      );
      const wall = (runs) => ms(median(runs.map((x) => x.wall)));
      return [`${what}, ${format}`, wall(exports), wall(imports), `${median(imports.map((x) => x.mb)).toFixed(0)} MB`];
    }),
  );
  table(
    `Translation (median of ${Math.min(RUNS, 3)})`,
    ['lesson', 'export', 'import', 'import peak RSS'],
    translations,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
