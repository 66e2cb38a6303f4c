// PlayerState <-> suspend_data, keyed by what survives a new build of the lesson: teachers fix and
// extend lessons mid-term and Moodle keeps the learners' data when a package is replaced, so slides
// and questions are named by the keys the compiler gives them (model.ts SlideInfo.k, LessonQuestion.k),
// never by position. SCORM 1.2 allows 4096 characters (CMIString4096, RTE 3.4.4) and Moodle's
// "scormstandard" setting and its mobile app enforce it: a 200-slide, 100-question lesson, all seen
// and answered, takes about 1.6 KB (test/runtime/lms-suspend-codec.test.ts).
//
//   s2|<bookmark>|<attempt>|<visited>|<best>|<answers>|<timers>|<seed>|<tries>
//   bookmark: the key of the slide the learner is on (3 characters, also the LMS bookmark)
//   visited:  the keys of the slides seen, in lesson order, concatenated
//   best:     "" or <score>p / <score>f followed by the attempt it was reached in (base 36)
//   answers:  <question key, 4 characters><response> joined by ";"
//   timers:   <timer key>,<seconds left, base 36>,<1 running|0> joined by ";"
//   seed:     base 36 (quiz/draw.ts: with the attempt it gives every shuffled order again)
//   tries:    <question key><wrong tries so far, one digit: tries are at most 9>, concatenated
// Data written before seed and tries existed (6 fields) is read as having neither.
// Points, right/wrong and the attempt's result are not stored: they are worked out again from the
// responses with the questions as they are now, so a lesson update never leaves a stale score.
// Packages built before write s1 (positions and a fingerprint): still read, by suspend-s1.ts, which
// the player loads only when it meets such data (player-s1.js, see older-formats.ts).

import type { LessonData, LessonQuestion } from '../../shared/model.js';
import { own, type AnswerState, type BestResult, type PlayerState, type TimerState } from '../../shared/tracking.js';
import { grade } from '../quiz/grade.js';
import { attemptResult, bestOf, inPlay } from '../quiz/score.js';
import { decodeResponse, encodeResponse, escapeText } from './suspend-response.js';

const TAG = 's2';

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
        return answer ? [q.k + encodeResponse(q, answer.r)] : [];
      })
      .join(';'),
    Object.entries(state.timers)
      .map(([key, t]) => `${key},${Math.max(0, Math.round(t.left)).toString(36)},${t.running ? 1 : 0}`)
      .join(';'),
    state.seed?.toString(36),
    questions.map((q) => (own(tried, q.id) ? q.k + own(tried, q.id) : '')).join(''),
  ].join('|');
}

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
    if (answer) over -= q.k.length + encodeResponse(q, answer.r).length + 1; // with its ";"
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
 *  way its key missed) is dropped, the others stay. Graded again with the question as it is now. */
export function decodeAnswers(entries: Array<[LessonQuestion | undefined, string]>): Record<string, AnswerState> {
  const answers: Record<string, AnswerState> = {};
  for (const [q, text] of entries) {
    try {
      const r = decodeResponse(q!, text);
      answers[q!.id] = { r, ...grade(q!, r), ms: 0 };
    } catch {
      // no such question (q undefined) or not a response to it: dropped
    }
  }
  return answers;
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

function decodeKeyed(parts: string[], lesson: LessonData, location: string): PlayerState {
  const [bookmark = '', attempt = '', visited = '', best = '', answers = '', timers = '', seed = '', tries = ''] =
    parts;
  const at = new Map(lesson.slides.map((s, i) => [s.k, i]));
  const seen = visited.match(/.{3}/g) ?? [];
  const byKey = new Map(lesson.questions.map((q) => [q.k, q]));
  return {
    slide: at.get(location) ?? at.get(bookmark) ?? nearest(seen, bookmark, at),
    visited: seen.flatMap((k) => (at.has(k) ? [at.get(k)!] : [])),
    answers: decodeAnswers(answers.split(';').map((e) => [byKey.get(e.slice(0, 4)), e.slice(4)])),
    attempt: attemptOf(attempt, lesson),
    result: null,
    best: decodeBest(best),
    timers: decodeTimers(timers, (key) => (at.has(key.split('.')[0]!) ? key : undefined)),
    seed: int36(seed),
    tried: tries ? decodeTries(tries, byKey) : undefined,
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
    tag === TAG && parts.length >= 6 && parts.length <= 8
      ? decodeKeyed(parts, lesson, location)
      : tag === 's1' && parts.length === 7 && decodeS1
        ? decodeS1(parts, lesson, location)
        : null;
  if (state === null) return null;
  state.visited = [...new Set([...state.visited, state.slide])].sort((a, b) => a - b);
  state.result = attemptResult(inPlay(lesson, state), state.answers, passingScore);
  state.best = bestOf(
    state.best && { ...state.best, n: Math.min(state.best.n || 1, state.attempt) },
    state.result,
    state.attempt,
  );
  return state;
}
