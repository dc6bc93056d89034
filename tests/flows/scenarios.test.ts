import { describe, expect, test } from 'vitest';
import { listBatchScenarios, runBatch } from '../../src/cli/run-batch.ts';
import { SCENARIO_FOLDER, flow, readScenarioFiles } from '../support/flow.ts';

const scenarios = readScenarioFiles();
// Every scenario file through the command line's batch, as `triage --batch flows/scenarios` runs them.
const listed = listBatchScenarios(SCENARIO_FOLDER);
const lines = new Map(
  typeof listed === 'string' ? [] : [...runBatch(flow, listed)].map((line) => [line.scenario, line]),
);

describe('scenario files in flows/scenarios', () => {
  test('there are at least 25, covering every concern, every area and both roles', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(25);
    const answered = (question: string) =>
      new Set(scenarios.flatMap(({ scenario }) => [scenario.answers[question] ?? []].flat()));
    for (const question of ['concerns', 'area', 'your-role', 'immediate-danger', 'child-age']) {
      const options = flow.questions
        .find((candidate) => candidate.id === question)!
        .options.map((option) => option.value);
      expect([...answered(question)].sort(), question).toEqual([...options].sort());
    }
    const routes = new Set(scenarios.flatMap(({ scenario }) => scenario.expected?.routes ?? []));
    expect([...routes].sort()).toEqual(flow.routes.map((route) => route.id).sort());
  });

  test('the batch runs each of them once', () => {
    expect(listed).not.toBeTypeOf('string');
    expect([...lines.keys()]).toEqual(scenarios.map((entry) => entry.file));
  });

  test.each(scenarios.map((entry) => [entry.file, entry] as const))(
    '%s gives its expected actions and warnings through the command line',
    (file, entry) => {
      const line = lines.get(file);
      expect(line && 'error' in line ? line.error : undefined).toBeUndefined();
      if (!line || !('result' in line)) return;
      expect(entry.scenario.expected, 'every scenario file states what it expects').toBeDefined();
      expect(line.result.actions.map((action) => action.route)).toEqual(entry.scenario.expected?.routes);
      expect(line.result.warnings.map((warning) => warning.id)).toEqual(entry.scenario.expected?.warnings);
      expect(line.result.unused).toEqual([]);
    },
  );
});
