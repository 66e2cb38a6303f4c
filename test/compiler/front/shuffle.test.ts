import { describe, expect, it } from 'vitest';
import { shuffle } from '../../../src/compiler/front/shuffle.js';

const letters = (n: number): string[] => [...'abcdefghijklmnopqrstuvwxyz'].slice(0, n);

describe('shuffle', () => {
  it('is the same for the same seed and keeps every item', () => {
    for (let n = 2; n <= 26; n++) {
      const once = shuffle(letters(n), `q${n}`);
      expect(shuffle(letters(n), `q${n}`)).toEqual(once);
      expect([...once].sort()).toEqual(letters(n));
    }
  });

  it('never returns the original order, for any length and many seeds', () => {
    for (let n = 2; n <= 8; n++) {
      for (let seed = 0; seed < 500; seed++) {
        expect(shuffle(letters(n), `vraag-${seed}`)).not.toEqual(letters(n));
      }
    }
  });

  it('depends on the seed', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, i) => shuffle(letters(5), `id-${i}`).join('')));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('leaves a single item and an empty list alone, and does not change its input', () => {
    const input = letters(4);
    shuffle(input, 'x');
    expect(input).toEqual(['a', 'b', 'c', 'd']);
    expect(shuffle(['a'], 'x')).toEqual(['a']);
    expect(shuffle([], 'x')).toEqual([]);
  });
});
