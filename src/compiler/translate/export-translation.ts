// `scormdown translate export LESSON --to de`: every text of the lesson (units.ts), or of a course and
// all its lessons (source-texts.ts), in a file for a translator, PO or XLIFF 1.2, with its id, the source text and a note on what it is. Over an
// earlier export (the file at --out, say the one the translator sent back) the translations are
// kept: a text whose source changed since is marked to review (PO fuzzy, XLIFF needs-review-
// translation), a new one is empty. The lesson is read as a build reads it: with errors, nothing
// is written. The file is written whole or not at all.

import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import { ExistsError, failedWrite } from '../diagnostics/errors.js';
import { isCourse } from '../load-course.js';
import { COURSE_FILE } from '../front/parse-course.js';
import { readSource } from './source-texts.js';
import { readPo, writePo } from './po.js';
import { merge, type TranslationFile, type TranslationFormat } from './translation-file.js';
import { readXliff, writeXliff } from './xliff.js';

export interface TranslateExportOptions {
  lessonDir: string;
  /** The language to translate into (a language code). */
  to: string;
  format: TranslationFormat;
  /** null: `<lesson id>-<to>.po` (or `.xlf`) in the working folder. */
  out: string | null;
  cwd: string;
}

export interface TranslateExport {
  diagnostics: Diagnostic[];
  language: string | null;
  written: { file: string; texts: number; kept: number; review: number; fresh: number; updated: boolean } | null;
}

export const EXTENSION: Record<TranslationFormat, string> = { po: 'po', xliff: 'xlf' };

/** The format of a translation file by its name (.po, .pot; .xlf, .xliff), else by its text. */
export function formatOf(file: string, text = ''): TranslationFormat {
  if (/\.pot?$/i.test(file)) return 'po';
  if (/\.xliff?$|\.xml$/i.test(file)) return 'xliff';
  return /^\s*(<\?xml|<xliff)/.test(text) ? 'xliff' : 'po';
}

export function readTranslation(text: string, format: TranslationFormat): TranslationFile {
  return format === 'po' ? readPo(text) : readXliff(text);
}

export async function exportTranslation(options: TranslateExportOptions): Promise<TranslateExport> {
  const dir = path.resolve(options.cwd, options.lessonDir);
  const { source, diagnostics, language } = await readSource(dir, options.cwd);
  if (source === null) return { diagnostics, language, written: null };
  const main = isCourse(dir) ? COURSE_FILE : 'lesson.md';
  const at = { file: path.relative(options.cwd, path.join(dir, main)) || main, line: 1, column: 1 };
  if (source.language.toLowerCase() === options.to.toLowerCase())
    return {
      diagnostics: [...diagnostics, diag('TRANSLATION_SAME_LANGUAGE', at, (w) => w.translateSameLanguage(options.to))],
      language,
      written: null,
    };
  const file = path.resolve(options.cwd, options.out ?? `${source.id}-${options.to}.${EXTENSION[options.format]}`);
  const earlier = await readFile(file, 'utf8').catch(() => null);
  let old: TranslationFile | null = null;
  if (earlier !== null) {
    // Only a translation of this lesson into this language is updated; any other file stays as it is.
    try {
      old = readTranslation(earlier, options.format);
    } catch {
      old = null;
    }
    if (old === null || (old.targetLanguage !== '' && old.targetLanguage.toLowerCase() !== options.to.toLowerCase())) {
      const shown = path.relative(options.cwd, file) || file;
      throw new ExistsError([file], (w) => w.translateExistsHint(shown), 'translate export');
    }
  }
  const merged = merge(source.units, old?.entries);
  const translation: TranslationFile = {
    sourceLanguage: source.language,
    targetLanguage: options.to,
    lesson: path.relative(path.dirname(file), dir).split(path.sep).join('/') || '.',
    lessonId: source.id,
    entries: merged.entries,
    ...(old?.poHeaders ? { poHeaders: old.poHeaders } : {}),
  };
  const text = options.format === 'po' ? writePo(translation) : writeXliff(translation);
  await writeWhole(file, text);
  return {
    diagnostics,
    language,
    written: {
      file,
      texts: merged.entries.length,
      kept: merged.kept,
      review: merged.review,
      fresh: merged.fresh,
      updated: old !== null,
    },
  };
}

/** Written beside its place and renamed over it: a reader never sees half a file. */
async function writeWhole(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    failedWrite(file)(error);
  }
}
