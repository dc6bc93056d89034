import { describe, expect, it } from 'vitest';
import { findOpeningState } from '../../../src/packs/find-opening-state.ts';
import { findLondonTime, isOpenAt } from '../../../src/packs/is-open-at.ts';
import type { OpeningWindow } from '../../../src/packs/pack-schema.ts';

// The Isle of Wight professional line: Monday to Thursday 8:30 to 5, Friday 8:30 to 4:30.
const officeHours: OpeningWindow[] = [
  { days: ['monday', 'tuesday', 'wednesday', 'thursday'], from: '08:30', to: '17:00' },
  { days: ['friday'], from: '08:30', to: '16:30' },
];
// An emergency duty line open overnight, written as two windows.
const overnight: OpeningWindow[] = [
  { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '17:00', to: '24:00' },
  { days: ['tuesday', 'wednesday', 'thursday', 'friday', 'saturday'], from: '00:00', to: '08:30' },
];

describe('isOpenAt', () => {
  it('is open inside a window and closed outside it, on a winter day (London time is UTC)', () => {
    // Wednesday 2 December 2026.
    expect(isOpenAt(officeHours, new Date('2026-12-02T08:29:59Z'))).toBe(false);
    expect(isOpenAt(officeHours, new Date('2026-12-02T08:30:00Z'))).toBe(true);
    expect(isOpenAt(officeHours, new Date('2026-12-02T16:59:00Z'))).toBe(true);
    expect(isOpenAt(officeHours, new Date('2026-12-02T17:00:00Z'))).toBe(false);
  });

  it('keeps each weekday to its own hours: closed at 4:45pm on a Friday, open then on a Thursday', () => {
    expect(isOpenAt(officeHours, new Date('2026-12-04T16:45:00Z'))).toBe(false);
    expect(isOpenAt(officeHours, new Date('2026-12-03T16:45:00Z'))).toBe(true);
    expect(isOpenAt(officeHours, new Date('2026-12-05T10:00:00Z'))).toBe(false);
  });

  it('reads the clock in London in summer time: 8:15 UTC is 9:15 in London in July', () => {
    // Wednesday 15 July 2026, British Summer Time (UTC+1).
    expect(isOpenAt(officeHours, new Date('2026-07-15T07:45:00Z'))).toBe(true);
    expect(isOpenAt(officeHours, new Date('2026-07-15T07:15:00Z'))).toBe(false);
    expect(isOpenAt(officeHours, new Date('2026-07-15T15:59:00Z'))).toBe(true);
    expect(isOpenAt(officeHours, new Date('2026-07-15T16:00:00Z'))).toBe(false);
  });

  it('takes the weekday in London too: 23:30 UTC on a Sunday in summer is Monday in London', () => {
    expect(findLondonTime(new Date('2026-07-12T23:30:00Z'))).toEqual({ weekday: 'monday', time: '00:30' });
  });

  it('covers the night through two windows, up to midnight and from midnight', () => {
    expect(isOpenAt(overnight, new Date('2026-12-02T23:59:00Z'))).toBe(true);
    expect(isOpenAt(overnight, new Date('2026-12-03T00:00:00Z'))).toBe(true);
    expect(isOpenAt(overnight, new Date('2026-12-03T08:30:00Z'))).toBe(false);
    // Sunday night into Monday is not in this line's windows.
    expect(isOpenAt(overnight, new Date('2026-12-07T02:00:00Z'))).toBe(false);
  });

  it('treats a line open 00:00 to 24:00 every day as always open, across the clock change', () => {
    const always: OpeningWindow[] = [
      {
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
        from: '00:00',
        to: '24:00',
      },
    ];
    for (const instant of [
      '2026-03-29T00:59:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
    ])
      expect(isOpenAt(always, new Date(instant))).toBe(true);
  });
});

describe('findOpeningState', () => {
  it('says open or closed by the hours, and when the hours are not known', () => {
    const friday445pm = new Date('2026-12-04T16:45:00Z');
    expect(
      findOpeningState({ openingTimes: { windows: officeHours, confirmed: true } }, friday445pm),
    ).toEqual({
      state: 'closed',
      confirmed: true,
    });
    expect(
      findOpeningState(
        { openingTimes: { windows: officeHours, confirmed: false } },
        new Date('2026-12-04T10:00:00Z'),
      ),
    ).toEqual({ state: 'open', confirmed: false });
    expect(findOpeningState({}, friday445pm)).toEqual({ state: 'hours-not-known', confirmed: false });
  });
});
