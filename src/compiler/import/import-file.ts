// `scormdown import FILE`: a lesson folder from what a teacher has. The kind of file is told by its
// content (detect.ts); its reader makes a Draft (draft.ts) and write-draft.ts the files, written like
// `new` writes its starter (never overwriting, all or nothing). The folder is then read as a build
// reads it, so what it would say about the lesson is said now, beside what the import noticed.

import { existsSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostics.js';
import { failedRead } from '../diagnostics/errors.js';
import { loadLesson } from '../load-lesson.js';
import { starterId, writeNewFiles } from '../package/write-new-files.js';
import { detect, type ImportKind } from './detect.js';
import type { Draft } from './draft.js';
import { wholeFile } from './draft.js';
import { draftFiles } from './write-draft.js';

export interface ImportOptions {
  /** The file to import, as given. */
  file: string;
  /** The lesson folder to write; null: a new folder named after the lesson, in the working folder. */
  out: string | null;
  language: string | null;
  title: string | null;
  cwd: string;
}

export interface ReaderOptions {
  language?: string | undefined;
  title?: string | undefined;
}

/** The file as read: its bytes, and its text (decoded once, by detect.ts) for every kind but a deck. */
export interface ImportedFile {
  bytes: Uint8Array;
  text: string;
}

/** A reader of one kind of file: the file in, the draft out (its errors: nothing could be made). */
export type Reader = (input: ImportedFile, file: string, options: ReaderOptions) => Promise<Draft>;

/** Each kind's reader, loaded only when a file of its kind is imported. */
const READERS: Record<ImportKind, () => Promise<Reader>> = {
  pptx: async () => {
    const { readPptx } = await import('./pptx.js');
    return async ({ bytes }, file, options) => readPptx(bytes, file, options);
  },
  gift: async () => {
    const { readGift } = await import('./gift.js');
    return async ({ text }, file, options) => readGift(text, file, options);
  },
  'moodle-xml': async () => {
    const { readMoodleXml } = await import('./moodle-xml.js');
    return async ({ text }, file, options) => readMoodleXml(text, file, options);
  },
  'slide-text': async () => {
    const { readSlideText } = await import('./slide-text.js');
    return async ({ text }, file, options) => readSlideText(text, file, options);
  },
};

export interface Imported {
  /** The lesson folder as shown to the author. */
  folder: string;
  slides: number;
  questions: number;
  assets: number;
  language: string;
  /** True when the language was recognised from the text (no --language, the file did not say). */
  guessed: boolean;
}

export interface ImportResult {
  diagnostics: Diagnostic[];
  /** null when nothing was written (the file could not be imported). */
  imported: Imported | null;
}

export async function importFile(options: ImportOptions): Promise<ImportResult> {
  const source = path.resolve(options.cwd, options.file);
  const shown = show(options.cwd, source);
  const refused = (say: Parameters<typeof diag>[2]): ImportResult => ({
    diagnostics: [diag('IMPORT_NOT_RECOGNISED', wholeFile(shown), say)],
    imported: null,
  });
  const info = await stat(source).catch(failedRead(source));
  if (info.isDirectory()) return refused((w) => w.importIsFolder());
  const bytes = new Uint8Array(await readFile(source).catch(failedRead(source)));
  const found = detect(bytes, path.basename(source));
  if (found.kind === 'empty') return refused((w) => w.importEmpty());
  if (found.kind === 'other') {
    const what = found.what;
    return refused((w) => w.importUnknown(what));
  }
  const load = READERS[found.kind];
  const language = options.language ?? undefined;
  const title = options.title ?? undefined;
  const read = found.kind === 'pptx' ? null : found.read;
  const draft = await (await load())({ bytes, text: read?.text ?? '' }, shown, { language, title });
  // Not UTF-8: read in Windows' Western European code page, which the author should check.
  if (read?.legacy === true) {
    draft.diagnostics.unshift(
      diag(
        'IMPORT_ATTENTION',
        wholeFile(shown),
        (w) => w.importLegacyText(),
        (w) => w.importLegacyTextHint(),
      ),
    );
  }
  if (hasErrors(draft.diagnostics)) return { diagnostics: draft.diagnostics, imported: null };
  if (draft.slides.length === 0 && draft.questions.length === 0) {
    return {
      diagnostics: [
        ...draft.diagnostics,
        diag(
          'IMPORT_NOT_RECOGNISED',
          wholeFile(shown),
          (w) => w.importNoSlides(),
          (w) => w.importNoSlidesHint(),
        ),
      ],
      imported: null,
    };
  }
  const id = starterId(options.out === null ? '' : path.basename(options.out), draft.title);
  const dir = path.resolve(options.cwd, options.out ?? id);
  const files = draftFiles(draft, id);
  const existed = existsSync(dir);
  await writeNewFiles(dir, files, {
    command: 'import',
    show: (target) => show(options.cwd, path.join(dir, target)),
  });
  // The folder is read as a build reads it: should the import have made something that does not
  // build (a bug of a reader), the files are taken back, all of them, and the build's words said.
  const check = await loadLesson(dir, options.cwd);
  if (hasErrors(check.diagnostics)) {
    await Promise.all(files.map((f) => rm(path.join(dir, ...f.target.split('/')), { force: true })));
    if (!existed) await rm(dir, { recursive: true, force: true });
    return { diagnostics: [...draft.diagnostics, ...check.diagnostics], imported: null };
  }
  return {
    diagnostics: [...draft.diagnostics, ...check.diagnostics],
    imported: {
      folder: show(options.cwd, dir),
      slides: draft.slides.length,
      questions: draft.questions.length,
      assets: draft.assets.length,
      language: draft.language,
      guessed: draft.languageGuessed,
    },
  };
}

function show(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel === '' ? '.' : rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}
