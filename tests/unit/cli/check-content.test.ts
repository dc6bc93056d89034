import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WITHIN_DAYS,
  readContentCheckOptions,
  writeContentCheckReport,
} from '../../../src/cli/check-content.ts';
import { readFlowFile } from '../../../src/cli/read-flow-file.ts';
import { runCli } from '../../support/run-cli.ts';

const flow = readFlowFile();
const allReviewDates = [
  ...flow.sources.map((source) => source.reviewBy),
  ...flow.routes.flatMap((route) => (route.contacts ?? []).map((contact) => contact.reviewBy)),
].sort();
const earliestReview = allReviewDates[0]!;
const dayAfter = (isoDate: string) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('npm run content:check', () => {
  it('says plainly that nothing is due when the window ends before every review date', () => {
    const report = writeContentCheckReport(flow, '2000-01-01', 30);
    expect(report).toContain(`Content check for ${flow.id} version ${flow.version} on 2000-01-01`);
    expect(report).toContain('OK: no source or contact is past its review date or due within 30 days.');
    expect(report).not.toContain('PAST REVIEW DATE');
  });

  it('lists content past its review date under a clear heading, with its place and dates, on the day after the review date', () => {
    const report = writeContentCheckReport(flow, dayAfter(earliestReview), 0);
    expect(report).toMatch(/PAST REVIEW DATE \(\d+\)/);
    expect(report).toMatch(
      new RegExp(
        `\\(sources\\[\\d+\\]\\): .+\\n    review by ${earliestReview}, last checked \\d{4}-\\d{2}-\\d{2}: 1 day past review`,
      ),
    );
    expect(report).not.toContain('DUE FOR REVIEW');
  });

  it('lists content due within the window separately from content past review', () => {
    const report = writeContentCheckReport(flow, earliestReview, 365);
    expect(report).not.toContain('PAST REVIEW DATE');
    expect(report).toContain(`DUE FOR REVIEW WITHIN 365 DAYS (${allReviewDates.length})`);
    expect(report).toContain('review due today');
  });

  it('reads --within and --today, defaults to the local date and 30 days, and rejects anything else', () => {
    expect(readContentCheckOptions([], new Date(2027, 0, 9, 23, 30))).toEqual({
      today: '2027-01-09',
      withinDays: DEFAULT_WITHIN_DAYS,
    });
    expect(readContentCheckOptions(['--within', '7', '--today', '2027-02-01'], new Date())).toEqual({
      today: '2027-02-01',
      withinDays: 7,
    });
    expect(readContentCheckOptions(['--within', 'soon'], new Date())).toMatch(/cannot read '--within'/);
    expect(readContentCheckOptions(['--today', '1/2/2027'], new Date())).toMatch(/cannot read '--today'/);
  });

  it('exits 0 and prints the report even when content is past review', () => {
    const result = runCli('content:check', ['--today', dayAfter(earliestReview), '--within', '0']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('PAST REVIEW DATE');
  });

  it('exits 2 with one line on an option it cannot read', () => {
    const result = runCli('content:check', ['--within', 'soon']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^content:check: cannot read '--within'; usage: .*\n$/);
  });
});
