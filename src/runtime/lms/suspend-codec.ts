// PlayerState <-> suspend_data, keyed by what survives a new build of the lesson: teachers fix and
// extend lessons mid-term and Moodle keeps the learners' data when a package is replaced, so slides
// and questions are named by the keys the compiler gives them from what the author wrote (model.ts
// SlideInfo.k, LessonQuestion.k), never by position. The contract (keys, formats, what each edit
// keeps) is src/shared/progress/README.md. SCORM 1.2 allows 4096 characters (CMIString4096, RTE
// 3.4.4) and Moodle's "scormstandard" setting and its mobile app enforce it: a 200-slide,
// 100-question lesson, all seen and answered, stays well below (test/runtime/lms-suspend-codec.test.ts).
//
//   s3|<bookmark>|<attempt>|<visited>|<best>|<answers>|<timers>|<seed>|<tries>
//   bookmark: the key of the slide the learner is on (3 characters, also the LMS bookmark)
//   visited:  the keys of the slides seen, in lesson order, concatenated
//   best:     "" or <score>p / <score>f followed by the attempt it was reached in (base 36)
//   answers:  <question key, 4 characters><verdict><prints><response> joined by ";": the verdict the
//             LMS was given (1 right, 0 wrong, - neither), the prints of the question's options when
//             it has any (LessonQuestion.f, as many as it has options), the response (suspend-response.ts)
//   timers:   <timer key>,<seconds left, base 36>,<1 running|0> joined by ";"
//   seed:     base 36 (quiz/draw.ts: with the attempt it gives every shuffled order again)
//   tries:    <question key><wrong tries so far, one digit: tries are at most 9>, concatenated
// s2 is s3 with the s2 keys (LessonQuestion.o, SlideInfo.o where they differ) and answers as
// <key><response>; data written before seed and tries existed (6 fields) is read as having neither.
// Points and the attempt's result are not stored: they are worked out again from the responses with
// the questions as they are now, so a lesson update never leaves a stale score; a verdict that comes
// out otherwise (the author fixed the answer key) is listed in PlayerState.regraded for the LMS.
// Packages built before s2 wrote s1 (positions and a fingerprint): still read, by suspend-s1.ts, which
// the player loads only when it meets such data (player-s1.js, see older-formats.ts).

import type { LessonData, LessonQuestion } from '../../shared/model.js';
import { own, type AnswerState, type BestResult, type PlayerState, type TimerState } from '../../shared/tracking.js';
import { grade } from '../quiz/grade.js';
import { attemptResult, bestOf, inPlay } from '../quiz/score.js';
import { optionLists } from '../../shared/progress/keys.js';
import { remapIds } from '../../shared/progress/remap.js';
import { decodeResponse, encodeResponse, escapeText } from './suspend-response.js';

const TAG = 's3';

/** A decoder of a format older than s2: the fields after its tag, as decodeState's. */
export type OlderDecoder = (parts: string[], lesson: LessonData, location: string) => PlayerState;
/** Undefined unless the text is a base-36 number of 1 to 8 digits. */
export const int36 = (text: string): number | undefined =>
  /^[0-9a-z]{1,8}$/.test(text) ? parseInt(text, 36) : undefined;

function encodeWith(state: PlayerState, lesson: LessonData): string {
  const { slides, questions } = lesson;
  const { best, answers, tried } = state;
  return [
    TAG,
    slides[state.slide]?.k ?? '',
    state.attempt.toString(36),
    state.visited.map((i) => slides[i]?.k ?? '').join(''),
    best === null ? '' : `${best.score}${best.passed ? 'p' : 'f'}${best.n.toString(36)}`,
    questions
      .flatMap((q) => {
        const answer = own(answers, q.id);
        return answer ? [q.k + VERDICT[String(answer.ok)] + (q.f ?? '') + encodeResponse(q, answer.r)] : [];
      })
      .join(';'),
    Object.entries(state.timers)
      .map(([key, t]) => `${key},${Math.max(0, Math.round(t.left)).toString(36)},${t.running ? 1 : 0}`)
      .join(';'),
    state.seed?.toString(36),
    questions.map((q) => (own(tried, q.id) ? q.k + own(tried, q.id) : '')).join(''),
  ].join('|');
}

/** The verdict an answer was saved with, by AnswerState.ok. */
const VERDICT: Record<string, string> = { true: '1', false: '0', null: '-' };

/** The longest start of a typed answer whose escaped form takes at most `room` characters: the cut
 *  is made after escaping (`%;|` take 3 characters each) and never splits an escape or a character. */
function fitText(text: string, room: number): string {
  let out = '';
  for (const char of text) {
    room -= escapeText(char).length;
    if (room < 0) break;
    out += char;
  }
  return out;
}

/** Typed answers (fill-in, open) shortened, longest first, by `over` characters in all, or until all are
 *  empty: the full text stays in the LMS's interaction record, and each answer stays (if only as ""). */
