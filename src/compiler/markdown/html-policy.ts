// Raw HTML in a lesson's Markdown (marked's `html` tokens, one tag or one HTML block each) read with
// a real HTML tokenizer (htmlparser2's, entities decoded as a browser decodes them), never with
// regular expressions. One reading gives three things: the URLs and CSS the HTML refers to (refs.ts,
// for the asset check), what the allowlist (html-allowlist.ts) removes or refuses (the check stage's
// diagnostics), and the HTML that is rendered (render-markdown.ts): what the allowlist kept, written
// out anew. A token is read on its own, as marked cuts them: an element opened in one token and
// closed in another (`<div>`, Markdown, `</div>`) keeps both tags. Part of the Markdown library,
// loaded only for a lesson that has raw HTML (html-reader.ts).

import { QuoteType, Tokenizer } from 'htmlparser2';
import { cssProblems } from './css-check.js';
import { DROP_CONTENT, ELEMENTS, GLOBAL_ATTRIBUTES, REFUSED, schemeOf } from './html-allowlist.js';
import type { Say } from '../diagnostics/diagnostics.js';
import type { RefusedElement, RemovedAttribute } from '../words/words-types.js';
import { escapeHtml } from './html-text.js';
import { NEW_TAB } from './media-html.js';

export type HtmlUrlKind = 'image' | 'media' | 'link';

export interface HtmlFinding {
  code: 'HTML_REFUSED' | 'HTML_REMOVED' | 'CSS_REFUSED';
  /** Offset in the HTML read. */
  offset: number;
  message: Say;
  hint?: Say;
}

export interface HtmlReading {
  /** The HTML to render: the allowed elements and attributes (everything, for trusted HTML). */
  html: string;
  /** Every URL an attribute holds (decoded), of every element, allowed or not. */
  urls: Array<{ kind: HtmlUrlKind; url: string; offset: number }>;
  /** Every style attribute's CSS (decoded) and every <style> block's. */
  styles: Array<{ css: string; offset: number }>;
  findings: HtmlFinding[];
}

interface Attribute {
  name: string;
  value: string;
  /** Offset of the name, and of the value (its first character inside the quotes). */
  at: number;
  valueAt: number;
  bare: boolean;
}

/** The attributes outside the allowlist whose removal is explained (the words say why), the ones people meet. */
const EXPLAINED: ReadonlySet<string> = new Set<RemovedAttribute>(['srcset', 'ping', 'background', 'autoplay']);

/** Reads one piece of raw HTML; `trusted` (front matter `html: trusted`) keeps it as written. */
export function readHtml(raw: string, trusted = false): HtmlReading {
  const reading: HtmlReading = { html: '', urls: [], styles: [], findings: [] };
  const out: string[] = [];
  let tag = { name: '', at: 0, attributes: [] as Attribute[] };
  let attribute = { at: 0, name: '', value: '', valueAt: -1 };
  /** The element whose content is dropped, and how deep inside it the reading is. */
  let dropping: { name: string; depth: number } | null = null;
  let inStyle = false;
  const find = (code: HtmlFinding['code'], offset: number, message: Say, hint?: Say): void => {
    reading.findings.push(hint === undefined ? { code, offset, message } : { code, offset, message, hint });
  };
  const openTag = (): void => {
    const name = tag.name;
    collect(name, tag.attributes, reading, find);
    if (dropping !== null) {
      if (name === dropping.name) dropping.depth++;
      return;
    }
    const kept = policy(name, tag.at, tag.attributes, find);
    if (kept !== null) out.push(kept);
    inStyle = name === 'style';
    if (kept === null && DROP_CONTENT.has(name)) dropping = { name, depth: 0 };
  };
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = { name: raw.slice(start, end).toLowerCase(), at: start - 1, attributes: [] };
      },
      onattribname(start, end) {
        attribute = { at: start, name: raw.slice(start, end).toLowerCase(), value: '', valueAt: -1 };
      },
      onattribdata(start, end) {
        if (attribute.valueAt < 0) attribute.valueAt = start;
        attribute.value += raw.slice(start, end);
      },
      onattribentity(codepoint) {
        attribute.value += String.fromCodePoint(codepoint);
      },
      onattribend(quote) {
        // The first of two same-named attributes is the one a browser keeps.
        if (tag.attributes.some((a) => a.name === attribute.name)) return;
        const valueAt = attribute.valueAt < 0 ? attribute.at + attribute.name.length : attribute.valueAt;
        tag.attributes.push({ ...attribute, valueAt, bare: quote === QuoteType.NoValue });
      },
      onopentagend: openTag,
      onselfclosingtag: openTag,
      onclosetag(start, end) {
        const name = raw.slice(start, end).toLowerCase();
        inStyle = false;
        if (dropping !== null) {
          if (name === dropping.name && dropping.depth-- === 0) dropping = null;
          return;
        }
        if (ELEMENTS.has(name)) out.push(`</${name}>`);
      },
      ontext(start, end) {
        const text = raw.slice(start, end);
        if (inStyle) {
          reading.styles.push({ css: text, offset: start });
          for (const p of cssProblems(text)) find('CSS_REFUSED', start + p.offset, (w) => w.css[p.fetch]);
          // Inside <svg> a browser reads a <style> block's text as markup, where this tokenizer reads
          // CSS: a `<` there could open an element no check saw. CSS has no use for one.
          const lt = text.indexOf('<');
          if (lt >= 0) find('CSS_REFUSED', start + lt, (w) => w.styleLessThan());
        }
        if (dropping === null) out.push(inStyle ? text : escapeText(text));
      },
      ontextentity(codepoint) {
        if (dropping === null) out.push(escapeText(String.fromCodePoint(codepoint)));
      },
      // Comments, CDATA, declarations and processing instructions show nothing: they are left out.
      oncomment() {},
      oncdata() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(raw);
  tokenizer.end();
  if (trusted) {
    reading.findings = reading.findings.filter((f) => f.code === 'CSS_REFUSED');
    reading.html = raw;
  } else {
    reading.html = out.join('');
  }
  return reading;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Every URL and CSS text of an element, whatever the allowlist says of it. */
