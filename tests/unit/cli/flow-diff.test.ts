import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, test } from 'vitest';
import type { BatchLine } from '../../../src/cli/run-batch.ts';
import type { FlowDiffJson } from '../../../src/cli/write-flow-diff-report.ts';
import { readFlowFile } from '../../../src/cli/read-flow-file.ts';
import { keepKnownAnswers } from '../../../src/verification/diff-flows.ts';
import { ROOT, expectRefusal, runCli, runTriageInProcess } from '../../support/run-cli.ts';

/** `npm run --silent flow:diff` on the toy flows, whose figures tests/unit/verification/diff-flows.test.ts works out by hand. */
const OLD = 'tests/fixtures/toy-flows/toy-1.0.0.flow.json';
const NEW = 'tests/fixtures/toy-flows/toy-2.0.0.flow.json';

describe('npm run flow:diff -- OLD.json NEW.json --json', () => {
  const result = runCli('flow:diff', [OLD, NEW, '--json']);
  const report = JSON.parse(result.stdout) as FlowDiffJson;

  test('prints one JSON object in the shape of the contract', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(Object.keys(report)).toEqual(['old', 'new', 'compared', 'changed', 'onlyNew', 'groups']);
    expect(report).toMatchObject({
      old: { id: 'toy', version: '1.0.0' },
      new: { id: 'toy', version: '2.0.0' },
      compared: 228,
      changed: 124,
      onlyNew: 474,
    });
    expect(report.groups.map((group) => Object.keys(group))).toEqual(
      report.groups.map(() => ['adds', 'removes', 'urgency', 'count', 'example']),
    );
    expect(report.groups.map((group) => group.count)).toEqual([48, 32, 20, 16, 8]);
  });

  test('each group example, run with triage --flow on both files, differs exactly as its group says', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'flow-diff-'));
    const runExamples = async (flowFile: string) => {
      const flow = readFlowFile(join(ROOT, flowFile));
      const jsonl = join(folder, `${flow.version}.jsonl`);
      writeFileSync(
        jsonl,
        report.groups
          .map((group) => JSON.stringify({ answers: keepKnownAnswers(flow, group.example) }))
          .join('\n'),
      );
      const batch = await runTriageInProcess(['--batch', jsonl, '--flow', flowFile]);
      expect(batch.status, batch.stdout).toBe(0);
      return batch.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as BatchLine)
        .map((line) =>
          'result' in line ? line.result.actions.map(({ route, urgency }) => ({ route, urgency })) : [],
        );
    };
    const before = await runExamples(OLD);
    const after = await runExamples(NEW);
    report.groups.forEach((group, index) => {
      const oldActions = before[index]!;
      const newActions = after[index]!;
      const oldUrgency = new Map(oldActions.map((action) => [action.route, action.urgency]));
      const newUrgency = new Map(newActions.map((action) => [action.route, action.urgency]));
      expect(newActions.filter((action) => !oldUrgency.has(action.route))).toEqual(group.adds);
      expect(oldActions.filter((action) => !newUrgency.has(action.route))).toEqual(group.removes);
      expect(
        Object.fromEntries(
          oldActions
            .filter(
              (action) => newUrgency.has(action.route) && newUrgency.get(action.route) !== action.urgency,
            )
            .map((action) => [action.route, [action.urgency, newUrgency.get(action.route)]]),
        ),
      ).toEqual(group.urgency);
      // Routes that keep their urgency keep their order, unless the group says they do not.
      const kept = (actions: typeof oldActions) =>
        actions
          .filter((action) => oldUrgency.get(action.route) === newUrgency.get(action.route))
          .map((action) => action.route);
      expect(kept(oldActions).join() !== kept(newActions).join()).toBe(group.reordered === true);
    });
  });
});

describe('npm run flow:diff -- OLD.json NEW.json', () => {
  const result = runCli('flow:diff', [OLD, NEW]);

  test('prints a Markdown report: the figures, a table of groups, and under each an example and a place for the cause', () => {
    expect(result.status).toBe(0);
    const report = result.stdout;
    expect(report).toMatch(/^# Flow changes: toy 1\.0\.0 to toy 2\.0\.0\n/);
    expect(report).toContain('- Compared: **228** answer combinations');
    expect(report).toContain('- Changed: **124** (54.4%) changed their actions, in 5 groups.');
    expect(report).toContain(
      '- Only the new flow: **474** of its journeys use an answer the old flow does not have (place: east; topics: staff).',
    );
    expect(report).toContain('Counted, not walked: role (2 answers), place (2 answers).');
    expect(report).toMatch(/\| 1 +\| \+ support \(today\) +\| +48 \| 21\.1% \|/);
    expect(report).toMatch(/\| 5 +\| \+ police \(now\); \+ support \(today\) +\| +8 \|/);
    expect(report.match(/^## Group \d+: /gm)).toHaveLength(5);
    expect(report.match(/^Caused by: …$/gm)).toHaveLength(5);
    expect(report).toContain(`| npm run --silent triage -- - --flow ${OLD}\n`);
  });

  test('can be committed as printed: Prettier leaves it unchanged', async () => {
    const options = await resolveConfig(join(ROOT, 'docs/flow-changes/report.md'));
    expect(await format(result.stdout, { ...options, parser: 'markdown' })).toBe(result.stdout);
  });

  test('says so when nothing changed', () => {
    const same = runCli('flow:diff', [NEW, NEW]);
    expect(same.stdout).toContain('- Changed: **0** (0.0%)');
    expect(same.stdout).toContain('No combination changed its actions.');
  });
});

describe('npm run flow:diff refuses, with exit 2 and one line', () => {
  test('anything but two flow files, or an unknown option', () => {
    expect(expectRefusal(runCli('flow:diff', [OLD]))).toMatch(
      /^flow:diff: give two flow files, the old then the new; usage: /,
    );
    expect(expectRefusal(runCli('flow:diff', [OLD, NEW, NEW]))).toMatch(/give two flow files/);
    expect(expectRefusal(runCli('flow:diff', [OLD, NEW, '--markdown']))).toMatch(
      /^flow:diff: unknown option --markdown; usage: /,
    );
  });

  test('a flow file that is missing or broken, naming the file and the place', () => {
    expect(expectRefusal(runCli('flow:diff', [OLD, 'no/such.flow.json']))).toMatch(
      /^flow:diff: no\/such\.flow\.json is not a valid flow: cannot be read/,
    );
    const broken = JSON.parse(readFileSync(join(ROOT, NEW), 'utf8')) as { routes: { urgency: string }[] };
    broken.routes[1]!.urgency = 'soon';
    const file = join(mkdtempSync(join(tmpdir(), 'flow-diff-')), 'broken.flow.json');
    writeFileSync(file, JSON.stringify(broken));
    expect(expectRefusal(runCli('flow:diff', [file, NEW]))).toMatch(
      /broken\.flow\.json is not a valid flow: routes\[1\] \(tell-lead\)\.urgency: 'soon' is not one of the urgencies/,
    );
  });
});