function shortenTexts(answers: Record<string, AnswerState>, lesson: LessonData, over: number): void {
  const typed = lesson.questions
    .flatMap((q) => (q.type === 'fill-in' || q.type === 'open' ? [[q.id, own(answers, q.id)] as const] : []))
    .flatMap(([id, answer]) => (answer ? [{ id, answer, size: escapeText(answer.r as string).length }] : []))
    .sort((a, b) => b.size - a.size);
  for (const { id, answer, size } of typed) {
    if (over <= 0) return;
    const r = fitText(answer.r as string, size - over);
    answers[id] = { ...answer, r };
    over -= size - escapeText(r).length;
  }
}

/** Answers dropped, the last question's first, until `over` characters are saved. */
function dropAnswers(answers: Record<string, AnswerState>, lesson: LessonData, over: number): void {
  for (const q of [...lesson.questions].reverse()) {
    const answer = own(answers, q.id);
    if (over <= 0) return;
    if (answer) over -= q.k.length + 1 + (q.f?.length ?? 0) + encodeResponse(q, answer.r).length + 1; // with its ";"
    delete answers[q.id];
  }
}

/** Encodes the state in at most maxLength characters (SCORM 1.2 allows 4096; Moodle's "scormstandard"
 *  refuses more, and the learner's whole saved state with it). What is given up, least needed first:
 *  timers (they start afresh), the tails of typed answers, the wrong tries counted, the slides seen;
 *  answers only when nothing else is left, the last question's first. */
export function encodeState(state: PlayerState, lesson: LessonData, maxLength = Infinity): string {
  const kept: PlayerState = { ...state, answers: { ...state.answers } };
  const over = (): number => encodeWith(kept, lesson).length - maxLength;
  if (over() > 0) kept.timers = {};
  shortenTexts(kept.answers, lesson, over());
  if (over() > 0) kept.tried = undefined;
  if (over() > 0) kept.visited = [];
  dropAnswers(kept.answers, lesson, over());
  return encodeWith(kept, lesson);
}

/** Each answer on its own: one that does not fit its question (corrupt, or the question changed in a
 *  way its key missed) is dropped, the others stay. Graded again with the question as it is now; an
 *  entry's third part, the verdict it was saved with (s3), is set against the new one, and the ids of
 *  the questions whose verdict changed are added to `regraded`. */
export function decodeAnswers(
  entries: Array<[LessonQuestion | undefined, string, string?]>,
  regraded: string[] = [],
): Record<string, AnswerState> {
  const answers: Record<string, AnswerState> = {};
  for (const [q, text, verdict] of entries) {
    try {
      const r = decodeResponse(q!, text);
      const answer: AnswerState = { r, ...grade(q!, r), ms: 0 };
      answers[q!.id] = answer;
      if (verdict !== undefined && verdict !== VERDICT[String(answer.ok)]) regraded.push(q!.id);
    } catch {
      // no such question (q undefined) or not a response to it: dropped
    }
  }
  return answers;
}

/** An s3 answer entry: its question, its response with the option ids of today's question (the
 *  author may have reordered or reworded the options since: shared/progress/remap.ts), its verdict. */
function readEntry(entry: string, byKey: Map<string, LessonQuestion>): [LessonQuestion | undefined, string, string] {
  const q = byKey.get(entry.slice(0, 4));
  const prints = q?.f ?? '';
  const saved = entry.slice(5, 5 + prints.length);
  const response = entry.slice(5 + prints.length);
  if (q === undefined || saved === prints) return [q, response, entry.charAt(4)];
  const lists = optionLists<{ id: string }>(q).map((list) => list.map((option) => option.id));
  // A match response is its pairs' ids, term then description.
  const listOf = (position: number): number => (q.type === 'match' ? position % 2 : 0);
  return [q, remapIds(response, lists, saved, prints, listOf), entry.charAt(4)];
}

export function decodeTimers(text: string, keyOf: (key: string) => string | undefined): Record<string, TimerState> {
  const timers: Record<string, TimerState> = {};
  for (const entry of text.split(';')) {
    const [key = '', left = '', running] = entry.split(',');
    const at = keyOf(key);
    // At most 99 hours: a timer reads MM:SS, and tampered data must not show a 13-digit countdown.
    if (at !== undefined && /^[0-9a-z]{1,5}$/.test(left))
      timers[at] = { left: Math.min(int36(left)!, 356400), running: running === '1' };
  }
  return timers;
}

/** 1-based, and never past the lesson's last attempt (a teacher may lower `attempts`: the learner is then on the last one). */
export const attemptOf = (text: string, lesson: LessonData): number =>
  Math.min(Math.max(1, int36(text) ?? 1), lesson.attempts || 1e6);

