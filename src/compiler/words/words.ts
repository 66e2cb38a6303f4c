// The tables of the languages the tool speaks to authors (src/shared/author-language.ts), by code.
// A new language: a table beside en.ts and nl.ts, typed `Words`, and its code in AUTHOR_LANGUAGES.

import type { AuthorLanguage } from '../../shared/author-language.js';
import { en, type Words } from './en.js';
import { nl } from './nl.js';

export type { Words };

export const WORDS: Readonly<Record<AuthorLanguage, Words>> = { en, nl };
