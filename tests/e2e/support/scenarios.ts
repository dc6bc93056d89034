import { runTriage } from '../../../src/cli/run-triage.ts';
import type { ScenarioFile } from '../../support/flow.ts';
import { flow, readScenarioFiles } from '../../support/flow.ts';

export type Expected = {
  routes: { route: string; urgency: string }[];
  warnings: string[];
  /** The questions the command line asked, in order. */
  path: string[];
};

/** What the command-line triage prints for a scenario file: the oracle for the browser. */
export function runCommandLine(file: ScenarioFile): Expected {
  const result = runTriage(flow, file.text, file.path);
  if (result.status !== 0) throw new Error(`triage failed on ${file.file}: ${result.error}`);
  const { output } = result;
  return {
    routes: output.actions.map(({ route, urgency }) => ({ route, urgency })),
    warnings: output.warnings.map((warning) => warning.id),
    path: output.path,
  };
}

export const scenarioFiles = readScenarioFiles();
export { flow };
