import { describe, expect, it } from 'vitest';
import { readFlowFile } from '../../../src/cli/read-flow-file.ts';
import { compileFlow } from '../../../src/engine/compile-flow.ts';
import {
  checkRecommendationReview,
  countDaysUntil,
  findDueContent,
  isPastReview,
} from '../../../src/engine/find-due-content.ts';
import type { Flow } from '../../../src/engine/flow-schema.ts';
import { recommend } from '../../../src/engine/recommend.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';

const flow = readFlowFile();

/** The real flow with every review date set to one day, so the tests do not depend on today's content. */
function withAllReviewDates(reviewBy: string): Flow {
  const copy = structuredClone(flow);
  for (const source of copy.sources) source.reviewBy = reviewBy;
  for (const route of copy.routes) for (const contact of route.contacts ?? []) contact.reviewBy = reviewBy;
  return copy;
}

const portsmouthSextortion = {
  'immediate-danger': 'no',
  'your-role': 'safeguarding-lead',
  setting: 'education-setting',
  area: 'portsmouth',
  'child-age': '13-to-15',
  concerns: ['sextortion'],
  'adult-involved': 'not-known',
  'works-with-children': 'no',
};

describe('countDaysUntil and isPastReview', () => {
  it('counts whole days whatever the time zone, across a month and a year end', () => {
    expect(countDaysUntil('2027-01-01', '2026-12-31')).toBe(1);
    expect(countDaysUntil('2027-03-01', '2027-02-28')).toBe(1);
    expect(countDaysUntil('2026-12-31', '2027-01-01')).toBe(-1);
  });

  it('treats the review-by day itself as still current and the day after as past review', () => {
    expect(isPastReview('2027-01-31', '2027-01-30')).toBe(false);
    expect(isPastReview('2027-01-31', '2027-01-31')).toBe(false);
    expect(isPastReview('2027-01-31', '2027-02-01')).toBe(true);
  });

  it('refuses a date that is not written YYYY-MM-DD rather than guessing', () => {
    expect(() => countDaysUntil('31/01/2027', '2027-01-01')).toThrow(/YYYY-MM-DD/);
  });
});

