import { describe, expect, test } from 'vitest';
import { formatIsoDate, formatIsoDateTime, formatLongDate, formatRecordTime } from '../../src/format-date.ts';

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

  test("the record's time is England's, with its zone: GMT in winter, BST in summer, changing at 01:00 UTC", () => {
    expect(formatRecordTime(new Date('2026-12-03T18:40:59Z'))).toBe('3 December 2026, 18:40 GMT');
    expect(formatRecordTime(new Date('2026-07-03T18:40:00Z'))).toBe('3 July 2026, 19:40 BST');
    expect(formatRecordTime(new Date('2026-03-29T00:59:00Z'))).toBe('29 March 2026, 00:59 GMT');
    expect(formatRecordTime(new Date('2026-03-29T01:00:00Z'))).toBe('29 March 2026, 02:00 BST');
    // The hour that happens twice in October: the zone tells the two apart.
    expect(formatRecordTime(new Date('2026-10-25T00:30:00Z'))).toBe('25 October 2026, 01:30 BST');
    expect(formatRecordTime(new Date('2026-10-25T01:30:00Z'))).toBe('25 October 2026, 01:30 GMT');
    expect(formatRecordTime(new Date('2026-12-31T23:59:00Z'))).toBe('31 December 2026, 23:59 GMT');
  });
});