function collect(name: string, attributes: readonly Attribute[], reading: HtmlReading, find: Find): void {
  for (const a of attributes) {
    if (a.name === 'style') {
      reading.styles.push({ css: a.value, offset: a.valueAt });
      for (const p of cssProblems(a.value)) find('CSS_REFUSED', a.valueAt + p.offset, (w) => w.css[p.fetch]);
    }
    const kind = urlKind(name, a.name);
    if (kind === null) continue;
    // srcset and ping hold several URLs: srcset "a.png 1x, b.png 2x", ping "u1 u2".
    const list =
      a.name === 'srcset'
        ? a.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
        : a.name === 'ping'
          ? a.value.split(/\s+/)
          : [a.value];
    for (const url of list.filter((u) => u.trim() !== '')) {
      const inValue = a.value.indexOf(url);
      reading.urls.push({ kind, url: url.trim(), offset: a.valueAt + Math.max(0, inValue) });
    }
  }
}

function urlKind(element: string, attribute: string): HtmlUrlKind | null {
  switch (attribute) {
    case 'src':
    case 'srcset':
      return element === 'img' || element === 'input' || (element === 'source' && attribute === 'srcset')
        ? 'image'
        : 'media';
    case 'href':
    case 'xlink:href':
      return element === 'a' || element === 'area'
        ? 'link'
        : element === 'image' || element === 'feimage'
          ? 'image'
          : 'media';
    case 'poster':
    case 'background':
      return 'image';
    case 'data':
    case 'ping':
      return 'media';
    case 'action':
    case 'formaction':
      return 'link';
    default:
      return null;
  }
}

type Find = (code: HtmlFinding['code'], offset: number, message: Say, hint?: Say) => void;

/** The element's tag as it is rendered, or null when it goes; every finding on the way. */
function policy(name: string, at: number, attributes: readonly Attribute[], find: Find): string | null {
  for (const a of attributes) refusedAttribute(name, a, find);
  const refused: RefusedElement | undefined = REFUSED.has(name)
    ? (name as RefusedElement)
    : name === 'input' && attributes.some((a) => a.name === 'type' && a.value.trim().toLowerCase() === 'image')
      ? 'input-image'
      : undefined;
  if (refused !== undefined) {
    const fix = (w: Parameters<Say>[0]): string => w.htmlRefusedHint[refused] ?? w.hint.HTML_REFUSED;
    find('HTML_REFUSED', at, (w) => w.htmlRefused(name, w.htmlRefusedWhy[refused]), fix);
    return null;
  }
  const own = ELEMENTS.get(name);
  if (own === undefined) {
    const keepText = !DROP_CONTENT.has(name);
    find('HTML_REMOVED', at, (w) => w.htmlRemoved(name, keepText));
    return null;
  }
  const kept: string[] = [];
  for (const a of attributes) {
    if (/^on/.test(a.name) || a.name === 'formaction' || a.name === 'rel') continue;
    if (a.name === 'target') {
      // A link always opens in a new tab: in the lesson's frame it would end the learner's LMS session.
      if (a.value.trim().toLowerCase() !== '_blank') find('HTML_REMOVED', a.at, (w) => w.htmlTarget(a.value, name));
      continue;
    }
    if (!(GLOBAL_ATTRIBUTES.has(a.name) || /^aria-[a-z]+$/.test(a.name) || own.includes(a.name))) {
      const why = EXPLAINED.has(a.name) ? (a.name as RemovedAttribute) : null;
      find('HTML_REMOVED', a.at, (w) => w.htmlAttributeRemoved(a.name, name, why));
    } else if (/url\s*\(/i.test(a.value) && a.name !== 'style') {
      find('HTML_REMOVED', a.at, (w) => w.htmlAttributeUrl(a.name, name));
    } else {
      kept.push(a.bare ? ` ${a.name}` : ` ${a.name}="${escapeHtml(a.value)}"`);
    }
  }
  if (name === 'style') return `<style${kept.join('')}>`;
  const href = attributes.find((a) => a.name === 'href')?.value.trim();
  const newTab = name === 'a' && href !== undefined && !/^(#|mailto:|tel:)/i.test(href) ? ` ${NEW_TAB}` : '';
  return `<${name}${kept.join('')}${newTab}>`;
}

/** Attributes refused on any element: event handlers, form targets, URLs that run script. */
function refusedAttribute(name: string, a: Attribute, find: Find): void {
  if (/^on/.test(a.name)) {
    find(
      'HTML_REFUSED',
      a.at,
      (w) => w.htmlHandler(a.name, name),
      (w) => w.htmlHandlerHint(),
    );
    return;
  }
  if (a.name === 'formaction' || a.name === 'action') {
    find('HTML_REFUSED', a.at, (w) => w.htmlFormAction(a.name, name));
    return;
  }
  // Addresses are the asset check's (collect-assets.ts): javascript: and vbscript: anywhere and data:
  // in a link are refused there, https:, ftp: are ASSET_REMOTE. A data: file is fine as a picture,
  // sound or video, not as a page or a program.
  const kind = urlKind(name, a.name);
  if (kind === null || kind === 'link' || schemeOf(a.value) !== 'data') return;
  if (!/^\s*data:(image|audio|video)\//i.test(a.value)) {
    find('HTML_REFUSED', a.valueAt, (w) => w.htmlDataAddress(a.name, name));
  }
}
