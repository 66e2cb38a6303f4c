// Arbitraries for the suspend_data fuzz tests: lessons as the player receives them (every question
// type, slide and question keys as the compiler gives them), learner states that are valid for such
// a lesson, ways to tamper with an encoded state, and the one check: is this state something the
// player can show for this lesson? Written against the public types only, so it holds for any format.

import fc from 'fast-check';
import type { LessonData, LessonQuestion } from '../../src/shared/model.js';
import { stringsFor } from '../../src/shared/i18n.js';
import type { AnswerState, PlayerState, Response } from '../../src/shared/tracking.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** `length` base64url characters of a number: the shape of the compiler's slide and question keys. */
const toKey = (n: number, length: number): string =>
  Array.from({ length }, (_, i) => B64[Math.floor(n / 64 ** i) % 64]).join('');
const keys = (count: number, length: number): fc.Arbitrary<string[]> =>
  fc
    .uniqueArray(fc.nat({ max: 64 ** length - 1 }), { minLength: count, maxLength: count })
    .map((ns) => ns.map((n) => toKey(n, length)));
const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-_';
/** Question ids as authors write them: a letter, then letters, digits, - and _. */
const ids = (count: number): fc.Arbitrary<string[]> =>
  fc
    .uniqueArray(fc.nat({ max: 26 * 38 ** 3 - 1 }), { minLength: count, maxLength: count })
    .map((ns) =>
      ns.map((n) => LETTERS[n % 26]! + [0, 1, 2].map((i) => ID_CHARS[Math.floor(n / 26 / 38 ** i) % 38]).join('')),
    );
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const letterIds = (n: number): string[] => [...LETTERS.slice(0, n)];
const digitIds = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i + 1));

const TYPES = ['single', 'multiple', 'true-false', 'order', 'match', 'fill-in', 'open'] as const;

function question(type: (typeof TYPES)[number], id: string, k: string, n: number): LessonQuestion {
  const base = {
    id,
    k,
    promptHtml: 'Vraag',
    promptText: 'Vraag',
    points: type === 'open' ? 0 : 1 + (n % 3),
    feedback: { correct: '', incorrect: '' },
  };
  const choices = letterIds(n).map((c, i) => ({ id: c, html: `Optie ${c}`, correct: i === 0 }));
  switch (type) {
    case 'single':
    case 'multiple':
      return { ...base, type, choices };
    case 'true-false':
      return { ...base, type, answer: n % 2 === 0 };
    case 'order':
      return { ...base, type, items: letterIds(n).map((c) => ({ id: c, html: c })), shown: letterIds(n).reverse() };
    case 'match':
      return {
        ...base,
        type,
        sources: digitIds(n).map((c) => ({ id: c, html: c })),
        targets: letterIds(n).map((c) => ({ id: c, html: c })),
        pairs: Object.fromEntries(digitIds(n).map((s, i) => [s, LETTERS[i]!])),
      };
    case 'fill-in':
      return { ...base, type, answers: ['CRM', 'het CRM'], caseSensitive: false };
    case 'open':
      return { ...base, type };
  }
}

/** fast-check prints a failing lesson without its UI strings: the slides and questions are what matter. */
function printable(lesson: LessonData): LessonData {
  const { strings: _strings, ...shown } = lesson;
  return Object.defineProperty(lesson, fc.toStringMethod, { value: () => fc.stringify(shown), enumerable: false });
}

/** A lesson of 0..8 questions of random types on slides of their own, among 1..12 other slides. */
export const lessonArb: fc.Arbitrary<LessonData> = fc
  .record({
    specs: fc.array(fc.record({ type: fc.constantFrom(...TYPES), n: fc.integer({ min: 2, max: 6 }) }), {
      maxLength: 8,
    }),
    extraSlides: fc.integer({ min: 1, max: 12 }),
    attempts: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ specs, extraSlides, attempts }) =>
    fc
      .record({
        qIds: ids(specs.length),
        qKeys: keys(specs.length, 4),
        sKeys: keys(specs.length + extraSlides, 3),
      })
      .map(({ qIds, qKeys, sKeys }): LessonData =>
        printable({
          id: 'les-fuzz',
          title: 'Fuzz',
          version: '1.0.0',
          language: 'nl',
          passingScore: 70,
          completion: 'slides-and-quiz',
          attempts,
          navigation: 'free',
          solutions: 'after-last-attempt',
          score: 'best',
          slides: sKeys.map((k, i) => ({ title: `Dia ${i + 1}`, kind: i >= extraSlides ? 'question' : 'content', k })),
          questions: specs.map((s, i) => question(s.type, qIds[i]!, qKeys[i]!, s.n)),
          strings: stringsFor('nl'),
        }),
      ),
  );

