// The order a learner sees shuffled options in: a permutation of the authored options, the same for
// the same learner and attempt (a resume), different between learners and attempts, and fair.

import { describe, expect, it } from 'vitest';
import { hash, shuffled } from '../../src/runtime/quiz/draw.js';

const OPTIONS = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('hash', () => {
  it('is 32-bit FNV-1a (the published test vectors)', () => {
    expect(hash('')).toBe(0x811c9dc5);
    expect(hash('a')).toBe(0xe40c292c);
    expect(hash('foobar')).toBe(0xbf9cf968);
  });
});

describe('shuffled', () => {
  it('returns every option once and leaves the authored list alone', () => {
    const order = shuffled(OPTIONS, '12345/1/q1');
    expect([...order].sort()).toEqual(OPTIONS);
    expect(OPTIONS).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('gives the same order for the same seed: a resume shows what the learner saw', () => {
    expect(shuffled(OPTIONS, `${hash('student-1')}/2/q1`)).toEqual(shuffled(OPTIONS, `${hash('student-1')}/2/q1`));
  });

  it('differs between learners, attempts and questions', () => {
    const orders = new Set<string>();
    for (let learner = 0; learner < 20; learner++) {
      for (let attempt = 1; attempt <= 3; attempt++)
        orders.add(shuffled(OPTIONS, `${hash(`s${learner}`)}/${attempt}/q1`).join(''));
    }
    // 60 draws of one of 720 orders: nearly all distinct (a fixed order would give 1).
    expect(orders.size).toBeGreaterThan(50);
  });

  it('puts each option first about equally often, over learner ids that differ in one character', () => {
    const first = new Map<string, number>();
    for (let n = 0; n < 6000; n++) {
      const top = shuffled(['a', 'b', 'c'], `${hash(`leerling${n}`)}/1/vraag`)[0]!;
      first.set(top, (first.get(top) ?? 0) + 1);
    }
    for (const id of ['a', 'b', 'c']) {
      expect(first.get(id)).toBeGreaterThan(1800);
      expect(first.get(id)).toBeLessThan(2200);
    }
  });

  it('keeps one option and an empty list as they are', () => {
    expect(shuffled(['a'], 'x')).toEqual(['a']);
    expect(shuffled([], 'x')).toEqual([]);
  });
});
