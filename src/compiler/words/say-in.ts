// What every language's table (en.ts, nl.ts, de.ts, fr.ts, es.ts) does alike, in its own language:
// a count with its plural by the language's rule, a number written its way, a language's name, and
// a list joined with its word for "and".

export interface SayIn {
  /** "1 error", "3 errors"; "0 erreur" in French (CLDR: 0 is singular there). */
  count(n: number, one: string, other: string): string;
  /** 1,234 in English, 1.234 in Dutch and German. */
  n(x: number): string;
  /** A language's name for a code ("de" -> "German", "Duits"); the code itself when it names none. */
  languageName(code: string): string;
  /** "a", "a and b", "a, b and c". */
  list(items: readonly string[]): string;
}

export function sayIn(locale: string, and: string): SayIn {
  const plural = new Intl.PluralRules(locale);
  const n = (x: number): string => x.toLocaleString(locale);
  return {
    count: (x, one, other) => `${n(x)} ${plural.select(x) === 'one' ? one : other}`,
    n,
    languageName: (code) => {
      try {
        return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
    list: (items) =>
      items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`,
  };
}
