import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import {
  checkRecommendationReview,
  countDaysUntil,
  findDueContent,
  isPastReview,
} from '../../../src/engine/find-due-content.ts';
import { recommend } from '../../../src/engine/recommend.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';

/**
 * Review dates of the toy flow (tests/fixtures/README.md): sources toy-guide
 * 2026-07-10 and toy-rules 2026-05-01; contacts help-line 2026-09-01 (route
 * call-help), north-line 2026-06-05, south-email 2026-04-10 and report-website
 * 2026-08-01 (route report).
 */

describe('countDaysUntil and isPastReview', () => {
  test('count whole days whatever the time zone, across a month end, a leap day and a year end', () => {
    expect(countDaysUntil('2027-01-01', '2026-12-31')).toBe(1);
    expect(countDaysUntil('2027-03-01', '2027-02-28')).toBe(1);
    expect(countDaysUntil('2028-03-01', '2028-02-28')).toBe(2);
    expect(countDaysUntil('2026-03-30', '2026-03-29')).toBe(1);
    expect(countDaysUntil('2026-12-31', '2027-01-01')).toBe(-1);
  });

  test('treat the review-by day itself as current, and the day after as past review', () => {
    expect(isPastReview('2027-01-31', '2027-01-30')).toBe(false);
    expect(isPastReview('2027-01-31', '2027-01-31')).toBe(false);
    expect(isPastReview('2027-01-31', '2027-02-01')).toBe(true);
  });

  test('refuse a date not written YYYY-MM-DD rather than guess', () => {
    expect(() => countDaysUntil('31/01/2027', '2027-01-01')).toThrow(
      /'31\/01\/2027' is not a date written YYYY-MM-DD/,
    );
  });
});

describe('findDueContent', () => {
  test('lists what is past its review date or due within the window, past first, naming its place', () => {
    expect(findDueContent(toyFlow, '2026-05-01', 30)).toEqual([
      {
        kind: 'contact',
        id: 'south-email',
        name: 'South Toytown service',
        place: 'routes[2] (report).contacts[1]',
        lastChecked: '2026-02-10',
        reviewBy: '2026-04-10',
        daysLeft: -21,
        status: 'past-review',
      },
      {
        kind: 'source',
        id: 'toy-rules',
        name: 'Toy rules',
        place: 'sources[1]',
        lastChecked: '2026-02-01',
        reviewBy: '2026-05-01',
        daysLeft: 0,
        status: 'due-soon',
      },
    ]);
  });

  test('counts the last day of the window in, and uses a 30-day window unless told', () => {
    expect(findDueContent(toyFlow, '2026-05-01', 35).map((item) => item.id)).toEqual([
      'south-email',
      'toy-rules',
      'north-line',
    ]);
    expect(findDueContent(toyFlow, '2026-05-01', 34).map((item) => item.id)).toEqual([
      'south-email',
      'toy-rules',
    ]);
    expect(findDueContent(toyFlow, '2026-05-01')).toEqual(findDueContent(toyFlow, '2026-05-01', 30));
  });

  test('lists nothing when every review date is further away than the window', () => {
    expect(findDueContent(toyFlow, '2026-03-01', 30)).toEqual([]);
  });

  test('puts what is furthest past its review date first', () => {
    expect(findDueContent(toyFlow, '2027-01-01', 0).map((item) => `${item.id} ${item.status}`)).toEqual([
      'south-email past-review',
      'toy-rules past-review',
      'north-line past-review',
      'toy-guide past-review',
      'report-website past-review',
      'help-line past-review',
    ]);
  });

  test('keeps items due on the same day in flow order: sources, then contacts route by route', () => {
    const sameDay = changeToyFlow((raw) => {
      for (const source of raw.sources) source.reviewBy = '2026-07-01';
      for (const route of raw.routes)
        for (const contact of route.contacts ?? []) contact.reviewBy = '2026-07-01';
    });
    expect(findDueContent(sameDay, '2026-06-30', 1).map((item) => item.place)).toEqual([
      'sources[0]',
      'sources[1]',
      'routes[0] (call-help).contacts[0]',
      'routes[2] (report).contacts[0]',
      'routes[2] (report).contacts[1]',
      'routes[2] (report).contacts[2]',
    ]);
  });

  test('refuses a negative or fractional window', () => {
    expect(() => findDueContent(toyFlow, '2026-05-01', -1)).toThrow(/whole number of days/);
    expect(() => findDueContent(toyFlow, '2026-05-01', 1.5)).toThrow(/whole number of days/);
  });
});

describe('checkRecommendationReview', () => {
  /** Uses toy-guide, toy-rules, help-line, south-email (review by 2026-04-10) and report-website. */
  const southAnswers: Answers = {
    role: 'staff',
    area: 'south',
    worries: ['hurt', 'messages', 'pictures'],
    adult: 'not-sure',
  };
  /** Uses toy-guide, toy-rules (review by 2026-05-01), north-line and report-website. */
  const northAnswers: Answers = { role: 'dsl', area: 'north', worries: ['pictures'], adult: 'yes' };

  test('says a recommendation is current up to its earliest review date', () => {
    expect(checkRecommendationReview(recommend(toyFlow, southAnswers), '2026-04-10')).toEqual({
      isPastReview: false,
      reviewBy: '2026-04-10',
      lastChecked: '2026-01-10',
      contactsPastReview: [],
    });
  });

  test('says it is past review the day after, and lists the contacts shown that are past review', () => {
    const review = checkRecommendationReview(recommend(toyFlow, southAnswers), '2026-04-11');
    expect(review.isPastReview).toBe(true);
    expect(review.contactsPastReview).toEqual([
      { route: 'report', label: 'South Toytown service', value: 'south@example.org', reviewBy: '2026-04-10' },
    ]);
  });

  test('says it is past review when a source it cites is, with no contact to list', () => {
    const review = checkRecommendationReview(recommend(toyFlow, northAnswers), '2026-05-02');
    expect(review.isPastReview).toBe(true);
    expect(review.contactsPastReview).toEqual([]);
  });

  test('ignores content the recommendation did not use', () => {
    // south-email is past review, but the north is shown north-line.
    expect(checkRecommendationReview(recommend(toyFlow, northAnswers), '2026-04-20').isPastReview).toBe(
      false,
    );
  });

  test('treats a recommendation that used no dated content as needing review', () => {
    const noNotes = changeToyFlow((raw) => void (raw.lawNotes = []));
    const empty = recommend(noNotes, { role: 'dsl', area: 'north', worries: ['messages'], adult: 'no' });
    expect(empty.content).toEqual({ lastChecked: '', reviewBy: '' });
    expect(checkRecommendationReview(empty, '2026-01-01').isPastReview).toBe(true);
  });
});
