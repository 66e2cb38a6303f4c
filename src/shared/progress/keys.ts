// The keys a learner's saved progress is filed under, made from what the author wrote and nothing
// else: not the HTML marked renders, not a UI string, not a position. The contract they belong to
// (which edit keeps what, the formats) is README.md beside this file. Here are the seeds, the text a
// key is the hash of; the compiler hashes them (compiler/render/progress-keys.ts: SHA-1, base64url,
// collisions resolved in lesson order). Every function here is frozen: changing one output moves
// keys, and every learner of every updated lesson loses their progress on the next upload.

/** Whitespace as the reader sees it: runs of spaces, tabs and line breaks are one space; none at the ends. */
export function plainSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What a slide is, in the author's words. */
export type SlideFacts =
  /** `::slide NAME` */
  | { kind: 'named'; name: string }
  /** a slide that asks one question (`::quiz` places them) */
  | { kind: 'question'; questionId: string }
  /** the quiz's result slide: there is at most one */
  | { kind: 'result' }
  /** anything else: its first heading as written (without `#` marks), the question it embeds if any,
   *  and all its text as written (Markdown sources and directives), for slides that share a heading */
  | { kind: 'content'; heading: string; questionId?: string; text: string };

/** Slide keys are 3 characters: 262,144 values, collisions resolved in lesson order. */
export const SLIDE_KEY_WIDTH = 3;
/** Question keys are 4 characters. */
export const QUESTION_KEY_WIDTH = 4;

/** The seed of a slide's key. The `named`, `question` and headed `content` seeds are those of the
 *  s2 keys (a plain heading's text is its source), so most slides keep the key they had. */
function slideSeed(slide: SlideFacts): string {
  switch (slide.kind) {
    case 'named':
      return `id:${slide.name}`;
    case 'question':
      return `q:${slide.questionId}`;
    case 'result':
      return 'result';
    case 'content':
      if (slide.heading !== '') return `content:${plainSpace(slide.heading)}`;
      if (slide.questionId !== undefined) return `content-q:${slide.questionId}`;
      return `content-text:${plainSpace(slide.text).slice(0, 80)}`;
  }
}

/** Every slide's seed, in lesson order. Slides with the same seed (the same heading twice) add their
 *  whole text; equal text too gets the hasher's counter. */
export function slideSeeds(slides: readonly SlideFacts[]): string[] {
  const seeds = slides.map(slideSeed);
  const count = new Map<string, number>();
  for (const seed of seeds) count.set(seed, (count.get(seed) ?? 0) + 1);
  const unique = seeds.map((seed, i) => {
    const slide = slides[i]!;
    return count.get(seed) === 1 || slide.kind !== 'content' ? seed : `${seed}\n${plainSpace(slide.text)}`;
  });
  return unique;
}

/** The option lists of a question, in the order their ids run: choices; items (in the correct
 *  order); match terms, then descriptions (in the order offered). A saved answer names options of
 *  these lists by id. Generic, so the compiler's unrendered question fits as well as the player's. */
export type Listed<O> =
  | { type: 'single' | 'multiple'; choices: O[] }
  | { type: 'order'; items: O[] }
  | { type: 'match'; sources: O[]; targets: O[] }
  | { type: 'true-false' | 'fill-in' | 'numeric' | 'open' };

export function optionLists<O>(question: Listed<O>): O[][] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [question.choices];
    case 'order':
      return [question.items];
    case 'match':
      return [question.sources, question.targets];
    default:
      return [];
  }
}

/** The seed of a question's key: its id, its type and how many options each list has. Prompt,
 *  feedback, points, which option is right, accepted answers and option texts are not in it: a
 *  saved answer survives their edits and is graded again. */
export function questionSeed(question: { id: string } & Listed<unknown>): string {
  return JSON.stringify([question.id, question.type, ...optionLists(question).map((list) => list.length)]);
}

/** The seed of an option's print, one character of its hash: its text as written, spaced plainly.
 *  Saved with an answer, the prints tell on the next launch where each option went when the author
 *  reordered them (remap.ts). */
export function optionSeed(source: string): string {
  return plainSpace(source);
}
