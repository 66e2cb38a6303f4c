// A translation as a gettext PO file, the format Poedit, Weblate and most translators' tools read:
// one entry per text, msgctxt its id, msgid the source, msgstr the translation; the note and the
// place in the lesson as the extracted comment and reference; a text whose source changed since it
// was translated is `fuzzy`, with the source it was translated from as `#| msgid`. The header names
// the languages and the lesson folder (X-Scormdown-Lesson, relative to the file).

import { po, type PoEntry } from 'gettext-parser';
import type { Entry, TranslationFile } from './translation-file.js';

const LESSON = 'X-Scormdown-Lesson';
/** The translator's headers, with gettext's placeholders until a tool fills them in. */
const TRANSLATOR: Record<string, string> = {
  'PO-Revision-Date': 'YEAR-MO-DA HO:MI+ZONE',
  'Last-Translator': 'FULL NAME <EMAIL@ADDRESS>',
  'Language-Team': 'LANGUAGE <LL@li.org>',
};
const SOURCE = 'X-Source-Language';

export function writePo(file: TranslationFile): string {
  const translations: Record<string, Record<string, PoEntry>> = {
    '': {
      '': {
        msgid: '',
        msgstr: [''],
      },
    },
  };
  for (const e of file.entries) {
    translations[e.id] = {
      [e.source]: {
        msgctxt: e.id,
        msgid: e.source,
        msgstr: [e.target],
        comments: {
          extracted: e.note,
          reference: e.ref,
          ...(e.state === 'review' ? { flag: 'fuzzy' } : {}),
          ...(e.state === 'review' && e.previous !== undefined ? { previous: `msgid ${poString(e.previous)}` } : {}),
        },
      },
    };
  }
  const headers = {
    'Project-Id-Version': file.lessonId,
    ...TRANSLATOR,
    ...file.poHeaders,
    Language: file.targetLanguage,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'X-Generator': 'scormdown',
    [SOURCE]: file.sourceLanguage,
    [LESSON]: file.lesson,
  };
  return po.compile({ charset: 'utf-8', headers, translations }, { foldLength: 0, sort: false }).toString('utf8');
}

/** The file's entries; throws (with the parser's reason) when it is no PO file scormdown wrote. */
export function readPo(text: string): TranslationFile {
  const data = po.parse(text, { defaultCharset: 'utf-8' });
  const header = (name: string): string =>
    Object.entries(data.headers)
      .find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1]
      ?.trim() ?? '';
  const entries: Entry[] = [];
  for (const [context, byId] of Object.entries(data.translations)) {
    if (context === '') continue;
    for (const entry of Object.values(byId)) {
      const target = entry.msgstr[0] ?? '';
      const fuzzy = (entry.comments?.flag ?? '').split(/[\s,]+/).includes('fuzzy');
      entries.push({
        id: context,
        source: entry.msgid,
        target,
        state: target === '' ? 'new' : fuzzy ? 'review' : 'translated',
        note: entry.comments?.extracted ?? '',
        ref: entry.comments?.reference ?? '',
        ...(fuzzy && entry.comments?.previous ? { previous: previousOf(entry.comments.previous) } : {}),
      });
    }
  }
  if (header(LESSON) === '' && entries.length === 0) throw new Error(`no ${LESSON} header and no texts`);
  const kept = [...Object.keys(TRANSLATOR), 'Plural-Forms'].flatMap((name) =>
    header(name) === '' || header(name) === TRANSLATOR[name] ? [] : [[name, header(name)] as const],
  );
  return {
    ...(kept.length > 0 ? { poHeaders: Object.fromEntries(kept) } : {}),
    sourceLanguage: header(SOURCE),
    targetLanguage: header('Language'),
    lesson: header(LESSON),
    lessonId: header('Project-Id-Version'),
    entries,
  };
}

/** A text as a PO string literal. */
function poString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

/** The text of `msgid "..."` (possibly continued on "..." lines) in a `#|` comment. */
function previousOf(comment: string): string {
  const strings = [...comment.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? '');
  return strings.join('').replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
}
