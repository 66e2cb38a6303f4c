// What raw HTML in a lesson may hold: the elements and attributes ordinary lessons use, each listed
// (an allowlist: whatever is not here is removed or refused), and the ones refused outright because
// they run script, leave the package or send the learner elsewhere. The README's "Security" section
// says the same in words; html-policy.ts applies it. Part of the Markdown library (markdown/).

import type { RefusedElement } from '../words/words-types.js';
/** Attributes every allowed element may have (and every `aria-*`). */
export const GLOBAL_ATTRIBUTES: ReadonlySet<string> = new Set(['class', 'id', 'lang', 'dir', 'title', 'style', 'role']);

const SVG_PAINT = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'fill-rule',
  'transform',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
];
const CELL = ['colspan', 'rowspan', 'headers', 'scope'];

/** Allowed element -> its own attributes (lower case, as the parser reads them). */
export const ELEMENTS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...[
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'b',
    'strong',
    'i',
    'em',
    'u',
    's',
    'del',
    'ins',
    'sub',
    'sup',
    'small',
    'mark',
    'span',
    'div',
    'section',
    'cite',
    'ul',
    'dl',
    'dt',
    'dd',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'figure',
    'figcaption',
    'summary',
    'code',
    'pre',
    'kbd',
    'samp',
    'var',
    'dfn',
    'bdi',
    'wbr',
    'ruby',
    'rt',
    'rp',
    'picture',
  ].map((name): [string, readonly string[]] => [name, []]),
  ['abbr', []],
  ['bdo', []],
  ['time', ['datetime']],
  ['blockquote', ['cite']],
  ['q', ['cite']],
  ['ol', ['start', 'reversed', 'type']],
  ['li', ['value']],
  ['th', CELL],
  ['td', CELL],
  ['colgroup', ['span']],
  ['col', ['span']],
  ['details', ['open']],
  ['img', ['src', 'alt', 'width', 'height']],
  // target and rel are read, not copied: a link always opens in a new tab (media-html.ts NEW_TAB).
  ['a', ['href', 'target', 'rel']],
  ['audio', ['src', 'controls', 'preload', 'loop', 'muted']],
  ['video', ['src', 'controls', 'poster', 'width', 'height', 'preload', 'loop', 'muted', 'playsinline']],
  ['source', ['src', 'type']],
  ['track', ['src', 'kind', 'srclang', 'label', 'default']],
  ['style', ['media']],
  ['svg', ['viewbox', 'xmlns', 'width', 'height', 'preserveaspectratio', ...SVG_PAINT]],
  ...['g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect', 'text', 'tspan'].map(
    (name): [string, readonly string[]] => [
      name,
      [
        'd',
        'cx',
        'cy',
        'r',
        'rx',
        'ry',
        'x',
        'y',
        'x1',
        'y1',
        'x2',
        'y2',
        'dx',
        'dy',
        'points',
        'width',
        'height',
        ...SVG_PAINT,
      ],
    ],
  ),
]);

/** Elements whose text is not shown when the element goes (a program, another page, a style). */
export const DROP_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noembed',
  'noframes',
  'template',
  'frameset',
  'applet',
  'title',
  'textarea',
  'select',
  'xmp',
  'noscript',
]);

/** Refused elements (an error: the author clearly meant them to do something the package must not
 *  do); why, and what to write instead, in the author's words (src/compiler/words/, htmlRefusedWhy). */
export const REFUSED: ReadonlySet<string> = new Set<RefusedElement>([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'form',
  'base',
  'meta',
  'link',
  'image',
  'feimage',
  'use',
]);

/** URL schemes refused in every link and file address: they run script or make a page of their own
 *  (a data: picture, sound or video inside an <img>, <audio> or <video> is fine). */
export const SCRIPT_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data']);

/** The scheme of a URL as a browser reads it (tabs and line breaks inside dropped), or null. */
export function schemeOf(url: string): string | null {
  let clean = url.replace(/[\t\n\r]/g, '');
  // Leading control characters and spaces too (WHATWG URL: C0 control or space).
  while (clean !== '' && clean.charCodeAt(0) <= 0x20) clean = clean.slice(1);
  return /^([a-z][a-z0-9+.-]*):/i.exec(clean)?.[1]?.toLowerCase() ?? null;
}