/** Typed text that would be trouble if it were ever read as HTML or as the format's separators. */
export const typedTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('<img src=x onerror=alert(1)>', '<b>vet</b>', '%;|,.', '100% | zeker; ja', '&amp;', '', 'é\n\tß'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

function responseArb(q: LessonQuestion): fc.Arbitrary<Response> {
  switch (q.type) {
    case 'single':
      return fc.constantFrom(...q.choices.map((c) => c.id));
    case 'multiple':
      return fc.subarray(
        q.choices.map((c) => c.id),
        { minLength: 1 },
      );
    case 'true-false':
      return fc.boolean();
    case 'order':
      return fc.shuffledSubarray(
        q.items.map((i) => i.id),
        { minLength: q.items.length },
      );
    case 'match':
      return fc.tuple(
        ...q.sources.map((s) => fc.constantFrom(...q.targets.map((t) => t.id)).map((t): [string, string] => [s.id, t])),
      );
    case 'fill-in':
    case 'open':
      return typedTextArb;
    case 'numeric':
      // What the player keeps of a typed number: the decimal with a point (Moodle's rule).
      return fc
        .tuple(fc.integer({ min: -99999, max: 99999 }), fc.option(fc.nat({ max: 999 })))
        .map(([i, f]) => (f === null ? String(i) : `${i}.${f}`));
  }
}

function answerArb(q: LessonQuestion): fc.Arbitrary<AnswerState> {
  return fc
    .record({
      r: responseArb(q),
      ok: q.type === 'open' ? fc.constant(null) : fc.boolean(),
      ms: fc.nat({ max: 3_600_000 }),
    })
    .map((a) => ({ ...a, pts: a.ok === true ? q.points : 0 }));
}

/** A state the player could have saved for this lesson. */
export function stateArb(lesson: LessonData): fc.Arbitrary<PlayerState> {
  const slides = lesson.slides.length;
  return fc
    .record({
      slide: fc.nat({ max: slides - 1 }),
      visited: fc.subarray([...Array(slides).keys()]),
      answers: fc
        .tuple(...lesson.questions.map((q) => fc.option(answerArb(q))))
        .map((as) =>
          Object.fromEntries(as.flatMap((a, i) => (a === null ? [] : [[lesson.questions[i]!.id, a] as const]))),
        ),
      attempt: fc.integer({ min: 1, max: Math.max(1, lesson.attempts) }),
      result: fc.option(fc.record({ score: fc.integer({ min: 0, max: 100 }), passed: fc.boolean() })),
      best: fc.option(fc.record({ score: fc.integer({ min: 0, max: 100 }), passed: fc.boolean(), n: fc.constant(1) })),
      timers: fc.dictionary(
        fc.constantFrom(...lesson.slides.map((s) => s.k)),
        fc.record({ left: fc.nat({ max: 7200 }), running: fc.boolean() }),
        { maxKeys: 3 },
      ),
    })
    .map((s) => ({ ...s, visited: [...new Set([...s.visited, s.slide])].sort((a, b) => a - b) }));
}

/** What a bad copy, a cut-off write or a curious learner does to the text in the LMS. */
export type Tamper =
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'splice'; at: number; from: number };

const FORMAT_CHARS = fc.constantFrom(...'|;,.%-_0123456789azAZpfst'.split(''), '%7C', '%3B', '<b>', '\u0000', 'é');

export const tamperArb: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.oneof(FORMAT_CHARS, fc.string({ unit: 'binary', maxLength: 1 })),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(FORMAT_CHARS, fc.string({ maxLength: 6 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), from: fc.nat() }),
);

/** `other` is a second encoded state, for splicing (the head of one, the tail of the other). */
export function tamper(text: string, t: Tamper, other: string): string {
  const at = t.at % (text.length + 1);
  switch (t.kind) {
    case 'flip':
      return text.slice(0, at) + t.char + text.slice(at + 1);
    case 'cut':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + t.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + t.length);
    case 'splice':
      return text.slice(0, at) + other.slice(t.from % (other.length + 1));
  }
}

