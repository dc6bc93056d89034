import { isOpenAt } from './is-open-at.ts';
import type { PackContact } from './pack-schema.ts';

/**
 * What a page can say about a line at this instant: open or closed by its
 * hours, or that its hours are not known. `confirmed` is false where the hours
 * were not confirmed, so the page can say "probably".
 */
export type OpeningState = { state: 'open' | 'closed' | 'hours-not-known'; confirmed: boolean };

export function findOpeningState(contact: Pick<PackContact, 'openingTimes'>, date: Date): OpeningState {
  const times = contact.openingTimes;
  if (!times) return { state: 'hours-not-known', confirmed: false };
  return { state: isOpenAt(times.windows, date) ? 'open' : 'closed', confirmed: times.confirmed };
}
