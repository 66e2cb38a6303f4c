// The languages the tool speaks to an author (the command line, its diagnostics, the preview page,
// the starter lesson), apart from the learner's language of a lesson (i18n.ts). The compiler and the
// preview page both choose by these rules, so they live here.

/** Every language the tool speaks to authors; the first is the fallback. Adding one is a table per
 *  place that speaks (src/compiler/words/, the preview's words), then its code here. */
export const AUTHOR_LANGUAGES = ['en', 'nl', 'de', 'fr', 'es'] as const;

export type AuthorLanguage = (typeof AUTHOR_LANGUAGES)[number];

/** The author language a language tag or locale names (`nl`, `nl-BE`, `nl_NL.UTF-8`), or null when the
 *  tool does not speak it (`de`, `C`, `POSIX`, empty). */
export function authorLanguageOf(tag: string | undefined): AuthorLanguage | null {
  const primary =
    (tag ?? '')
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  return (AUTHOR_LANGUAGES as readonly string[]).includes(primary) ? (primary as AuthorLanguage) : null;
}

/** Where the author's language comes from, most explicit first. */
export interface LanguageSources {
  /** `--lang`. */
  flag?: string | undefined;
  /** The lesson's `language:` (or `new --language`). */
  lesson?: string | undefined;
  /** The system locale, as POSIX looks it up: LC_ALL, then LC_MESSAGES, then LANG. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The first source that names a language the tool speaks; English when none does. An empty
 *  LC_ALL counts as unset, as in POSIX. */
export function chooseAuthorLanguage({ flag, lesson, env = {} }: LanguageSources): AuthorLanguage {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return authorLanguageOf(flag) ?? authorLanguageOf(lesson) ?? authorLanguageOf(locale) ?? AUTHOR_LANGUAGES[0];
}