/** Text shaped like suspend_data (a tag, `|` fields of the format's characters), and any text at all. */
export const suspendLikeArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('s1', 's2', 's3', 'S2', ''),
      fc.array(fc.string({ unit: FORMAT_CHARS, maxLength: 12 }), { maxLength: 9 }),
    )
    .map(([tag, fields]) => [tag, ...fields].join('|')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.json(),
);

/** Why the state cannot be shown for this lesson ([] when it can). */
export function stateProblems(state: PlayerState, lesson: LessonData): string[] {
  const slides = lesson.slides.length;
  const inRange = (i: unknown): boolean => Number.isInteger(i) && (i as number) >= 0 && (i as number) < slides;
  const problems: string[] = [];
  if (!inRange(state.slide)) problems.push(`slide ${state.slide} of ${slides}`);
  if (!state.visited.every(inRange)) problems.push(`visited ${JSON.stringify(state.visited)} of ${slides}`);
  if (state.visited.some((v, i) => i > 0 && v <= state.visited[i - 1]!))
    problems.push(`visited not ascending ${JSON.stringify(state.visited)}`);
  if (!Number.isInteger(state.attempt) || state.attempt < 1) problems.push(`attempt ${state.attempt}`);
  if (state.result !== null && !validScore(state.result.score)) problems.push(`result score ${state.result.score}`);
  if (state.best !== null && !validScore(state.best.score)) problems.push(`best score ${state.best.score}`);
  if (state.best !== null && !(Number.isInteger(state.best.n) && state.best.n >= 1 && state.best.n <= state.attempt)) {
    problems.push(`best attempt ${state.best.n} (attempt ${state.attempt})`);
  }
  for (const [id, answer] of Object.entries(state.answers)) problems.push(...answerProblems(id, answer, lesson));
  for (const [name, timer] of Object.entries(state.timers)) {
    const slideKey = name.split('.')[0];
    if (!lesson.slides.some((s) => s.k === slideKey)) problems.push(`timer for no slide: ${name}`);
    if (!Number.isInteger(timer.left) || timer.left < 0) problems.push(`timer ${name} left ${timer.left}`);
  }
  return problems;
}

const validScore = (score: number): boolean => Number.isFinite(score) && score >= 0 && score <= 100;

function answerProblems(id: string, answer: AnswerState, lesson: LessonData): string[] {
  const q = lesson.questions.find((x) => x.id === id);
  if (q === undefined) return [`answer for no question: ${id}`];
  const problems = responseProblems(q, answer.r).map((p) => `${id} (${q.type}): ${p}`);
  if (!Number.isFinite(answer.pts) || answer.pts < 0 || answer.pts > q.points)
    problems.push(`${id}: ${answer.pts} of ${q.points} points`);
  if (q.type === 'open' ? answer.ok !== null : typeof answer.ok !== 'boolean') problems.push(`${id}: ok ${answer.ok}`);
  if (!Number.isFinite(answer.ms) || answer.ms < 0) problems.push(`${id}: latency ${answer.ms}`);
  return problems;
}

const unique = (xs: string[]): boolean => new Set(xs).size === xs.length;
const strings = (r: Response): r is string[] => Array.isArray(r) && r.every((x) => typeof x === 'string');

function responseProblems(q: LessonQuestion, r: Response): string[] {
  const bad = [`response ${JSON.stringify(r)}`];
  switch (q.type) {
    case 'single':
      return typeof r === 'string' && q.choices.some((c) => c.id === r) ? [] : bad;
    case 'multiple':
      return strings(r) && unique(r) && r.every((id) => q.choices.some((c) => c.id === id)) ? [] : bad;
    case 'true-false':
      return typeof r === 'boolean' ? [] : bad;
    case 'order':
      return strings(r) && unique(r) && r.length === q.items.length && r.every((id) => q.items.some((i) => i.id === id))
        ? []
        : bad;
    case 'match': {
      const pairs = Array.isArray(r) ? r.filter((p): p is [string, string] => Array.isArray(p) && p.length === 2) : [];
      const ok =
        Array.isArray(r) &&
        pairs.length === r.length &&
        unique(pairs.map((p) => p[0])) &&
        pairs.every(([s, t]) => q.sources.some((x) => x.id === s) && q.targets.some((x) => x.id === t));
      return ok ? [] : bad;
    }
    case 'fill-in':
    case 'open':
      return typeof r === 'string' ? [] : bad;
    case 'numeric':
      return typeof r === 'string' && /^-?[0-9]{1,5}(\.[0-9]{1,18})?$/.test(r) ? [] : bad;
  }
}
