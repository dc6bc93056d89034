import { readFileSync, realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexFlow } from '../engine/index-flow.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { countDaysUntil } from '../engine/find-due-content.ts';
import { FlowError, parseFlow } from '../engine/parse-flow.ts';
import { FLOW_PATH } from '../flow-file.ts';
import { formatIsoDate } from '../format-date.ts';
import { checkLocalAdditions } from '../packs/apply-local-additions.ts';
import { buildPackDirectory } from '../packs/pack-directory.ts';
import type { CouncilList, Pack } from '../packs/pack-schema.ts';
import { PackError } from '../packs/parse-pack.ts';
import type { PackFinding } from '../packs/review-pack.ts';
import { hasOverdue, reviewPack } from '../packs/review-pack.ts';
import { listPackFiles, readCouncilList, readNationalFallback, readPackFile } from './read-pack-files.ts';

const USAGE = 'usage: npm run pack:check [-- FILE.pack.json] [--within DAYS] [--today YYYY-MM-DD]';
export const DEFAULT_WITHIN_DAYS = 30;

export type PackCheckOptions = { files: string[]; today: string; withinDays: number };

/** Reads the command-line options; returns a message for a mistake. */
export function readPackCheckOptions(args: readonly string[], now: Date): PackCheckOptions | string {
  const files: string[] = [];
  let today = formatIsoDate(now);
  let withinDays = DEFAULT_WITHIN_DAYS;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
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
    } else if (!arg.startsWith('--')) {
      files.push(arg);
    } else {
      return `pack:check: cannot read '${arg}'; ${USAGE}`;
    }
  }
  return { files, today, withinDays };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function describeDue(finding: Extract<PackFinding, { kind: 'past-review' | 'due-soon' }>): string {
  const when =
    finding.daysLeft < 0
      ? `${plural(-finding.daysLeft, 'day')} past review`
      : finding.daysLeft === 0
        ? 'review due today'
        : `review due in ${plural(finding.daysLeft, 'day')}`;
  return `  - ${finding.place} '${finding.id}': ${finding.name}\n    review by ${finding.reviewBy}, last checked ${finding.lastChecked}: ${when}`;
}

/** The report for one pack, a pure function of the pack and the date, so tests run exactly what is printed. */
export function writePackCheckReport(pack: Pack, file: string, today: string, withinDays: number): string {
  const findings = reviewPack(pack, today, withinDays);
  const of = <Kind extends PackFinding['kind']>(kind: Kind) =>
    findings.filter((finding): finding is Extract<PackFinding, { kind: Kind }> => finding.kind === kind);
  const lines = [
    `Pack check for '${pack.id}' version ${pack.version} (${file}) on ${today} (due within ${withinDays} days)`,
    `${pack.partnership}: ${plural(pack.councils.length, 'council')}.`,
  ];
  const past = of('past-review');
  const soon = of('due-soon');
  const unconfirmed = of('unconfirmed');
  const missing = of('missing');
  const draft = of('not-signed-off');
  if (past.length > 0)
    lines.push(
      '',
      `PAST REVIEW DATE (${past.length}): check these now; the app warns users until they are updated.`,
      ...past.map(describeDue),
    );
  if (soon.length > 0)
    lines.push('', `DUE FOR REVIEW WITHIN ${withinDays} DAYS (${soon.length}):`, ...soon.map(describeDue));
  if (unconfirmed.length > 0)
    lines.push(
      '',
      `NOT CONFIRMED (${unconfirmed.length}): the app marks these "not confirmed"; confirm them with a test call or the owner's page.`,
      ...unconfirmed.map((finding) => `  - ${finding.place} '${finding.id}': ${finding.name}`),
    );
  if (missing.length > 0)
    lines.push(
      '',
      `MISSING (${missing.length}): no local contact, so the national fallback is shown for these.`,
      ...missing.map((finding) => `  - ${finding.place} ${finding.council}: ${finding.service}`),
    );
  if (draft.length > 0)
    lines.push('', `NOT SIGNED OFF: the pack is a draft, to be signed off by: ${draft[0]!.role}.`);
  if (findings.length === 0)
    lines.push(
      '',
      'OK: every contact is confirmed and inside its review date, and every service has a local contact.',
    );
  lines.push(
    '',
    'After checking a contact, update its lastChecked and reviewBy (6 months at most), raise the pack version and log it in amendments.',
  );
  return `${lines.join('\n')}\n`;
}

/** The council list's own review: its date, and reorganisations due within the window. */
export function writeCouncilListReport(
  list: CouncilList,
  today: string,
  withinDays: number,
): { text: string; overdue: boolean } {
  const daysLeft = countDaysUntil(list.reviewBy, today);
  const lines: string[] = [];
  if (daysLeft < 0)
    lines.push(`PAST REVIEW DATE: packs/councils.json was due for review on ${list.reviewBy}.`);
  else if (daysLeft <= withinDays) lines.push(`DUE FOR REVIEW: packs/councils.json by ${list.reviewBy}.`);
  for (const change of list.knownChanges)
    if (countDaysUntil(change.from, today) <= withinDays)
      lines.push(`COUNCIL CHANGE from ${change.from}: ${change.change}`);
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', overdue: daysLeft < 0 };
}

function main(): void {
  const options = readPackCheckOptions(process.argv.slice(2), new Date());
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    process.exit(2);
  }
  const files = options.files.length > 0 ? options.files : listPackFiles();
  let overdue: boolean;
  try {
    const councilList = readCouncilList();
    const national = readNationalFallback();
    // Only the routes and urgencies are needed; the flow's own checks (journey search included) belong to its tests.
    const flow: Flow = parseFlow(JSON.parse(readFileSync(FLOW_PATH, 'utf8')), FLOW_PATH, {
      searchJourneys: false,
    });
    const { routes } = indexFlow(flow);
    const urgencies = flow.roles.urgencies.map((urgency) => urgency.id);
    const packs = files.map((file) => {
      const pack = readPackFile(file);
      const problems = checkLocalAdditions(pack, routes, urgencies);
      if (problems.length > 0) throw new PackError(file, problems);
      return { file, pack };
    });
    buildPackDirectory(
      councilList,
      national,
      packs.map(({ pack }) => pack),
    );
    const councilReport = writeCouncilListReport(councilList, options.today, options.withinDays);
    process.stdout.write(councilReport.text);
    overdue = councilReport.overdue;
    for (const { file, pack } of packs) {
      process.stdout.write(
        writePackCheckReport(pack, relative(process.cwd(), file) || file, options.today, options.withinDays),
      );
      overdue ||= hasOverdue(reviewPack(pack, options.today, options.withinDays));
    }
  } catch (error) {
    // A broken pack is refused outright (exit 2), naming the file and each place, as a broken flow is.
    if (error instanceof PackError) {
      process.stderr.write(error.problems.map((problem) => `${error.file}: ${problem}\n`).join(''));
      process.exit(2);
    }
    if (error instanceof FlowError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  // Something past its review date is a failure for CI and the partnership's calendar: exit 1.
  process.exit(overdue ? 1 : 0);
}

const invokedPath = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invokedPath === realpathSync(fileURLToPath(import.meta.url))) main();
