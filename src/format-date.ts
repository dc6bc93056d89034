/**
 * The app's date formats, in one place for every layer: the record summary's
 * time stamp, the calendar dates the review checks and file names use, and the
 * dates pages show. Local time throughout (the user's own day and clock),
 * except the record's time, which is England's and says so.
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

/** The zone of the record's time: the tool is for England, and a record read later must say which clock it used. */
export const RECORD_TIME_ZONE = 'Europe/London';

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: RECORD_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/**
 * "3 December 2026, 18:40 GMT": the record's time on England's clock, with its
 * zone, GMT or BST. The zone's name comes from the offset, not from the
 * browser's own words for it, so every browser and the command line agree.
 */
export function formatRecordTime(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(londonParts.formatToParts(date).find((entry) => entry.type === type)?.value);
  const [year, month, day, hour, minute] = (['year', 'month', 'day', 'hour', 'minute'] as const).map(part);
  const wallClock = Date.UTC(year!, month! - 1, day, hour, minute);
  const offsetMinutes = Math.round((wallClock - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
  const zone = offsetMinutes === 0 ? 'GMT' : offsetMinutes === 60 ? 'BST' : `UTC+${offsetMinutes / 60}`;
  return `${day} ${MONTHS[month! - 1]} ${year}, ${pad(hour!)}:${pad(minute!)} ${zone}`;
}
