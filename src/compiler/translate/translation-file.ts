// What a translation file holds, whatever its format (po.ts, xliff.ts): the languages, where the
// lesson is, and an entry per unit (units.ts) with its source, the translation and its state. A
// new export over an earlier file keeps what the translator did (merge()).

import type { Unit } from './units.js';

export type TranslationFormat = 'po' | 'xliff';

/** new: not translated yet; translated: done; review: translated, but its source changed since. */
export type EntryState = 'new' | 'translated' | 'review';

export interface Entry {
  id: string;
  source: string;
  target: string;
  state: EntryState;
  note: string;
  /** `lesson.md:12`. */
  ref: string;
  /** The source the translation was made from, when it changed since (state review). */
  previous?: string;
}

export interface TranslationFile {
  sourceLanguage: string;
  targetLanguage: string;
  /** The lesson folder, relative to the translation file's folder (forward slashes). */
  lesson: string;
  /** The lesson's id, for the file's header. */
  lessonId: string;
  entries: Entry[];
  /** PO: the headers a translator's tool fills in (PO-Revision-Date, Last-Translator, Language-Team,
   *  Plural-Forms), kept when the file is updated. */
  poHeaders?: Record<string, string>;
}

export interface Merged {
  entries: Entry[];
  kept: number;
  review: number;
  fresh: number;
}

/** The lesson's units as entries, each keeping the translation an earlier file (`old`) has for it:
 *  the same id and source keeps it as it was; a text found under another id (slides moved, a
 *  paragraph added before it) keeps its translation; a text edited in place (its id's earlier
 *  source is gone from the lesson) keeps it to review, with the earlier source; the rest is new. */
export function merge(units: readonly Unit[], old: readonly Entry[] = []): Merged {
  const byId = new Map(old.map((e) => [e.id, e]));
  const bySource = translatedBySource(old);
  const sources = new Set(units.map((u) => u.source));
  const counts = { kept: 0, review: 0, fresh: 0 };
  const entries = units.map((u): Entry => {
    const base = { id: u.id, source: u.source, note: u.note, ref: u.ref };
    const same = byId.get(u.id);
    if (same !== undefined && same.target !== '' && same.source === u.source) {
      counts[same.state === 'review' ? 'review' : 'kept'] += 1;
      return { ...base, target: same.target, state: same.state, ...(same.previous ? { previous: same.previous } : {}) };
    }
    const moved = bySource.get(u.source);
    if (moved !== undefined) {
      counts.kept += 1;
      return { ...base, target: moved.target, state: 'translated' };
    }
    if (same !== undefined && same.target !== '' && !sources.has(same.source)) {
      counts.review += 1;
      return { ...base, target: same.target, state: 'review', previous: same.previous ?? same.source };
    }
    counts.fresh += 1;
    return { ...base, target: '', state: 'new' };
  });
  return { entries, ...counts };
}

/** The translated entries by their source text (the first of each). */
export function translatedBySource(entries: readonly Entry[]): Map<string, Entry> {
  const bySource = new Map<string, Entry>();
  for (const e of entries)
    if (e.target.trim() !== '' && e.state === 'translated' && !bySource.has(e.source)) bySource.set(e.source, e);
  return bySource;
}
