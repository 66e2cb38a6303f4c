import { describe, expect, it } from 'vitest';
import { decimalText } from '../../src/runtime/lms/scorm-table.js';
import { duration2004, timeOfDay12, timespan12, timestamp2004 } from '../../src/runtime/lms/time-format.js';

// Moodle's own patterns (mod/scorm datamodels), the strict reference for what the LMS stores.
const CMI_TIMESPAN_12 = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;
const CMI_TIME_12 = /^([0-2][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?$/;
const DURATION_2004 =
  /^P(?:([.,0-9]+)Y)?(?:([.,0-9]+)M)?(?:([.,0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+(?:\.[0-9]{1,2})?)S)?)?$/;
const TIMESTAMP_2004 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?$/;
const DECIMAL = /^-?[0-9]{1,5}(\.[0-9]{1,18})?$/;

describe('SCORM 1.2 times', () => {
  it.each([
    [0, '00:00:00'],
    [5_250, '00:00:05.25'],
    [65_004, '00:01:05'],
    [3_723_450, '01:02:03.45'],
    [59_999, '00:01:00'],
    [360_000_000, '100:00:00'],
  ])('session time of %i ms is %s', (ms, text) => {
    expect(timespan12(ms)).toBe(text);
    expect(text).toMatch(CMI_TIMESPAN_12);
  });

  it('writes the time of day as HH:MM:SS', () => {
    const text = timeOfDay12(new Date(2025, 0, 2, 9, 5, 7, 890));
    expect(text).toBe('09:05:07');
    expect(text).toMatch(CMI_TIME_12);
  });
});

describe('SCORM 2004 times', () => {
  it.each([
    [0, 'PT0S'],
    [5_250, 'PT5.25S'],
    [3_723_450, 'PT1H2M3.45S'],
    [3_600_000, 'PT1H'],
    [60_004, 'PT1M'],
    [1_234, 'PT1.23S'],
  ])('duration of %i ms is %s', (ms, text) => {
    expect(duration2004(ms)).toBe(text);
    expect(text).toMatch(DURATION_2004);
  });

  it('writes timestamps with 1 decimal and a zone, never toISOString()`s 3 decimals', () => {
    const date = new Date(Date.UTC(2025, 4, 6, 7, 8, 9, 876));
    expect(timestamp2004(date)).toBe('2025-05-06T07:08:09.8Z');
    expect(timestamp2004(date)).toMatch(TIMESTAMP_2004);
    expect(date.toISOString()).not.toMatch(TIMESTAMP_2004);
  });
});

describe('decimals', () => {
  it.each([
    [100, 4, '100'],
    [66.666666, 2, '66.67'],
    [0.5, 4, '0.5'],
    [0, 4, '0'],
    [1e-7, 4, '0'],
    [0.8333333, 4, '0.8333'],
  ])('%f with %i places is %s', (value, places, text) => {
    expect(decimalText(value, places)).toBe(text);
    expect(text).toMatch(DECIMAL);
  });
});
