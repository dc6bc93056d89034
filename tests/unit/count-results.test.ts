import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';

// The "N passed, N failed" line CI reads (scripts/count-results.ts), from the
// runners' JSON reports.
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function countResults(reports: Record<string, unknown>): string {
  const folder = mkdtempSync(join(tmpdir(), 'count-results-'));
  folders.push(folder);
  for (const [name, report] of Object.entries(reports))
    writeFileSync(join(folder, name), JSON.stringify(report));
  return execFileSync(process.execPath, ['scripts/count-results.ts', folder], { encoding: 'utf8' }).trim();
}

const file = (status: string, tests: string[]) => ({
  status,
  assertionResults: tests.map((testStatus) => ({ status: testStatus })),
});

test('counts a failed test once, not again for its file and its describe blocks', () => {
  const vitest = {
    numPassedTests: 3,
    numFailedTests: 1,
    numFailedTestSuites: 2,
    testResults: [file('failed', ['passed', 'failed']), file('passed', ['passed', 'passed'])],
  };
  expect(countResults({ 'vitest.json': vitest })).toBe('3 passed, 1 failed');
});

test('counts a file that failed with no failed test (it did not load) as one failure', () => {
  const vitest = {
    numPassedTests: 2,
    numFailedTests: 0,
    numFailedTestSuites: 1,
    testResults: [file('failed', []), file('passed', ['passed', 'passed'])],
  };
  expect(countResults({ 'vitest.json': vitest })).toBe('2 passed, 1 failed');
});

test("adds Playwright's unexpected and flaky tests and the checks, and fails when nothing ran", () => {
  const browser = { stats: { expected: 5, unexpected: 1, flaky: 1 } };
  const checks = { numPassedTests: 3, numFailedTests: 1 };
  expect(countResults({ 'browser.json': browser, 'checks.json': checks })).toBe('8 passed, 3 failed');
  expect(countResults({})).toBe('0 passed, 1 failed');
});
