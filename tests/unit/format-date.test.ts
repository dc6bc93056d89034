import { describe, expect, test } from 'vitest';
import { formatIsoDate, formatIsoDateTime, formatLongDate } from '../../src/format-date.ts';

describe('the date formats', () => {
  test('a calendar date is the local day, with leading zeros', () => {
    expect(formatIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  test('the record time stamp is the local date and time to the minute', () => {
    expect(formatIsoDateTime(new Date(2026, 10, 4, 9, 7, 59))).toBe('2026-11-04 09:07');
  });

  test('pages show dates in the GOV.UK style, and leave anything that is not a date as it is', () => {
    expect(formatLongDate('2022-05-18')).toBe('18 May 2022');
    expect(formatLongDate('2026-12-01')).toBe('1 December 2026');
    expect(formatLongDate('next spring')).toBe('next spring');
  });
});
