// A translation as XLIFF 1.2, the exchange format of CAT tools (Trados, memoQ, OmegaT, Phrase):
// one trans-unit per text, its id the text's id, <source> and <target> (state: needs-translation,
// translated, or needs-review-translation when the source changed since, the earlier source in a
// note), the note for the translator and the place in the lesson as a location context group.
// The file's `original` is the lesson folder, relative to the file.
//
// Written and read with fast-xml-parser: the npm `xliff` package writes no target state, which the
// round trip needs.

import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import type { Entry, EntryState, TranslationFile } from './translation-file.js';

const NS = 'urn:oasis:names:tc:xliff:document:1.2';
const STATE: Record<EntryState, string> = {
  new: 'needs-translation',
  translated: 'translated',
  review: 'needs-review-translation',
};
const WAS = 'Translated from: ';

export function writeXliff(file: TranslationFile): string {
  const units = file.entries.map((e) => {
    const [name, line] = e.ref.split(':');
    return {
      '@_id': e.id,
      '@_xml:space': 'preserve',
      source: e.source,
      target: { '@_state': STATE[e.state], '#text': e.target },
      'context-group': {
        '@_purpose': 'location',
        context: [
          { '@_context-type': 'sourcefile', '#text': name ?? '' },
          ...(line ? [{ '@_context-type': 'linenumber', '#text': line }] : []),
        ],
      },
      note: [
        { '@_from': 'scormdown', '#text': e.note },
        ...(e.state === 'review' && e.previous !== undefined
          ? [{ '@_from': 'scormdown', '#text': WAS + e.previous }]
          : []),
      ],
    };
  });
  const xml = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: false,
  }).build({
    xliff: {
      '@_version': '1.2',
      '@_xmlns': NS,
      file: {
        '@_original': file.lesson,
        '@_source-language': file.sourceLanguage,
        '@_target-language': file.targetLanguage,
        '@_datatype': 'plaintext',
        '@_product-name': file.lessonId,
        header: { tool: { '@_tool-id': 'scormdown', '@_tool-name': 'scormdown' } },
        body: { 'trans-unit': units },
      },
    },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node]);
const attr = (n: Node, name: string): string => String(n[`@_${name}`] ?? '');

/** The file's entries; throws (with the reason) when it is no XLIFF 1.2 file. Targets a CAT tool
 *  filled with inline markup (<g>, <x/>) keep that markup's text. */
export function readXliff(text: string): TranslationFile {
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    stopNodes: ['*.source', '*.target', '*.note'],
    isArray: (name) => ['file', 'trans-unit', 'group', 'note', 'context'].includes(name),
  }).parse(text, true) as Node;
  const root = doc.xliff as Node | undefined;
  if (root === undefined) throw new Error('no <xliff> element');
  const files = list(root.file);
  const first = files[0];
  if (first === undefined) throw new Error('no <file> element');
  const entries: Entry[] = [];
  for (const file of files) for (const unit of units(file.body as Node | undefined)) entries.push(entryOf(unit));
  return {
    sourceLanguage: attr(first, 'source-language'),
    targetLanguage: attr(first, 'target-language'),
    lesson: attr(first, 'original'),
    lessonId: attr(first, 'product-name'),
    entries,
  };
}

/** Every trans-unit of a body, also those a tool put in groups. */
function units(body: Node | undefined): Node[] {
  if (body === undefined || typeof body !== 'object') return [];
  return [...list(body['trans-unit']), ...list(body.group).flatMap(units)];
}

function entryOf(unit: Node): Entry {
  const target = unit.target;
  const targetText = contentOf(target);
  const state = typeof target === 'object' && target !== null ? attr(target as Node, 'state') : '';
  const notes = list(unit.note).map(contentOf);
  const previous = notes.find((n) => n.startsWith(WAS));
  const contexts = list((unit['context-group'] as Node | undefined)?.context);
  const where = contexts.map(contentOf).join(':');
  return {
    id: attr(unit, 'id'),
    source: contentOf(unit.source),
    target: targetText,
    state:
      targetText === '' || state === 'needs-translation' || state === 'new'
        ? 'new'
        : state.startsWith('needs-review') || state === 'needs-adaptation' || state === 'needs-l10n'
          ? 'review'
          : 'translated',
    note: notes.find((n) => !n.startsWith(WAS)) ?? '',
    ref: where,
    ...(previous !== undefined ? { previous: previous.slice(WAS.length) } : {}),
  };
}

/** An element's text: its raw content (stopNodes) with tags dropped and entities decoded. */
function contentOf(node: unknown): string {
  const raw = typeof node === 'object' && node !== null ? String((node as Node)['#text'] ?? '') : String(node ?? '');
  // CDATA as it is; elsewhere tags dropped and entities decoded.
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decoded(part)))
    .join('');
}

function decoded(raw: string): string {
  return raw.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}
