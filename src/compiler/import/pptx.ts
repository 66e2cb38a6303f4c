// A PowerPoint deck (.pptx: a zip of Office Open XML, ECMA-376) as slides: in presentation order
// (ppt/presentation.xml's slide list through its relationships), hidden ones left out and named. A
// slide's title is its title placeholder, else its first text; its text boxes become paragraphs and
// lists (bullet levels nested, numbering kept), with bold, italic and links; tables become Markdown
// tables; pictures go into assets/ with their alt text (one without is named); speaker notes stay in
// lesson.md for the author as a comment. Charts, SmartArt, video and embedded objects are named in a
// warning and marked with a comment where they stood. Every text is kept word for word (escaped for
// Markdown by markdown-text.ts).

import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import path from 'node:path';
import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import type { SourcePos } from '../model.js';
import type { Draft, DraftAsset, DraftSlide } from './draft.js';
import { unreadable, wholeFile } from './draft.js';
import { guessLanguage } from './guess-language.js';
import type { ReaderOptions } from './import-file.js';
import { escapeInline, escapeLineStart } from './markdown-text.js';

/** An element of preserveOrder's shape: `{ tag: children, ':@': attributes }`. */
type El = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

const tagOf = (el: El): string => Object.keys(el).find((k) => k !== ':@') ?? '';
const kids = (el: El | undefined): El[] => {
  const value = el === undefined ? undefined : el[tagOf(el)];
  return Array.isArray(value) ? (value as El[]) : [];
};
const attrs = (el: El | undefined): Record<string, string> => (el?.[':@'] as Record<string, string>) ?? {};
const child = (el: El | undefined, tag: string): El | undefined => kids(el).find((k) => tagOf(k) === tag);
const children = (el: El | undefined, tag: string): El[] => kids(el).filter((k) => tagOf(k) === tag);
/** The first element `tag` anywhere below `el`. */
function find(el: El | undefined, tag: string): El | undefined {
  for (const k of kids(el)) {
    if (tagOf(k) === tag) return k;
    const deeper = find(k, tag);
    if (deeper) return deeper;
  }
  return undefined;
}
function textIn(el: El | undefined): string {
  return kids(el)
    .map((k) => (tagOf(k) === '#text' ? String(k['#text'] ?? '') : textIn(k)))
    .join('');
}

interface Deck {
  files: Record<string, Uint8Array>;
  xml(name: string): El[] | null;
  /** A part's relationships: id -> { target (resolved path), type, external }. */
  rels(part: string): Map<string, { target: string; type: string; external: boolean }>;
}

