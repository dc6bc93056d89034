import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DueContent } from '../engine/find-due-content.ts';
import { findDueContent } from '../engine/find-due-content.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { FlowError } from '../engine/parse-flow.ts';
import { formatIsoDate } from '../format-date.ts';
import { readFlowFile } from './read-flow-file.ts';

const USAGE = 'usage: npm run content:check [-- --within DAYS] [--today YYYY-MM-DD]';
export const DEFAULT_WITHIN_DAYS = 30;

function describeItem(item: DueContent): string {
  const when =
    item.daysLeft < 0
      ? `${-item.daysLeft} day${item.daysLeft === -1 ? '' : 's'} past review`
      : item.daysLeft === 0
        ? 'review due today'
        : `review due in ${item.daysLeft} day${item.daysLeft === 1 ? '' : 's'}`;
  return `  - ${item.kind} '${item.id}' (${item.place}): ${item.name}\n    review by ${item.reviewBy}, last checked ${item.lastChecked}: ${when}`;
}

/**
 * The content check as text, a pure function of the flow and the date so that
 * tests run exactly what `npm run content:check` prints.
 */
export function writeContentCheckReport(flow: Flow, today: string, withinDays = DEFAULT_WITHIN_DAYS): string {
  const due = findDueContent(flow, today, withinDays);
  const past = due.filter((item) => item.status === 'past-review');
  const soon = due.filter((item) => item.status === 'due-soon');
  const lines = [
    `Content check for ${flow.id} version ${flow.version} on ${today} (due within ${withinDays} days)`,
  ];
  if (due.length === 0) {
    lines.push(`OK: no source or contact is past its review date or due within ${withinDays} days.`);
    return `${lines.join('\n')}\n`;
  }
  if (past.length > 0) {
    lines.push(
      '',
      `PAST REVIEW DATE (${past.length}): check these before anyone relies on them; the app warns users until they are updated.`,
    );
    lines.push(...past.map(describeItem));
  }
  if (soon.length > 0) {
    lines.push('', `DUE FOR REVIEW WITHIN ${withinDays} DAYS (${soon.length}):`);
    lines.push(...soon.map(describeItem));
  }
  lines.push(
    '',
    'After checking an item, update its lastChecked and reviewBy dates in the flow file and raise the flow version.',
  );
  return `${lines.join('\n')}\n`;
}

/** Reads the command-line options; returns a message for a mistake. */
export function readContentCheckOptions(
  args: readonly string[],
  now: Date,
): { today: string; withinDays: number } | string {
  let today = formatIsoDate(now);
  let withinDays = DEFAULT_WITHIN_DAYS;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    const value = args[index + 1];
    if (arg === '--within' && value !== undefined && /^\d+$/.test(value)) {
      withinDays = Number(value);
      index += 1;
    } else if (
      arg === '--today' &&
      value !== undefined &&
      /^\d{4}-\d{2}-\d{2}$/.test(value) &&
      !Number.isNaN(Date.parse(value))
    ) {
      today = value;
      index += 1;
    } else {
      return `content:check: cannot read '${arg}'; ${USAGE}`;
    }
  }
  return { today, withinDays };
}

function main(): void {
  const options = readContentCheckOptions(process.argv.slice(2), new Date());
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    process.exit(2);
  }
  try {
    // Content that is due is a to-do for the content owner, not a failure: exit 0 and say it plainly.
    process.stdout.write(writeContentCheckReport(readFlowFile(), options.today, options.withinDays));
  } catch (error) {
    // A broken flow file is a real failure, as it is for the triage command.
    if (error instanceof FlowError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const invokedPath = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invokedPath === realpathSync(fileURLToPath(import.meta.url))) main();
