// SCORM values as a teacher reads them in the preview's panel: a response as the texts the learner
// chose (the question's own options, from the lesson data), a time span as "3 min 12 s". Pure: the
// panel (panel.ts) shows the SCORM value small beside the words. The formats are the player's
// (src/runtime/lms/scorm12.ts and scorm2004.ts: 1.2 RTE 3.4.4.5, 2004 RTE 4.2.9.1).

import { assertNever, type Question, type ScormVersion } from '../shared/model.js';
import { PREVIEW_WORDS, type PreviewWords } from '../shared/preview-words.js';

/** A version's pattern delimiters: list items and the two sides of a pair. */
const DELIMITERS: Record<ScormVersion, { list: string; pair: string }> = {
  '1.2': { list: ',', pair: '.' },
  '2004': { list: '[,]', pair: '[.]' },
};

/** How the words are made: HTML as plain text (the page has a DOM; the tests a stand-in), the
 *  lesson's words for true and false. */
export interface WordsContext {
  /** The page's words (shared/preview-words.ts). */
  words: PreviewWords;
  version: ScormVersion;
  plain(html: string): string;
  trueFalse: [string, string];
}

function byId(items: ReadonlyArray<{ id: string; html: string }>, id: string, plain: (html: string) => string): string {
  const item = items.find((i) => i.id === id);
  return item === undefined ? `? (${id})` : plain(item.html);
}

/** 2004 `{case_matters=false}` / `{lang=nl}` in front of a text: a note on it, not part of it. */
function withoutDelimiters(text: string): string {
  return text.replace(/^(\{[a-z_]+=[^}]*\})+/, '');
}

/** One response or correct-response pattern of `question` in words; '' stays ''. */
export function responseInWords(question: Question, value: string, context: WordsContext): string {
  if (value === '') return '';
  const { list, pair } = DELIMITERS[context.version];
  const ids = (): string[] => value.split(list);
  const { plain } = context;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return ids()
        .map((id) => byId(question.choices, id, plain))
        .join('; ');
    case 'order':
      return ids()
        .map((id) => byId(question.items, id, plain))
        .join(' → ');
    case 'match':
      return ids()
        .map((p) => {
          const [source = '', target = ''] = p.split(pair);
          return `${byId(question.sources, source, plain)}: ${byId(question.targets, target, plain)}`;
        })
        .join('; ');
    case 'true-false':
      return value.startsWith('t') ? context.trueFalse[0] : context.trueFalse[1];
    case 'numeric': {
      const [min, max] = value.split('[:]');
      return max === undefined || max === min ? (min ?? '') : context.words.range(min ?? '', max);
    }
    case 'fill-in':
    case 'open':
      return `“${withoutDelimiters(value)}”`;
    default:
      return assertNever(question);
  }
}

/** A SCORM time span (1.2 CMITimespan `HHHH:MM:SS.SS`, 2004 ISO 8601 `PT1H3M12.5S`) in seconds;
 *  null when it is neither. */
export function seconds(value: string): number | null {
  const hms = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(value);
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!iso || value === 'P' || value.endsWith('T')) return null;
  // Years and months as the spec's 365 and 30 days: no session lasts that long.
  const [years, months, days, hours, minutes, secs] = iso.slice(1).map((n) => Number(n ?? 0));
  return ((((years! * 365 + months! * 30 + days!) * 24 + hours!) * 60 + minutes!) * 60 + secs!) as number;
}

/** "3 min 12 s", "1 h 5 min", "0 s": to the second, the largest two units. */
export function timeInWords(value: string, units: PreviewWords['units'] = PREVIEW_WORDS.en.units): string | null {
  const total = seconds(value);
  if (total === null) return null;
  const s = Math.round(total);
  const [days, hours, minutes, secs] = units;
  const parts: Array<[number, string]> = [
    [Math.floor(s / 86400), days],
    [Math.floor((s % 86400) / 3600), hours],
    [Math.floor((s % 3600) / 60), minutes],
    [s % 60, secs],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first < 0) return `0 ${secs}`;
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
}
