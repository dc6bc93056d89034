import type { Flow } from './flow-schema.ts';
import type { Recommendation } from './recommend.ts';

/**
 * Content review dates. Contacts and the law change, so every source and
 * contact in a flow carries `lastChecked` and `reviewBy`. The engine never
 * reads the clock: callers pass `today` (YYYY-MM-DD), so tests use a fixed
 * date and the command line and the app pass the real one.
 *
 * A `reviewBy` date is the last day the content counts as current: it is past
 * its review date from the day after.
 */

export type DueContent = {
  kind: 'source' | 'contact';
  id: string;
  /** A source's title, or a contact's label. */
  name: string;
  /** Where it is in the flow, so an editor can find it: `sources[3]` or `routes[2] (police).contacts[0]`. */
  place: string;
  lastChecked: string;
  reviewBy: string;
  /** Days from today to the review date: negative when past it, 0 on the day. */
  daysLeft: number;
  status: 'past-review' | 'due-soon';
};

const DAY_MS = 24 * 60 * 60 * 1000;

function toDayNumber(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`'${isoDate}' is not a date written YYYY-MM-DD`);
  // UTC so that the answer does not depend on the machine's time zone or summer time.
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** Days from `today` to `reviewBy` (negative when the review date has passed). */
export function countDaysUntil(reviewBy: string, today: string): number {
  return toDayNumber(reviewBy) - toDayNumber(today);
}

/** Whether content with this review date is past it on `today`. */
export function isPastReview(reviewBy: string, today: string): boolean {
  return countDaysUntil(reviewBy, today) < 0;
}

/**
 * Every source and contact whose review date has passed, or falls within
 * `withinDays` of `today`, soonest first (so past ones come before due ones).
 */
export function findDueContent(flow: Flow, today: string, withinDays = 30): DueContent[] {
  if (!Number.isInteger(withinDays) || withinDays < 0)
    throw new Error(`withinDays must be a whole number of days, not ${withinDays}`);
  const dated: Omit<DueContent, 'daysLeft' | 'status'>[] = [
    ...flow.sources.map((source, index) => ({
      kind: 'source' as const,
      id: source.id,
      name: source.title,
      place: `sources[${index}]`,
      lastChecked: source.lastChecked,
      reviewBy: source.reviewBy,
    })),
    ...flow.routes.flatMap((route, routeIndex) =>
      (route.contacts ?? []).map((contact, contactIndex) => ({
        kind: 'contact' as const,
        id: contact.id,
        name: contact.label,
        place: `routes[${routeIndex}] (${route.id}).contacts[${contactIndex}]`,
        lastChecked: contact.lastChecked,
        reviewBy: contact.reviewBy,
      })),
    ),
  ];
  return (
    dated
      .map((item): DueContent => {
        const daysLeft = countDaysUntil(item.reviewBy, today);
        return { ...item, daysLeft, status: daysLeft < 0 ? 'past-review' : 'due-soon' };
      })
      .filter((item) => item.daysLeft <= withinDays)
      // A stable sort: items due on the same day stay in flow order (sources, then contacts route by route).
      .sort((first, second) => first.daysLeft - second.daysLeft)
  );
}

export type RecommendationReview = {
  /** True when any source or contact the recommendation used is past its review date on `today`. */
  isPastReview: boolean;
  /** The earliest review date of the content used. */
  reviewBy: string;
  /** The oldest "last checked" date of the content used. */
  lastChecked: string;
  /** The contacts shown with the recommendation that are past their review date, so the page can mark them. */
  contactsPastReview: { route: string; label: string; value: string; reviewBy: string }[];
};

/**
 * Whether the content a recommendation used (its sources, warnings' and law
 * notes' sources, and the contacts shown) is past its review date on `today`.
 * `recommendation.content.reviewBy` is already the earliest review date of
 * everything used, so one comparison answers the question; the contacts are
 * listed as well because a stale phone number is the most likely harm.
 */
export function checkRecommendationReview(
  recommendation: Recommendation,
  today: string,
): RecommendationReview {
  const contactsPastReview = recommendation.actions.flatMap((action) =>
    (action.contact?.entries ?? [])
      .filter((entry) => isPastReview(entry.reviewBy, today))
      .map((entry) => ({
        route: action.route,
        label: entry.label,
        value: entry.value,
        reviewBy: entry.reviewBy,
      })),
  );
  const { reviewBy, lastChecked } = recommendation.content;
  return {
    // An empty date would mean the recommendation used no dated content at all; treat that as needing review, not as current.
    isPastReview: reviewBy === '' || isPastReview(reviewBy, today) || contactsPastReview.length > 0,
    reviewBy,
    lastChecked,
    contactsPastReview,
  };
}
