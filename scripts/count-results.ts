// Prints the plain "N passed, N failed" line CI reads, from the runners' JSON reports.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;
for (const name of existsSync(folder) ? readdirSync(folder) : []) {
  if (!name.endsWith('.json')) continue;
  const report = JSON.parse(readFileSync(join(folder, name), 'utf8')) as {
    numPassedTests?: number;
    numFailedTests?: number;
    testResults?: { status: string; assertionResults: { status: string }[] }[];
    stats?: { expected?: number; unexpected?: number; flaky?: number };
  };
  if (typeof report.numPassedTests === 'number') {
    passed += report.numPassedTests;
    // A file that failed with no failed test (it did not load, or a hook threw)
    // counts once. numFailedTestSuites would count a failed test again, with
    // its file and each describe around it.
    const filesFailedWithoutTests = (report.testResults ?? []).filter(
      (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
    ).length;
    failed += (report.numFailedTests ?? 0) + filesFailedWithoutTests;
  } else if (report.stats) {
    passed += report.stats.expected ?? 0;
    failed += (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0);
  }
}
if (passed + failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
