// Random, truncated and tampered suspend_data through the codec the player reads it with: it never
// throws and gives either null (start fresh) or a state the player can show for this lesson, every
// field in range. The LMS hands back whatever it holds (another tool's data, a value cut at the
// limit, a learner's edit), so nothing in it is trusted.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/runtime/lms/suspend-codec.js';
import type { LessonData } from '../../src/shared/model.js';
import { SCALE, SEED } from './fuzz-lessons.js';
import { lessonArb, stateArb, stateProblems, suspendLikeArb, tamper, tamperArb } from './player-states.js';

const RUNS = 1000 * SCALE;

/** Null, or a state with nothing wrong for the lesson. */
function expectUsable(text: string, lesson: LessonData, location?: string): void {
  const state = location === undefined ? decodeState(text, lesson) : decodeState(text, lesson, location);
  if (state !== null) expect(stateProblems(state, lesson), `decoded from ${JSON.stringify(text)}`).toEqual([]);
}

/** The LMS bookmark beside the suspend data: empty, a slide key, a number, anything. */
function locationArb(lesson: LessonData): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constant(''),
    fc.constantFrom(...lesson.slides.map((s) => s.k)),
    fc.nat({ max: 99 }).map(String),
    fc.string({ maxLength: 8 }),
  );
}

describe('suspend_data fuzzing', () => {
  it('reads what it wrote, as a usable state on the same slide', () => {
    const arb = lessonArb.chain((lesson) => fc.tuple(fc.constant(lesson), stateArb(lesson)));
    fc.assert(
      fc.property(arb, ([lesson, state]) => {
        const back = decodeState(encodeState(state, lesson), lesson);
        expect(back).not.toBeNull();
        expect(stateProblems(back!, lesson)).toEqual([]);
        expect(back!.slide).toBe(state.slide);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('random text, text shaped like suspend_data and any bookmark: null or a usable state', () => {
    const arb = lessonArb.chain((lesson) => fc.tuple(fc.constant(lesson), suspendLikeArb, locationArb(lesson)));
    fc.assert(
      fc.property(arb, ([lesson, text, location]) => expectUsable(text, lesson, location)),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  it('a valid state flipped, cut, spliced into another, with characters inserted or deleted: null or a usable state', () => {
    const arb = lessonArb.chain((lesson) =>
      fc.tuple(
        fc.constant(lesson),
        stateArb(lesson),
        stateArb(lesson),
        fc.array(tamperArb, { minLength: 1, maxLength: 4 }),
      ),
    );
    fc.assert(
      fc.property(arb, ([lesson, a, b, tampers]) => {
        const other = encodeState(b, lesson);
        const text = tampers.reduce((t, m) => tamper(t, m, other), encodeState(a, lesson));
        expectUsable(text, lesson);
      }),
      { numRuns: RUNS, seed: SEED + 2 },
    );
  });

  it('a state saved for another lesson (or another build of it): null or usable for this one', () => {
    const arb = fc
      .tuple(lessonArb, lessonArb)
      .chain(([from, to]) => fc.tuple(fc.constant(from), fc.constant(to), stateArb(from)));
    fc.assert(
      fc.property(arb, ([from, to, state]) => expectUsable(encodeState(state, from), to)),
      { numRuns: RUNS, seed: SEED + 3 },
    );
  });

  it('a state cut to the SCORM 1.2 limit by the encoder still reads back usable', () => {
    const arb = lessonArb.chain((lesson) =>
      fc.tuple(fc.constant(lesson), stateArb(lesson), fc.integer({ min: 40, max: 400 })),
    );
    fc.assert(
      fc.property(arb, ([lesson, state, limit]) => expectUsable(encodeState(state, lesson, limit), lesson)),
      { numRuns: RUNS / 4, seed: SEED + 4 },
    );
  });
});
