import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/compiler/suggest.js';

const TYPES = ['single', 'multiple', 'true-false', 'order', 'match', 'fill-in', 'open'];
const KEYS = ['title', 'id', 'language', 'version', 'description', 'passingScore', 'completion', 'attempts'];

describe('did you mean', () => {
  it('finds the name a teacher meant after a slip of the keyboard', () => {
    expect(closest('singel', TYPES)).toBe('single');
    expect(closest('truefalse', TYPES)).toBe('true-false');
    expect(closest('fill_in', TYPES)).toBe('fill-in');
    expect(closest('multple', TYPES)).toBe('multiple');
    expect(closest('wat-weet-je-nogg', ['soorten-klachten', 'wat-weet-je-nog'])).toBe('wat-weet-je-nog');
  });

  it('treats a difference in capitals only as a slip', () => {
    expect(closest('passingscore', KEYS)).toBe('passingScore');
    expect(closest('Title', KEYS)).toBe('title');
  });

  it('suggests nothing for an exact name or a word that is not close to any', () => {
    expect(closest('single', TYPES)).toBeNull();
    expect(closest('essay', TYPES)).toBeNull();
    expect(closest('x', ['title', 'id'])).toBeNull();
    expect(closest('anything', [])).toBeNull();
  });

  it('writes the suggestion for the end of a message', () => {
    expect(didYouMean('::timr', ['::timer', '::question', '::quiz'])).toBe('; did you mean "::timer"?');
    expect(didYouMean('essay', TYPES)).toBe('');
  });
});
