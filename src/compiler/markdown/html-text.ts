// One module for the compiler's rules between HTML and text: escaping a plain text, reading the text of
// rendered HTML back, and embedding JSON in a page. Each rule is written once and imported by the
// render stage, the media players, the preview and the tests. Part of the Markdown library (markdown/).

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;

/** A plain text (a UI string, a URL, a link title) as HTML text or attribute value: every character
 *  HTML gives a meaning is escaped, an `&` too. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Text that is HTML already (marked's rendering of alt text) as an attribute value: its entities stay
 *  as they are (`&amp;` from an escaped `\&` is not doubled), a bare `&` and quotes are escaped. */
export function htmlAttribute(html: string): string {
  return html
    .replace(/&(?!#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Entities of HTML text decoded; one that names no character is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => decodeEntity(name) ?? whole);
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name.toLowerCase()];
}

/** The character, or undefined beyond Unicode (`&#99999999;`), where fromCodePoint would throw. */
export function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

/** Plain text of rendered HTML, for places HTML cannot go (a slide title, an interaction description,
 *  an <option>, an aria-label): tags dropped, entities decoded, white space collapsed. Block boundaries
 *  become spaces, inline tags vanish: "<em>6</em>:" reads "6:", "<p>a</p><p>b</p>" reads "a b". */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<\/?(p|br|li|ul|ol|h[1-6]|div|tr|td|th|table|blockquote|pre|hr)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/** JSON inside <script>: escaping every `<` means no `</script>` or `<!--` in an author's text can end
 *  or confuse the script element; JSON.parse reads `\u003c` back as `<`. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
