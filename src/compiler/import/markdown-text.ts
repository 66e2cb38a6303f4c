// Plain text as Markdown that shows exactly that text: every character Markdown would read as markup
// is escaped, so an imported sentence keeps its words, punctuation and quote marks.

/** Inline: `*`, `_`, `` ` ``, `[`, `]`, `<`, `\`, `|` and an entity-like `&name;` are escaped anywhere. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<|]/g, (c) => `\\${c}`).replace(/&(?=#?\w+;)/g, '\\&');
}

/** A line of its own: inline escapes, and what would start a block (a heading `#`, a list `-`, `+`,
 *  `*` or `1.`, a quote `>`, a rule `---`, a fence, a table row) is escaped at the start. */
export function escapeLine(text: string): string {
  return escapeLineStart(escapeInline(text.trim()));
}

/** What would start a block, escaped at the start of a line whose inline marks are escaped already. */
export function escapeLineStart(inline: string): string {
  return inline
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(>|~~~|={2,}|-{3,})/, '\\$1');
}

/** A slug for ids: lowercase letters, digits and `-`, accents dropped, at most `max` characters. */
export function slug(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** A question id from its name in a bank (the name itself when it is one), unique among `taken`. */
export function uniqueId(name: string, taken: Set<string>): string {
  const base = /^[A-Za-z][\w-]*$/.test(name) && name.length <= 60 ? name : slug(name) || 'vraag';
  const start = /^[a-z]/i.test(base) ? base : `v-${base}`;
  let id = start;
  for (let n = 2; taken.has(id); n++) id = `${start}-${n}`;
  taken.add(id);
  return id;
}
