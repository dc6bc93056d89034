/**
 * The app's date formats, in one place for every layer: the record summary's
 * time stamp, the calendar dates the review checks and file names use, and the
 * dates pages show. Local time throughout: the user's own day and clock.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** The local calendar date, YYYY-MM-DD: "today" for review dates, and the date in a file name. */
export function formatIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local date and time to the minute, YYYY-MM-DD HH:MM: the record summary's time stamp. */
export function formatIsoDateTime(date: Date): string {
  return `${formatIsoDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-03-12" -> "12 March 2026", the GOV.UK style for pages; anything else is returned as it is. */
export function formatLongDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}
