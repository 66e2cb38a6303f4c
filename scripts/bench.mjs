// `npm run bench`: how long a build takes and how big the player is. Prints a table; asserts nothing
// (timings depend on the machine). Runs the compiled CLI (lib/scormdown.js) as a teacher would.
//   - build time of the Dutch lesson (median of RUNS) next to bare `node -e ""` startup;
//   - player.js / player.css as shipped, raw and gzipped, against the size budget;
//   - zip sizes;
//   - generated lessons of 50 / 100 / 200 slides: time per slide should stay flat (linear growth).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, inflateRawSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'lib', 'scormdown.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET = { 'player.js': 12 * 1024, 'player.css': 4 * 1024 };
const work = mkdtempSync(join(tmpdir(), 'scormdown-bench-'));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timed(args, cwd = ROOT) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** One file out of a zip (central directory lookup; deflate or stored). */
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

function generatedLesson(slides) {
  const dir = join(work, `gen-${slides}`);
  mkdirSync(dir, { recursive: true });
  const questions = Math.floor(slides / 2);
  const content = Array.from({ length: slides - questions - 1 }, (_, i) =>
    `## Dia ${i + 1}\n\nTekst met **nadruk** en een [link](https://example.org).\n\n- punt een\n- punt twee\n`);
  writeFileSync(join(dir, 'lesson.md'),
    `---\ntitle: Generated ${slides}\nid: gen-${slides}\nlanguage: nl\n---\n\n${content.join('\n---\n\n')}\n---\n\n::quiz\n`);
  const quiz = Array.from({ length: questions }, (_, i) =>
    `- id: q${i}\n  type: single\n  prompt: Vraag ${i}?\n  options:\n    - { text: Ja, correct: true }\n    - { text: Nee }\n`);
  writeFileSync(join(dir, 'quiz.yaml'), quiz.join('\n'));
  return dir;
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
  const nodeStartup = timed(['-e', '']);
  const dutch = timed([CLI, 'build', 'lesson', '--out', join(work, 'dist')]);
  table(`Build time (median of ${RUNS})`, ['what', 'wall', 'minus node startup'], [
    ['node -e ""', ms(nodeStartup), ''],
    ['scormdown build lesson (both versions)', ms(dutch), ms(dutch - nodeStartup)],
  ]);

  const zips = readdirSync(join(work, 'dist')).sort();
  // Each version's package carries its own player script (only its own SCORM table).
  const sizeRows = zips.flatMap((zipName) => {
    const zip = readFileSync(join(work, 'dist', zipName));
    const version = zipName.endsWith('-scorm12.zip') ? '1.2' : '2004';
    return Object.entries(BUDGET).map(([name, budget]) => {
      const body = fromZip(zip, name);
      const gz = gzipSync(body, { level: 9 }).length;
      return [`${name} (${version})`, kb(body.length), kb(gz), kb(budget), gz <= budget ? 'ok' : 'OVER BUDGET'];
    });
  });
  table('Player size (as shipped)', ['file', 'raw', 'gzip', 'budget (gzip)', ''], sizeRows);
  table('Zips', ['file', 'size'], zips.map((z) => [z, kb(statSync(join(work, 'dist', z)).size)]));

  // Linear growth shows as a steady cost per added slide on top of a fixed start (module loading).
  const walls = [50, 100, 200].map((slides) => [slides, timed([CLI, 'build', generatedLesson(slides), '--out', join(work, `out-${slides}`)])]);
  const rows = walls.map(([slides, wall], i) => {
    const [prevSlides, prevWall] = walls[Math.max(0, i - 1)];
    const added = i === 0 ? '' : `${((wall - prevWall) / (slides - prevSlides)).toFixed(2)} ms`;
    return [slides, ms(wall), ms(wall - nodeStartup), added];
  });
  table(`Generated lessons (half the slides questions; median of ${RUNS})`, ['slides', 'wall', 'minus startup', 'per added slide'], rows);
} finally {
  rmSync(work, { recursive: true, force: true });
}
