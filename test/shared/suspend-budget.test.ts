// The build's worst case of suspend_data (src/shared/suspend-budget.ts) held against the player's
// real encoder (src/runtime/lms/suspend-codec.ts, format s2): a state with every slide seen, every
// question answered with its longest response, every timer running, tries and a best result encodes
// to no more than the worst case, and to nearly that much; and the 1.2 build warns past 4,096.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPackages } from '../../src/compiler/pipeline.js';
import { encodeState } from '../../src/runtime/lms/suspend-codec.js';
import type { LessonData, LessonQuestion } from '../../src/shared/model.js';
import { fitting, worstSuspendLength } from '../../src/shared/suspend-budget.js';
import type { AnswerState, PlayerState } from '../../src/shared/tracking.js';

function longest(q: LessonQuestion): AnswerState['r'] {
  switch (q.type) {
    case 'single':
      return q.choices[0]!.id;
    case 'multiple':
      return q.choices.map((c) => c.id);
    case 'order':
      return q.items.map((i) => i.id);
    case 'match':
      return q.sources.map((s, i): [string, string] => [s.id, q.targets[i]!.id]);
    case 'true-false':
      return true;
    case 'numeric':
      return '-12345678.25';
    default:
      return '';
  }
}

function fullState(data: LessonData, timers: string[]): PlayerState {
  const answers = Object.fromEntries(
    data.questions.map((q) => [q.id, { r: longest(q), ok: true, pts: 1, ms: 0 } as AnswerState]),
  );
  return {
    slide: data.slides.length - 1,
    visited: data.slides.map((_, i) => i),
    answers,
    attempt: 1295,
    result: null,
    best: { score: 55.56, passed: false, n: 1295 },
    timers: Object.fromEntries(timers.map((k) => [k, { left: 356400, running: true }])),
    seed: 2 ** 32 - 1,
    tried: Object.fromEntries(data.questions.map((q) => [q.id, 8])),
  };
}

describe('suspend_data budget', () => {
  it('is an upper bound of what the player writes for the all-types lesson, and a close one', async () => {
    const { packages } = await buildPackages('test/fixtures/player-all-types', ['1.2']);
    const data = packages![0]!.data;
    const timerKeys = [data.slides[0]!.k, `${data.slides[0]!.k}.1`];
    const encoded = encodeState(fullState(data, timerKeys), data);
    const worst = worstSuspendLength({
      slides: data.slides.length,
      timers: 2,
      questions: data.questions.map((q) => ({ ...q, tries: 9 })),
    });
    expect(encoded.length).toBeLessThanOrEqual(worst);
    expect(worst - encoded.length).toBeLessThan(20);
  });

  it('says how much fits', () => {
    expect(fitting({ slides: 1400, timers: 0, questions: [] }, 4096)).toEqual({ questions: 0, slides: 1354 });
  });

  it('warns at build when a 1.2 package could outgrow 4,096 characters', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scormdown-budget-'));
    try {
      const slides = Array.from({ length: 1400 }, (_, i) => `## S${i}\n\ntext`).join('\n\n---\n\n');
      await writeFile(join(dir, 'lesson.md'), `---\ntitle: T\nid: t\n---\n\n${slides}\n`);
      const both = await buildPackages(dir, ['1.2', '2004'], dir);
      expect(both.diagnostics.map((d) => [d.code, d.severity, d.pos.line, d.pos.column, d.message])).toEqual([
        [
          'SUSPEND_DATA_BUDGET',
          'warning',
          1,
          1,
          "with every slide seen and every question answered, this lesson's saved progress takes up to 4,232 characters, and SCORM 1.2 holds 4,096: 1,354 slides fit",
        ],
      ]);
      expect((await buildPackages(dir, ['2004'], dir)).diagnostics).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
