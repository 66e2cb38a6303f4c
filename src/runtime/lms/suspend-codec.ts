// PlayerState <-> suspend_data. SCORM 1.2 allows 4096 characters (CMIString4096, RTE 3.4.4) and
// Moodle's "scormstandard" setting and its mobile app enforce it, so the format is compact: a
// 200-slide, 100-question lesson fits with room to spare (see test/runtime/lms-suspend-codec.test.ts).
//
//   s1|<fingerprint>|<slide>|<attempt>|<visited>|<result>|<answers>|<timers>
//   visited: bitset over slide indexes, 6 bits per base64url character
//   result:  "" or <score>p / <score>f
//   answers: <question index>,<ok 1|0|->,<points>,<latency ms b36>,<response> joined by ";"
//   timers:  <slide index>,<seconds left>,<1 running|0> joined by ";"
// Numbers are base 36 except points and score (decimals). Responses use the one-character ids of
// choices and items (model.ts) so they need no separators; typed text escapes only % ; |.

import type { LessonData, Question } from '../../shared/model.js';
import type { AnswerState, PlayerState, QuizResult, Response, TimerState } from '../../shared/tracking.js';
import { decodeResponse, encodeResponse, escapeText } from './suspend-response.js';

const TAG = 's1';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Changes when the questions change, so answers saved for another build of the lesson are not misread. */
export function fingerprint(lesson: LessonData): string {
  let hash = 2166136261; // FNV-1a over what the answer indexes depend on
  const text = `${lesson.slides.length}/${lesson.questions.map((q) => `${q.id}:${q.type}`).join('/')}`;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  }
  return (hash >>> 0).toString(36);
}

export function encodeBitset(indexes: number[], size: number): string {
  const bits = new Array<number>(Math.ceil(size / 6)).fill(0);
  for (const i of indexes) {
    if (i >= 0 && i < size) bits[Math.floor(i / 6)]! |= 1 << (i % 6);
  }
  return bits.map((b) => B64[b]).join('');
}

export function decodeBitset(text: string, size: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < text.length; c++) {
    const value = B64.indexOf(text[c]!);
    if (value < 0) throw new Error('bad bitset');
    for (let bit = 0; bit < 6; bit++) {
      const index = c * 6 + bit;
      if (value & (1 << bit) && index < size) out.push(index);
    }
  }
  return out;
}

function encodeAnswer(index: number, question: Question, answer: AnswerState): string {
  const ok = answer.ok === null ? '-' : answer.ok ? '1' : '0';
  const ms = Math.max(0, Math.round(answer.ms)).toString(36);
  return `${index.toString(36)},${ok},${answer.pts},${ms},${encodeResponse(question, answer.r)}`;
}

function encodeResult(result: QuizResult | null): string {
  return result === null ? '' : `${result.score}${result.passed ? 'p' : 'f'}`;
}

function encodeTimers(timers: Record<string, TimerState>): string {
  return Object.entries(timers)
    .map(([slide, t]) => `${Number(slide).toString(36)},${Math.max(0, Math.round(t.left)).toString(36)},${t.running ? 1 : 0}`)
    .join(';');
}

function encodeWith(state: PlayerState, lesson: LessonData, answers: Record<string, AnswerState>): string {
  const parts = lesson.questions.flatMap((q, i) => (answers[q.id] ? [encodeAnswer(i, q, answers[q.id]!)] : []));
  return [
    TAG,
    fingerprint(lesson),
    state.slide.toString(36),
    state.attempt.toString(36),
    encodeBitset(state.visited, lesson.slides.length),
    encodeResult(state.result),
    parts.join(';'),
    encodeTimers(state.timers),
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

function int36(text: string, max: number): number {
  if (!/^[0-9a-z]{1,8}$/.test(text)) throw new Error(`bad number ${text}`);
  const value = parseInt(text, 36);
  if (value > max) throw new Error(`out of range ${text}`);
  return value;
}

function decimal(text: string): number {
  if (!/^-?\d{1,6}(\.\d{1,4})?$/.test(text)) throw new Error(`bad decimal ${text}`);
  return Number(text);
}

function decodeResult(text: string): QuizResult | null {
  if (text === '') return null;
  const passed = text.endsWith('p');
  if (!passed && !text.endsWith('f')) throw new Error('bad result');
  return { score: decimal(text.slice(0, -1)), passed };
}

function decodeAnswers(text: string, lesson: LessonData): Record<string, AnswerState> {
  const answers: Record<string, AnswerState> = {};
  if (text === '') return answers;
  for (const entry of text.split(';')) {
    const [index, ok, pts, ms, ...rest] = entry.split(',');
    const question = lesson.questions[int36(index ?? '', lesson.questions.length - 1)];
    if (question === undefined || ok === undefined || pts === undefined || ms === undefined) {
      throw new Error('bad answer');
    }
    const r: Response = decodeResponse(question, rest.join(','));
    answers[question.id] = { r, ok: ok === '-' ? null : ok === '1', pts: decimal(pts), ms: int36(ms, 2 ** 40) };
  }
  return answers;
}

function decodeTimers(text: string, slides: number): Record<string, TimerState> {
  const timers: Record<string, TimerState> = {};
  if (text === '') return timers;
  for (const entry of text.split(';')) {
    const [slide, left, running] = entry.split(',');
    timers[String(int36(slide ?? '', slides - 1))] = { left: int36(left ?? '', 2 ** 31), running: running === '1' };
  }
  return timers;
}

/** The state saved by encodeState for this lesson; null when the text is not that (another lesson
 *  build, another tool, corruption): the learner then starts fresh instead of seeing a broken player. */
export function decodeState(text: string, lesson: LessonData): PlayerState | null {
  try {
    const [tag, print, slide, attempt, visited, result, answers, timers, ...extra] = text.split('|');
    if (tag !== TAG || print !== fingerprint(lesson) || timers === undefined || extra.length > 0) return null;
    const slides = lesson.slides.length;
    return {
      slide: int36(slide ?? '', slides - 1),
      visited: decodeBitset(visited ?? '', slides),
      answers: decodeAnswers(answers ?? '', lesson),
      attempt: Math.max(1, int36(attempt ?? '', 1e6)),
      result: decodeResult(result ?? ''),
      timers: decodeTimers(timers, slides),
    };
  } catch {
    return null;
  }
}
