import { describe, expect, test } from 'vitest';
import { runTriage } from '../../src/cli/run-triage.ts';
import { flow, readScenarioFiles } from '../support/flow.ts';

const scenarios = readScenarioFiles();

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

  test.each(scenarios.map((entry) => [entry.file, entry] as const))(
    '%s gives its expected actions and warnings through the command line',
    (_file, entry) => {
      const result = runTriage(flow, entry.text, entry.file);
      expect(result.status).toBe(0);
      if (result.status !== 0) return;
      const output = JSON.parse(result.stdout) as {
        actions: { route: string }[];
        warnings: { id: string }[];
        unused: string[];
      };
      expect(entry.scenario.expected, 'every scenario file states what it expects').toBeDefined();
      expect(output.actions.map((action) => action.route)).toEqual(entry.scenario.expected?.routes);
      expect(output.warnings.map((warning) => warning.id)).toEqual(entry.scenario.expected?.warnings);
      expect(output.unused).toEqual([]);
    },
  );
});