export function decodeBest(text: string): BestResult | null {
  const m = /^(\d{1,3}(?:\.\d{1,2})?)([pf])([0-9a-z]{0,4})$/.exec(text);
  return m && +m[1]! <= 100 ? { score: +m[1]!, passed: m[2] === 'p', n: parseInt(m[3] || '1', 36) } : null;
}

/** The bookmarked slide is gone: the slide that now follows the last surviving slide seen before
 *  it, which is where the lesson continues for this learner (a replaced slide's successor). */
function nearest(seen: string[], bookmark: string, at: Map<string, number>): number {
  const before = seen.slice(0, seen.indexOf(bookmark) + 1 || seen.length).reverse();
  const last = before.map((k) => at.get(k)).find((i) => i !== undefined);
  return last === undefined ? 0 : Math.min(last + 1, at.size - 1);
}

/** s3 data, or s2 (`s2`: its keys are the s2 keys, its answers carry neither verdict nor prints). */
function decodeKeyed(parts: string[], lesson: LessonData, location: string, s2: boolean): PlayerState {
  const [bookmark = '', attempt = '', visited = '', best = '', answers = '', timers = '', seed = '', tries = ''] =
    parts;
  const at = new Map(lesson.slides.map((s, i) => [(s2 && s.o) || s.k, i]));
  const seen = visited.match(/.{3}/g) ?? [];
  const byKey = new Map(lesson.questions.map((q) => [(s2 && q.o) || q.k, q]));
  const regraded: string[] = [];
  const entries = answers
    .split(';')
    .map((e) =>
      s2 ? ([byKey.get(e.slice(0, 4)), e.slice(4)] as [LessonQuestion | undefined, string]) : readEntry(e, byKey),
    );
  // A timer's key is its slide's, s2 or s3 as the data; kept under today's key.
  const timerKey = (key: string): string | undefined => {
    const [slide = '', n] = key.split('.');
    const i = at.get(slide);
    return i === undefined ? undefined : lesson.slides[i]!.k + (n === undefined ? '' : `.${n}`);
  };
  return {
    slide: at.get(location) ?? at.get(bookmark) ?? nearest(seen, bookmark, at),
    visited: seen.flatMap((k) => (at.has(k) ? [at.get(k)!] : [])),
    answers: decodeAnswers(entries, regraded),
    attempt: attemptOf(attempt, lesson),
    result: null,
    best: decodeBest(best),
    timers: decodeTimers(timers, timerKey),
    seed: int36(seed),
    tried: SCORMDOWN_USES.tries && tries ? decodeTries(tries, byKey) : undefined,
    ...(regraded.length > 0 && { regraded }),
  };
}

/** A count that does not fit the question's tries now (the author lowered them) is dropped. */
function decodeTries(text: string, byKey: Map<string, LessonQuestion>): Record<string, number> {
  const tries: Record<string, number> = {};
  for (const [, key, digit] of text.matchAll(/(.{4})([1-8])/g)) {
    const q = byKey.get(key!);
    if (q && +digit! < (q.tries ?? 1)) tries[q.id] = +digit!;
  }
  return tries;
}

/** The state saved for this lesson, or for an earlier build of it: what still fits is kept, what does
 *  not is dropped, and it never throws. `location` is the LMS bookmark: it wins over the one in the
 *  suspend data, which the LMS may have refused (too long) while taking the bookmark. The attempt's
 *  result is worked out from the answers kept, at the pass mark in force: if the graded questions
 *  changed, a finished attempt may be open again (a question added waits for its answer), while the
 *  best result, what the LMS already holds, stays. Null when the text is not this lesson's format.
 *  `decodeS1` reads s1 data (suspend-s1.ts, loaded when such data is met: older-formats.ts); without
 *  it s1 data reads as null. */
export function decodeState(
  text: string,
  lesson: LessonData,
  location = '',
  passingScore = lesson.passingScore,
  decodeS1?: OlderDecoder,
): PlayerState | null {
  const [tag, ...parts] = text.split('|');
  const state =
    (tag === TAG || tag === 's2') && parts.length >= 6 && parts.length <= 8
      ? decodeKeyed(parts, lesson, location, tag === 's2')
      : tag === 's1' && parts.length === 7 && decodeS1
        ? decodeS1(parts, lesson, location)
        : null;
  if (state === null) return null;
  state.visited = [...new Set([...state.visited, state.slide])].sort((a, b) => a - b);
  state.result = attemptResult(inPlay(lesson, state), state.answers, passingScore);
  const saved = state.best && { ...state.best, n: Math.min(state.best.n || 1, state.attempt) };
  // The best result of this very attempt is graded again with it (a fixed answer key moves it either
  // way); one of an earlier attempt, whose answers are gone, stays what the LMS was given.
  const earlier = saved?.n === state.attempt && state.result !== null ? null : saved;
  state.best = bestOf(earlier, state.result, state.attempt);
  return state;
}
