// The language of an imported text when the file does not say: the one whose most common short words
// it holds most of. Enough for a lesson's worth of sentences; `--language` chooses otherwise.

const COMMON: Record<string, readonly string[]> = {
  nl: ['de', 'het', 'een', 'en', 'van', 'je', 'is', 'dat', 'niet', 'met', 'voor', 'op', 'te', 'zijn', 'wat', 'hoe'],
  en: ['the', 'and', 'of', 'to', 'you', 'is', 'that', 'not', 'with', 'for', 'on', 'are', 'what', 'how', 'this'],
  de: ['der', 'die', 'das', 'und', 'nicht', 'mit', 'ist', 'ein', 'eine', 'zu', 'den', 'sie', 'auf', 'für'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'pas', 'une', 'pour', 'dans', 'que', 'qui', 'vous', 'du'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'es', 'una', 'para', 'del', 'por', 'con', 'no', 'se'],
};

/** The language code whose common words the text holds most of; `en` when none stands out. */
export function guessLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  let best = 'en';
  let bestScore = 0;
  for (const [language, common] of Object.entries(COMMON)) {
    const score = common.reduce((sum, word) => sum + (counts.get(word) ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}
