// The rules the compiler and the player share: how a countdown reads and which question is graded.

import { describe, expect, it } from 'vitest';
import { clock } from '../../src/shared/clock.js';
import { isGraded } from '../../src/shared/graded.js';

describe('clock: the countdown as the page first shows it and as the player ticks it', () => {
  it('reads MM:SS, minutes beyond 59 included', () => {
    expect([clock(1200), clock(65), clock(5400), clock(0)]).toEqual(['20:00', '01:05', '90:00', '00:00']);
  });

  it('shows a second until it is fully gone, and never a negative time', () => {
    expect([clock(2.1), clock(0.4), clock(59.5), clock(-3)]).toEqual(['00:03', '00:01', '01:00', '00:00']);
  });
});

describe('isGraded', () => {
  it('counts scored types with points only: open and 0-point practice questions are recorded, not scored', () => {
    expect([
      isGraded({ type: 'single', points: 1 }),
      isGraded({ type: 'fill-in', points: 2.5 }),
      isGraded({ type: 'multiple', points: 0 }),
      isGraded({ type: 'open', points: 0 }),
      isGraded({ type: 'open', points: 3 }),
    ]).toEqual([true, true, false, false, false]);
  });
});
