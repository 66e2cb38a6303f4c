// `scormdown translate import FILE`: the lesson (or the course, every lesson in it) in the file's
// language, as a new folder beside it (or --out): the source lesson's files with every translated text in its place, the same
// slide names, question ids, pictures and settings, `language:` set and `id:` made the lesson's
// id with the language (`les6-de`), so both go into the LMS side by side and its reports compare.
// A text without a translation, one marked to review, or one whose source changed since the export
// stays in the source language, each reported at its place in the lesson. The translated lesson is
// checked as a build checks it before anything is written; it is written whole or not at all.

import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostics.js';
import { failedRead } from '../diagnostics/errors.js';
import { writeNewFiles, type NewFile } from '../package/write-new-files.js';
import { formatOf, readTranslation } from './export-translation.js';
import { translatedBySource, type Entry, type TranslationFile } from './translation-file.js';
import type { Unit } from './units.js';
import { checkSource, hasSource, readSource } from './source-texts.js';
import type { TranslationKept } from '../words/words-types.js';

export interface TranslateImportOptions {
  file: string;
  /** null: `<lesson folder>-<language>` beside the lesson. */
  out: string | null;
  /** null: the folder the file names (where it was exported from). */
  lesson: string | null;
  cwd: string;
}

export interface TranslateImport {
  diagnostics: Diagnostic[];
  language: string | null;
  written: { folder: string; translated: number; texts: number; language: string } | null;
}

export async function importTranslation(options: TranslateImportOptions): Promise<TranslateImport> {
  const file = path.resolve(options.cwd, options.file);
  const shown = path.relative(options.cwd, file) || file;
  const text = await readFile(file, 'utf8').catch(failedRead(file));
  const failed = (d: Diagnostic): TranslateImport => ({ diagnostics: [d], language: null, written: null });
  let translation: TranslationFile;
  try {
    translation = readTranslation(text.replace(/^\uFEFF/, ''), formatOf(file, text));
  } catch (error) {
    const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return failed(
      diag(
        'TRANSLATION_UNREADABLE',
        { file: shown, line: 1, column: 1 },
        (w) => w.translateUnreadable(why),
        (w) => w.translateUnreadableHint(),
      ),
    );
  }
  const to = translation.targetLanguage;
  if (to === '')
    return failed(
      diag(
        'TRANSLATION_UNREADABLE',
        { file: shown, line: 1, column: 1 },
        (w) => w.translateNoLanguage(),
        (w) => w.translateUnreadableHint(),
      ),
    );
  const dir =
    options.lesson === null
      ? path.resolve(path.dirname(file), translation.lesson || '.')
      : path.resolve(options.cwd, options.lesson);
  if (!(await hasSource(dir)))
    return failed(
      diag(
        'TRANSLATION_LESSON_MISSING',
        { file: shown, line: 1, column: 1 },
        (w) => w.translateLessonMissing(path.relative(options.cwd, dir) || '.'),
        (w) => w.translateLessonMissingHint(),
      ),
    );
  const { source, diagnostics, language } = await readSource(dir, options.cwd);
  if (source === null) return { diagnostics, language, written: null };

  const byId = new Map(translation.entries.map((e) => [e.id, e]));
  const bySource = translatedBySource(translation.entries);
  const report: Diagnostic[] = [];
  let translated = 0;
  for (const unit of source.units) {
    // By id; a text that moved since the export (a paragraph added before it) by its source.
    const same = byId.get(unit.id);
    const entry = same?.source === unit.source ? same : (bySource.get(unit.source) ?? same);
    const target = entry === undefined ? '' : fitted(unit, entry.target);
    const kept = keptBecause(unit, entry) ?? (breaksSlides(unit, target) ? 'structure' : null);
    if (kept === null) {
      unit.put(target);
      translated += 1;
    } else
      report.push(
        diag('TRANSLATION_KEPT', placeOf(unit, dir, options.cwd), (w) =>
          w.translateKept(unit.id, kept, source.language),
        ),
      );
  }
  source.retag(to);

  const files = source.files();
  const out = path.resolve(options.cwd, options.out ?? `${dir.replace(/[\\/]+$/, '')}-${to}`);
  const checked = await checkTranslated(files, out, options.cwd);
  if (hasErrors(checked)) return { diagnostics: [...report, ...checked], language, written: null };
  await writeNewFiles(out, files, {
    command: 'translate import',
    show: (target) => path.relative(options.cwd, path.join(out, target)) || target,
  });
  return {
    diagnostics: [...report, ...checked],
    language,
    written: { folder: out, translated, texts: source.units.length, language: to },
  };
}

type KeptBecause = TranslationKept;

/** The translation as the lesson holds it: one-line texts stay one line (a translator's line break becomes a space). */
function fitted(unit: Unit, target: string): string {
  // Windows line ends (a tool may write them into the texts) as the lesson's own.
  const text = target.replace(/\r\n?/g, '\n');
  return unit.shape === 'line' ? text.replace(/\s*\n\s*/g, ' ').trim() : text;
}

/** A line that is a slide break (`---`) or a directive (`::quiz`) in a slide's translation that its source
 *  does not have: it would add a slide or a quiz to the lesson, so the translation is not taken. */
function breaksSlides(unit: Unit, target: string): boolean {
  if (unit.shape !== 'markdown') return false;
  const structural = (text: string): string[] =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l === '---' || l === '***' || l === '___' || l.startsWith('::'));
  const had = new Set(structural(unit.source));
  return structural(target).some((l) => !had.has(l));
}

/** Why the source stays, or null when the translation goes in. */
function keptBecause(unit: Unit, entry: Entry | undefined): KeptBecause | null {
  if (entry === undefined) return 'missing';
  if (entry.source !== unit.source) return 'changed';
  if (entry.target.trim() === '' || entry.state === 'new') return 'empty';
  if (entry.state === 'review') return 'review';
  return null;
}

/** A unit's place (`lesson.md:12`) as a diagnostic's position in the source lesson. */
function placeOf(unit: Unit, dir: string, cwd: string) {
  const [name = 'lesson.md', line = '1'] = unit.ref.split(':');
  return { file: path.relative(cwd, path.join(dir, name)) || name, line: Number(line) || 1, column: 1 };
}

/** The translated lesson read as a build reads it, from a scratch folder; its problems shown at the
 *  folder it is to be written to. */
async function checkTranslated(files: readonly NewFile[], out: string, cwd: string): Promise<Diagnostic[]> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'scormdown-translated-'));
  try {
    for (const f of files) {
      const target = path.join(scratch, ...f.target.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.content);
    }
    const diagnostics = await checkSource(scratch);
    const shownOut = path.relative(cwd, out) || '.';
    return diagnostics.map((d) => ({ ...d, pos: { ...d.pos, file: path.join(shownOut, d.pos.file) } }));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
