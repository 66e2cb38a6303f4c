// The decoder of s1 suspend_data, as packages built before s2 (suspend-codec.ts) write it. Only data
// saved by those packages needs it, so the player carries it in a file of its own (player-s1.js,
// parts/suspend-s1.ts), loaded only when such data is met (older-formats.ts); never removed, see
// CONTRIBUTING.md "Saved progress".

import type { LessonData } from '../../shared/model.js';
import type { PlayerState } from '../../shared/tracking.js';
import { hash } from '../quiz/draw.js';
import { attemptOf, decodeAnswers, decodeBest, decodeTimers, int36 } from './suspend-codec.js';

/** s1's visited bitset: base64url digits, each holding 6 slides, the first slide in the lowest bit. */
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function visitedOf(bits: string, slideCount: number): number[] {
  const visited: number[] = [];
  for (let i = 0; i < slideCount; i++) {
    const char = bits[Math.floor(i / 6)];
    const digit = char === undefined ? -1 : BASE64URL.indexOf(char);
    if (digit >= 0 && (digit >> (i % 6)) & 1) visited.push(i);
  }
  return visited;
}

/** s1|<fingerprint>|<slide>|<attempt>|<visited bitset>|<result>|<index,ok,pts,ms,response;...>|<slide,left,running;...>,
 *  as packages in use before s2 write it. With its fingerprint matching, every index is trusted and
 *  mapped to keys. When only the slide count differs (the fingerprint of the same questions with
 *  another count matches) the answers still are; otherwise only the attempt and the result are. */
export function decodeS1(parts: string[], lesson: LessonData, location: string): PlayerState {
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
    visited: slidesOk ? visitedOf(bits, slides.length) : [],
    answers:
      count > 0
        ? // <question index>,<ok>,<points>,<ms>,<response>: the response may hold commas itself.
          decodeAnswers(
            answers
              .split(';')
              .map((entry) => entry.split(','))
              .map((fields) => [questions[int36(fields[0] ?? '') ?? -1], fields.slice(4).join(',')]),
          )
        : {},
    attempt: n,
    result: null,
    // s1 wrote a score of at most 2 decimals, as s2 does, and no attempt: it is the current one.
    best: decodeBest(result + n.toString(36)),
    timers: decodeTimers(timers, (key) => (slidesOk ? slides[int36(key) ?? -1]?.k : undefined)),
  };
}
