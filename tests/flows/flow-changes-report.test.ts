import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeChange } from '../../src/cli/write-flow-diff-report.ts';
import { parseFlow } from '../../src/engine/parse-flow.ts';
import { diffFlows } from '../../src/verification/diff-flows.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const previous = parseFlow(JSON.parse(read('flows/history/online-abuse-1.1.0.json')), '1.1.0', {
  searchJourneys: false,
});
// The report compares two kept versions, so it stays true when the current flow moves on.
const next = parseFlow(JSON.parse(read('flows/history/online-abuse-2.0.0.json')), '2.0.0', {
  searchJourneys: false,
});
const report = read('docs/flow-changes/1.1.0-to-2.0.0.md');

describe('the committed change report, 1.1.0 to 2.0.0', () => {
  test('still describes what flow:diff finds today: every group with its count, each explained', () => {
    const diff = diffFlows(previous, next);
    expect(report).toContain(`**${diff.compared.toLocaleString('en-GB')}** answer combinations`);
    diff.groups.forEach((group, index) => {
      const heading = `## Group ${index + 1}: ${describeChange(group)}`;
      expect(report).toContain(heading);
      expect(report).toContain(`${group.count.toLocaleString('en-GB')} combinations`);
    });
    expect(report).not.toContain('Caused by: …');
    expect(report.match(/^## Group /gm)).toHaveLength(diff.groups.length);
  });
});
