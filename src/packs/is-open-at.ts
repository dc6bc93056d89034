import type { OpeningWindow, Weekday } from './pack-schema.ts';
import { WEEKDAYS } from './pack-schema.ts';

// Lines keep London hours whatever the device's own time zone, so the weekday
// and time come from Intl in Europe/London (summer time included), never from
// Date's local getters.
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday and the time (HH:MM) in London at this instant. */
export function findLondonTime(date: Date): { weekday: Weekday; time: string } {
  const parts = Object.fromEntries(LONDON.formatToParts(date).map((part) => [part.type, part.value]));
  const weekday = parts.weekday?.toLowerCase() as Weekday | undefined;
  if (!weekday || !WEEKDAYS.includes(weekday))
    throw new Error(`cannot read the London weekday of ${date.toISOString()}`);
  return { weekday, time: `${parts.hour}:${parts.minute}` };
}

/**
 * Whether a line is open at this instant: some window lists the London
 * weekday, and the London time is at or after its opening and before its
 * closing time.
 */
export function isOpenAt(windows: readonly OpeningWindow[], date: Date): boolean {
  const { weekday, time } = findLondonTime(date);
  return windows.some((window) => window.days.includes(weekday) && window.from <= time && time < window.to);
}
