import { describe, expect, it } from 'vitest';
import { passMarkOf } from '../../src/runtime/lms/pass-mark.js';
import { scorm12 } from '../../src/runtime/lms/scorm12.js';
import { scorm2004 } from '../../src/runtime/lms/scorm2004.js';

describe('the LMS pass mark as a percentage', () => {
  it.each([
    ['70', 70],
    ['62.5', 62.5],
    ['0', 0],
    ['100', 100],
    [' 80 ', 80],
  ])('SCORM 1.2 mastery_score %j is %j%%', (text, percent) => {
    expect(passMarkOf(text, scorm12.passMark)).toBe(percent);
  });

  it.each([
    ['0.7', 70],
    ['0.705', 70.5],
    ['.6', 60],
    ['1', 100],
    ['-0.5', 0], // a negative pass mark passes any score 0..100
  ])('SCORM 2004 scaled_passing_score %j is %j%%', (text, percent) => {
    expect(passMarkOf(text, scorm2004.passMark)).toBe(percent);
  });

  it("gives null (the lesson's own pass mark applies) for nothing, text, exponents and values out of range", () => {
    expect(['', 'abc', '1e2', '70%', '101', '-1'].map((t) => passMarkOf(t, scorm12.passMark))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(['', '1.5', '-2', '0,7', 'NaN'].map((t) => passMarkOf(t, scorm2004.passMark))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("reads each version's own element", () => {
    expect([scorm12.passMark.element, scorm2004.passMark.element]).toEqual([
      'cmi.student_data.mastery_score',
      'cmi.scaled_passing_score',
    ]);
  });
});
