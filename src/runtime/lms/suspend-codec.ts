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
// Packages built before write s1 (positions and a fingerprint): still read, see decodeOld.

import type { LessonData, LessonQuestion } from '../../shared/model.js';
import type { AnswerState, BestResult, PlayerState, TimerState } from '../../shared/tracking.js';
import { hash } from '../quiz/draw.js';
import { grade } from '../quiz/grade.js';
import { attemptResult, bestOf, inPlay } from '../quiz/score.js';
import { decodeResponse, encodeResponse, escapeText } from './suspend-response.js';

const TAG = 's2';
/** A base64url digit's value (- 0-9 A-Z _ a-z) from its char code, worked out: the 64-letter
 *  alphabet costs more bytes. NaN (past the end of the text) stays NaN: no bit set. */
const b64 = (n: number): number => (n < 48 ? 62 : n < 58 ? n + 4 : n < 91 ? n - 65 : n < 97 ? 63 : n - 71);

/** Undefined unless the text is a base-36 number of 1 to 8 digits. */
const int36 = (text: string): number | undefined => (/^[0-9a-z]{1,8}$/.test(text) ? parseInt(text, 36) : undefined);

function encodeWith(state: PlayerState, lesson: LessonData, answers: Record<string, AnswerState>): string {
  const { slides, questions } = lesson;
  const best = state.best;
  return [
    TAG,
    slides[state.slide]?.k ?? '',
    state.attempt.toString(36),
    state.visited.map((i) => slides[i]?.k ?? '').join(''),
    best === null ? '' : `${best.score}${best.passed ? 'p' : 'f'}${best.n.toString(36)}`,
    questions.flatMap((q) => (answers[q.id] ? [q.k + encodeResponse(q, answers[q.id]!.r)] : [])).join(';'),
    Object.entries(state.timers)
      .map(([key, t]) => `${key},${Math.max(0, Math.round(t.left)).toString(36)},${t.running ? 1 : 0}`)
      .join(';'),
    state.seed?.toString(36),
    questions.map((q) => (state.tried?.[q.id] ? q.k + state.tried[q.id] : '')).join(''),
  ].join('|');
}

/** Encodes the state; when longer than maxLength, typed answers are shortened (longest first):
 *  the full text stays in the LMS's interaction record, the bookmark and every score survive. */
export function encodeState(state: PlayerState, lesson: LessonData, maxLength = Infinity): string {
  const answers = { ...state.answers };
  let encoded = encodeWith(state, lesson, answers);
  while (encoded.length > maxLength) {
    const longest = Object.entries(answers)
      .filter((entry): entry is [string, AnswerState & { r: string }] => typeof entry[1].r === 'string')
      .sort((a, b) => escapeText(b[1].r).length - escapeText(a[1].r).length)[0];
    if (longest === undefined || longest[1].r.length === 0) break;
    const [id, answer] = longest;
    const cut = Math.max(0, answer.r.length - Math.max(encoded.length - maxLength, 16));
    answers[id] = { ...answer, r: answer.r.slice(0, cut) };
    encoded = encodeWith(state, lesson, answers);
  }
  return encoded;
}

/** Each answer on its own: one that does not fit its question (corrupt, or the question changed in a
 *  way its key missed) is dropped, the others stay. Graded again with the question as it is now. */
function decodeAnswers(entries: Array<[LessonQuestion | undefined, string]>): Record<string, AnswerState> {
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

function decodeTimers(text: string, keyOf: (key: string) => string | undefined): Record<string, TimerState> {
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
const attemptOf = (text: string, lesson: LessonData): number =>
  Math.min(Math.max(1, int36(text) ?? 1), lesson.attempts || 1e6);

function decodeBest(text: string): BestResult | null {
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

/** s1|<fingerprint>|<slide>|<attempt>|<visited bitset>|<result>|<index,ok,pts,ms,response;...>|<slide,left,running;...>,
 *  as packages in use before s2 write it. With its fingerprint matching, every index is trusted and
 *  mapped to keys. When only the slide count differs (the fingerprint of the same questions with
 *  another count matches) the answers still are; otherwise only the attempt and the result are. */
function decodeOld(parts: string[], lesson: LessonData, location: string): PlayerState {
  const [print, slide = '', attempt = '', bits = '', result = '', answers = '', timers = ''] = parts;
  const { slides, questions } = lesson;
  // s1's fingerprint changed whenever the slide count or the question ids changed: the count it
  // was made with is the one whose fingerprint matches (0: none, the questions changed).
  const tail = `/${questions.map((q) => `${q.id}:${q.type}`).join('/')}`;
  const count = Array.from({ length: 1e3 + slides.length }, (_, n) => hash(n + tail).toString(36)).indexOf(print!);
  const slidesOk = count === slides.length;
  const bookmark = /^\d{1,6}$/.test(location) ? +location : (int36(slide) ?? 0);
  const n = attemptOf(attempt, lesson);
  return {
    slide: slidesOk && bookmark < slides.length ? bookmark : 0,
    visited: slidesOk ? slides.flatMap((_, i) => ((b64(bits.charCodeAt(i / 6)) >> (i % 6)) & 1 ? [i] : [])) : [],
    answers:
      count > 0
        ? decodeAnswers(
            answers
              .split(';')
              .map((e) => e.split(','))
              .map(([i = '', , , , ...r]) => [questions[int36(i) ?? -1], r.join(',')]),
          )
        : {},
    attempt: n,
    result: null,
    // s1 wrote a score of at most 2 decimals, as s2 does, and no attempt: it is the current one.
    best: decodeBest(result + n.toString(36)),
    timers: decodeTimers(timers, (key) => (slidesOk ? slides[int36(key) ?? -1]?.k : undefined)),
  };
}

/** The state saved for this lesson, or for an earlier build of it: what still fits is kept, what does
 *  not is dropped, and it never throws. `location` is the LMS bookmark: it wins over the one in the
 *  suspend data, which the LMS may have refused (too long) while taking the bookmark. The attempt's
 *  result is worked out from the answers kept, at the pass mark in force: if the graded questions
 *  changed, a finished attempt may be open again (a question added waits for its answer), while the
 *  best result, what the LMS already holds, stays. Null when the text is not this lesson's format. */
export function decodeState(
  text: string,
  lesson: LessonData,
  location = '',
  passingScore = lesson.passingScore,
): PlayerState | null {
  const [tag, ...parts] = text.split('|');
  const state =
    tag === TAG && parts.length >= 6 && parts.length <= 8
      ? decodeKeyed(parts, lesson, location)
      : tag === 's1' && parts.length === 7
        ? decodeOld(parts, lesson, location)
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