describe('findDueContent', () => {
  it('lists nothing when every review date is further away than the window', () => {
    expect(findDueContent(withAllReviewDates('2027-06-30'), '2027-05-01', 30)).toEqual([]);
  });

  it('lists every source and contact once the window reaches their review date', () => {
    const dated = withAllReviewDates('2027-06-30');
    const contactCount = dated.routes.flatMap((route) => route.contacts ?? []).length;
    const due = findDueContent(dated, '2027-06-01', 30);
    expect(due).toHaveLength(dated.sources.length + contactCount);
    expect(due.every((item) => item.status === 'due-soon' && item.daysLeft === 29)).toBe(true);
  });

  it('marks content past its review date with a clock after the date, and as due with a clock before it', () => {
    const dated = structuredClone(flow);
    const source = dated.sources[0]!;
    source.reviewBy = '2027-01-10';
    for (const other of dated.sources.slice(1)) other.reviewBy = '2099-01-01';
    for (const route of dated.routes)
      for (const contact of route.contacts ?? []) contact.reviewBy = '2099-01-01';

    const before = findDueContent(dated, '2027-01-05', 30);
    expect(before).toEqual([
      expect.objectContaining({
        kind: 'source',
        id: source.id,
        place: 'sources[0]',
        daysLeft: 5,
        status: 'due-soon',
      }),
    ]);
    const after = findDueContent(dated, '2027-01-12', 30);
    expect(after).toEqual([expect.objectContaining({ id: source.id, daysLeft: -2, status: 'past-review' })]);
  });

  it('names where each contact is in the flow, so an editor can find it', () => {
    const due = findDueContent(withAllReviewDates('2027-06-30'), '2027-07-01', 0);
    const police101 = due.find((item) => item.id === 'police-101-hiow');
    const policeIndex = flow.routes.findIndex((route) => route.id === 'police');
    expect(police101?.kind).toBe('contact');
    expect(police101?.place).toMatch(
      new RegExp(`^routes\\[${policeIndex}\\] \\(police\\)\\.contacts\\[\\d+\\]$`),
    );
    expect(police101?.status).toBe('past-review');
  });

  it('puts content past review first, then what is due soonest', () => {
    const dated = withAllReviewDates('2099-01-01');
    dated.sources[1]!.reviewBy = '2027-01-20';
    dated.sources[2]!.reviewBy = '2027-01-01';
    dated.sources[3]!.reviewBy = '2027-01-10';
    const due = findDueContent(dated, '2027-01-05', 30);
    expect(due.map((item) => [item.id, item.status])).toEqual([
      [dated.sources[2]!.id, 'past-review'],
      [dated.sources[3]!.id, 'due-soon'],
      [dated.sources[1]!.id, 'due-soon'],
    ]);
  });

  it('finds the two sources the real flow asks to be reviewed first, on the day after their review date', () => {
    const earliest = [
      ...flow.sources.map((source) => source.reviewBy),
      ...flow.routes.flatMap((route) => (route.contacts ?? []).map((contact) => contact.reviewBy)),
    ].sort()[0]!;
    const dayAfter = new Date(Date.parse(`${earliest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const due = findDueContent(flow, dayAfter, 0);
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((item) => item.status === 'past-review' && item.reviewBy === earliest)).toBe(true);
    expect(findDueContent(flow, earliest, 0).every((item) => item.status === 'due-soon')).toBe(true);
  });

  it('rejects a negative or fractional window', () => {
    expect(() => findDueContent(flow, '2027-01-01', -1)).toThrow(/whole number/);
    expect(() => findDueContent(flow, '2027-01-01', 1.5)).toThrow(/whole number/);
  });
});

describe('checkRecommendationReview', () => {
  const recommendation = replayJourney(flow, compileFlow(flow), portsmouthSextortion).recommendation!;

  it('says the recommendation is current with a clock on or before its earliest review date', () => {
    const review = checkRecommendationReview(recommendation, recommendation.content.reviewBy);
    expect(review.isPastReview).toBe(false);
    expect(review.contactsPastReview).toEqual([]);
    expect(review.reviewBy).toBe(recommendation.content.reviewBy);
    expect(review.lastChecked).toBe(recommendation.content.lastChecked);
  });

  it('says the recommendation is past review with a clock after its earliest review date', () => {
    const dated = withAllReviewDates('2099-01-01');
    const usedSource = dated.sources.find((source) => source.id === 'nca-sextortion-alert-2024')!;
    usedSource.reviewBy = '2027-03-01';
    const datedRecommendation = recommend(
      dated,
      replayJourney(dated, compileFlow(dated), portsmouthSextortion).answers,
    );
    expect(checkRecommendationReview(datedRecommendation, '2027-03-01').isPastReview).toBe(false);
    expect(checkRecommendationReview(datedRecommendation, '2027-03-02').isPastReview).toBe(true);
  });

  it('ignores content the recommendation did not use', () => {
    const dated = withAllReviewDates('2099-01-01');
    dated.sources.find((source) => source.id === 'report-terrorism')!.reviewBy = '2027-01-01';
    const datedRecommendation = recommend(
      dated,
      replayJourney(dated, compileFlow(dated), portsmouthSextortion).answers,
    );
    expect(checkRecommendationReview(datedRecommendation, '2027-06-01').isPastReview).toBe(false);
  });

  it('lists the contacts shown that are past their review date, with their route', () => {
    const dated = withAllReviewDates('2099-01-01');
    const mash = dated.routes
      .find((route) => route.id === 'childrens-social-care')!
      .contacts!.find((contact) => contact.id === 'portsmouth-mash')!;
    mash.reviewBy = '2027-01-01';
    const datedRecommendation = recommend(
      dated,
      replayJourney(dated, compileFlow(dated), portsmouthSextortion).answers,
    );
    const review = checkRecommendationReview(datedRecommendation, '2027-01-02');
    expect(review.isPastReview).toBe(true);
    expect(review.contactsPastReview).toEqual([
      { route: 'childrens-social-care', label: mash.label, value: mash.value, reviewBy: '2027-01-01' },
    ]);
  });
});
