// The tables of the languages the tool speaks to authors (src/shared/author-language.ts), by code.
// A new language: a table beside en.ts, nl.ts, de.ts, fr.ts and es.ts, typed `Words`, and its code in AUTHOR_LANGUAGES.

import type { AuthorLanguage } from '../../shared/author-language.js';
import { en, type Words } from './en.js';
import { nl } from './nl.js';
import { de } from './de.js';
import { fr } from './fr.js';
import { es } from './es.js';

export type { Words };

export const WORDS: Readonly<Record<AuthorLanguage, Words>> = { en, nl, de, fr, es };
