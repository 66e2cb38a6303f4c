import { describe, expect, it } from 'vitest';
import { closest, closestPath, didYouMean } from '../../../src/compiler/diagnostics/suggest.js';

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

describe('did you mean, for a missing file', () => {
  const FILES = [
    'assets/handenwassen.png',
    'assets/zeep.svg',
    'assets/zeep.png',
    'beelden/logo.svg',
    'lesson.md',
    'quiz.yaml',
  ];

  it('suggests the file whose name the author shortened, of the same kind', () => {
    expect(closestPath('assets/handen.png', FILES)).toBe('assets/handenwassen.png');
    expect(closestPath('assets/handen.svg', FILES)).toBeNull();
  });

  it('suggests a slip in the name or the extension, and the same name in another folder', () => {
    expect(closestPath('assets/zep.svg', FILES)).toBe('assets/zeep.svg');
    expect(closestPath('assets/zeep.pgn', FILES)).toBe('assets/zeep.png');
    expect(closestPath('assets/logo.svg', FILES)).toBe('beelden/logo.svg');
  });

  it('suggests nothing for a file of another kind or a name that is nothing alike', () => {
    expect(closestPath('assets/zeep.mp4', FILES)).toBeNull();
    expect(closestPath('assets/uitleg.png', FILES)).toBeNull();
  });
});