function open(bytes: Uint8Array): Deck {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  const xml = (name: string): El[] | null => {
    const data = files[name];
    return data === undefined ? null : (parser.parse(decoder.decode(data)) as El[]);
  };
  const rels = (part: string) => {
    const dir = path.posix.dirname(part);
    const relsFile = `${dir}/_rels/${path.posix.basename(part)}.rels`;
    const map = new Map<string, { target: string; type: string; external: boolean }>();
    const root = xml(relsFile)?.find((e) => tagOf(e) === 'Relationships');
    for (const r of children(root, 'Relationship')) {
      const a = attrs(r);
      const external = a.TargetMode === 'External';
      const target = external ? (a.Target ?? '') : path.posix.normalize(path.posix.join(dir, a.Target ?? ''));
      map.set(a.Id ?? '', { target, type: (a.Type ?? '').replace(/^.*\//, ''), external });
    }
    return map;
  };
  return { files, xml, rels };
}

interface SlideContext {
  deck: Deck;
  rels: ReturnType<Deck['rels']>;
  number: number;
  at: SourcePos;
  assets: DraftAsset[];
  diagnostics: Diagnostic[];
  languages: Map<string, number>;
  pictures: number;
}

/** One run of text as Markdown: bold, italic, a link. */
function run(r: El, ctx: SlideContext): string {
  const props = child(r, 'a:rPr');
  const a = attrs(props);
  if (a.lang) ctx.languages.set(a.lang, (ctx.languages.get(a.lang) ?? 0) + 1);
  const raw = textIn(child(r, 'a:t'));
  if (raw.trim() === '') return raw;
  let text = escapeInline(raw);
  const lead = /^\s*/.exec(text)![0];
  const trail = /\s*$/.exec(text)![0];
  text = text.trim();
  if (a.b === '1' || a.b === 'true') text = `**${text}**`;
  if (a.i === '1' || a.i === 'true') text = `*${text}*`;
  const link = child(props, 'a:hlinkClick');
  const rel = link === undefined ? undefined : ctx.rels.get(attrs(link)['r:id'] ?? '');
  if (rel?.external && /^(https?:|mailto:)/i.test(rel.target)) text = `[${text}](${rel.target})`;
  return `${lead}${text}${trail}`;
}

interface Paragraph {
  text: string;
  level: number;
  kind: 'text' | 'bullet' | 'number';
}

function paragraph(p: El, ctx: SlideContext, listed: boolean): Paragraph {
  const props = attrs(child(p, 'a:pPr'));
  const pPr = child(p, 'a:pPr');
  const text = kids(p)
    .map((k) => (tagOf(k) === 'a:r' || tagOf(k) === 'a:fld' ? run(k, ctx) : tagOf(k) === 'a:br' ? '  \n' : ''))
    .join('')
    .trim();
  const kind = child(pPr, 'a:buAutoNum')
    ? 'number'
    : child(pPr, 'a:buChar') || (listed && !child(pPr, 'a:buNone'))
      ? 'bullet'
      : 'text';
  return { text, level: Number(props.lvl ?? '0'), kind };
}

/** Paragraphs as Markdown blocks: list items nested by level, other text one paragraph each. */
function paragraphsToMarkdown(paragraphs: readonly Paragraph[]): string[] {
  const blocks: string[] = [];
  let list: string[] = [];
  const counters: number[] = [];
  const kinds: string[] = [];
  const flush = (): void => {
    if (list.length > 0) blocks.push(list.join('\n'));
    list = [];
    counters.length = 0;
    kinds.length = 0;
  };
  for (const p of paragraphs) {
    if (p.text === '') continue;
    if (p.kind === 'text') {
      flush();
      blocks.push(escapeLineStart(p.text));
      continue;
    }
    const level = Math.min(p.level, 8);
    counters.length = level + 1;
    // A bullet after a numbered item (or the other way round) starts its own list: count afresh.
    if (kinds[level] !== p.kind) counters[level] = 0;
    kinds.length = level + 1;
    kinds[level] = p.kind;
    counters[level] = (counters[level] ?? 0) + 1;
    const marker = p.kind === 'number' ? `${counters[level]}.` : '-';
    list.push(`${'  '.repeat(level * (p.kind === 'number' ? 2 : 1))}${marker} ${p.text}`);
  }
  flush();
  return blocks;
}

function isTitle(sp: El): boolean {
  const ph = find(child(sp, 'p:nvSpPr'), 'p:ph');
  const type = attrs(ph).type;
  return type === 'title' || type === 'ctrTitle';
}

/** A placeholder that lists (body, object): its paragraphs are bullets unless they say none. */
function isList(sp: El): boolean {
  const ph = find(child(sp, 'p:nvSpPr'), 'p:ph');
  if (ph === undefined) return false;
  const type = attrs(ph).type ?? 'obj';
  return type === 'body' || type === 'obj';
}

function shapeText(sp: El, ctx: SlideContext): Paragraph[] {
  const body = child(sp, 'p:txBody');
  const listed = isList(sp);
  return children(body, 'a:p').map((p) => paragraph(p, ctx, listed));
}

function table(frame: El, ctx: SlideContext): string | null {
  const tbl = find(frame, 'a:tbl');
  if (tbl === undefined) return null;
  const rows = children(tbl, 'a:tr').map((tr) =>
    children(tr, 'a:tc').map((tc) =>
      children(child(tc, 'a:txBody'), 'a:p')
        .map((p) => paragraph(p, ctx, false).text)
        .filter(Boolean)
        .join(' ')
        .replace(/\n/g, ' '),
    ),
  );
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(rows[0]!), line(Array.from({ length: width }, () => '---')), ...rows.slice(1).map(line)].join('\n');
}

function picture(pic: El, ctx: SlideContext): string | null {
  const nv = child(child(pic, 'p:nvPicPr'), 'p:cNvPr');
  const nvPr = child(child(pic, 'p:nvPicPr'), 'p:nvPr');
  const blip = find(child(pic, 'p:blipFill'), 'a:blip');
  if (find(nvPr, 'a:videoFile') || find(nvPr, 'a:audioFile') || find(nvPr, 'p14:media')) {
    unconverted(ctx, 'media');
    return '<!-- video or sound: not converted -->';
  }
  const rel = ctx.rels.get(attrs(blip)['r:embed'] ?? '');
  const bytes = rel === undefined ? undefined : ctx.deck.files[rel.target];
  if (rel === undefined || bytes === undefined) return null;
  ctx.pictures++;
  const ext = path.posix.extname(rel.target).toLowerCase() || '.png';
  const target = `assets/dia-${ctx.number}-afbeelding-${ctx.pictures}${ext}`;
  ctx.assets.push({ target, bytes });
  // A file name where the description goes (what some tools write when there is none) is no alt text.
  const descr = (attrs(nv).descr ?? '').replace(/\s+/g, ' ').trim();
  const alt = /^[^\s/\\]+\.(png|jpe?g|gif|svg|bmp|tiff?|emf|wmf|webp)$/i.test(descr) ? '' : descr;
  if (alt === '') {
    const n = ctx.number;
    ctx.diagnostics.push(
      diag(
        'IMPORT_ATTENTION',
        ctx.at,
        (w) => w.pptxNoAlt(n, target),
        (w) => w.pptxNoAltHint(),
      ),
    );
  }
  return `![${escapeInline(alt)}](${target})`;
}

function unconverted(ctx: SlideContext, what: 'chart' | 'smartart' | 'media' | 'object'): void {
  const n = ctx.number;
  ctx.diagnostics.push(
    diag(
      'IMPORT_SKIPPED',
      ctx.at,
      (w) => w.pptxUnconverted(n, what),
      (w) => w.pptxUnconvertedHint(),
    ),
  );
}

/** The shapes of a shape tree (groups opened) as Markdown blocks, and the slide's title. */
function shapes(
  tree: El | undefined,
  ctx: SlideContext,
  out: { title: string | null; blocks: string[]; first: string | null },
): void {
  for (const el of kids(tree)) {
    switch (tagOf(el)) {
      case 'p:sp': {
        const paragraphs = shapeText(el, ctx);
        const text = paragraphs
          .map((p) => p.text)
          .filter(Boolean)
          .join(' ');
        if (isTitle(el) && out.title === null) out.title = text;
        else {
          out.first ??= paragraphs.find((p) => p.text !== '')?.text ?? null;
          out.blocks.push(...paragraphsToMarkdown(paragraphs));
        }
        break;
      }
      case 'p:pic': {
        const md = picture(el, ctx);
        if (md !== null) out.blocks.push(md);
        break;
      }
      case 'p:graphicFrame': {
        const md = table(el, ctx);
        if (md !== null) out.blocks.push(md);
        else {
          const uri = attrs(find(el, 'a:graphicData')).uri ?? '';
          const what = /chart/.test(uri) ? 'chart' : /diagram/.test(uri) ? 'smartart' : 'object';
          unconverted(ctx, what);
          out.blocks.push(`<!-- ${what}: not converted -->`);
        }
        break;
      }
      case 'p:grpSp':
        shapes(el, ctx, out);
        break;
      case 'mc:AlternateContent':
        shapes(child(el, 'mc:Fallback') ?? child(el, 'mc:Choice'), ctx, out);
        break;
      default:
        break;
    }
  }
}

function notesOf(deck: Deck, rels: ReturnType<Deck['rels']>): string {
  const rel = [...rels.values()].find((r) => r.type === 'notesSlide');
  if (rel === undefined) return '';
  const root = deck.xml(rel.target)?.find((e) => tagOf(e) === 'p:notes');
  const body = children(find(root, 'p:spTree'), 'p:sp').filter(
    (sp) => attrs(find(child(sp, 'p:nvSpPr'), 'p:ph')).type === 'body',
  );
  return body
    .flatMap((sp) => children(child(sp, 'p:txBody'), 'a:p').map((p) => textIn(p).trim()))
    .filter(Boolean)
    .join('\n');
}

export function readPptx(bytes: Uint8Array, file: string, options: ReaderOptions): Draft {
  const at = wholeFile(file);
  const failed = (why: 'zip' | 'slides'): Draft =>
    unreadable(
      diag(
        'IMPORT_DAMAGED',
        at,
        (w) => w.pptxDamaged(why),
        (w) => w.pptxDamagedHint(),
      ),
    );
  let deck: Deck;
  try {
    deck = open(bytes);
  } catch {
    return failed('zip');
  }
  const presentation = 'ppt/presentation.xml';
  const root = deck.xml(presentation)?.find((e) => tagOf(e) === 'p:presentation');
  const order = children(child(root, 'p:sldIdLst'), 'p:sldId').map((s) => attrs(s)['r:id'] ?? '');
  const rels = deck.rels(presentation);
  const parts = order
    .map((id) => rels.get(id)?.target)
    .filter((t): t is string => t !== undefined && deck.files[t] !== undefined);
  if (parts.length === 0) return failed('slides');
  const diagnostics: Diagnostic[] = [];
  const assets: DraftAsset[] = [];
  const languages = new Map<string, number>();
  const slides: DraftSlide[] = [];
  let title = '';
  let withText = 0;
  parts.forEach((part, i) => {
    const number = i + 1;
    const sld = deck.xml(part)?.find((e) => tagOf(e) === 'p:sld');
    if (attrs(sld).show === '0') {
      diagnostics.push(
        diag(
          'IMPORT_SKIPPED',
          at,
          (w) => w.pptxHidden(number),
          (w) => w.pptxHiddenHint(),
        ),
      );
      return;
    }
    const slideRels = deck.rels(part);
    const ctx: SlideContext = { deck, rels: slideRels, number, at, assets, diagnostics, languages, pictures: 0 };
    const out = { title: null as string | null, blocks: [] as string[], first: null as string | null };
    shapes(find(child(sld, 'p:cSld'), 'p:spTree'), ctx, out);
    let heading = out.title;
    if (heading === null && out.first !== null) {
      heading = out.first;
      // The first text becomes the title: its block is not repeated below it.
      const firstBlock = out.blocks.findIndex((b) => b.includes(out.first!));
      if (firstBlock >= 0 && out.blocks[firstBlock] === out.first) out.blocks.splice(firstBlock, 1);
    }
    if (heading !== null || out.blocks.some((b) => !b.startsWith('!['))) withText += 1;
    const name = heading ?? `Dia ${number}`;
    if (slides.length === 0) title = name.replace(/[*\\]/g, '');
    const markdown = [`${slides.length === 0 ? '#' : '##'} ${name.replace(/\n/g, ' ')}`, ...out.blocks].join('\n\n');
    const notes = notesOf(deck, slideRels);
    slides.push({ markdown, ...(notes !== '' && { notes }) });
  });
  // A deck of pictures only (slides exported as images, scans): no text to make a lesson of.
  if (slides.length > 0 && withText === 0)
    return unreadable(
      diag(
        'IMPORT_NOT_RECOGNISED',
        at,
        (w) => w.pptxOnlyPictures(slides.length, assets.length),
        (w) => w.pptxOnlyPicturesHint(),
      ),
    );
  const common = [...languages].sort((a, b) => b[1] - a[1])[0]?.[0];
  const text = slides.map((s) => s.markdown).join(' ');
  return {
    title: options.title ?? title,
    language: options.language ?? common ?? guessLanguage(text),
    languageGuessed: options.language === undefined && common === undefined,
    slides,
    questions: [],
    assets,
    diagnostics,
  };
}
