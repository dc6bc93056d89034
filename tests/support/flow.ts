import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFlowFile } from '../../src/cli/read-flow-file.ts';
import { FLOW_PATH } from '../../src/flow-file.ts';
import { readSafetyProperties } from '../../src/verification/read-safety-properties.ts';
import type { Scenario } from '../../src/verification/scenario-schema.ts';
import { ScenarioSchema } from '../../src/verification/scenario-schema.ts';

/** The real flow, parsed once per test file. */
export const flow = readFlowFile();
/** The spec's safety properties for the real flow (flows/online-abuse.properties.json). */
export const properties = readSafetyProperties(FLOW_PATH);

// A plain path, not a file URL: it works under jsdom too, which replaces the URL class.
export const SCENARIO_FOLDER = join(import.meta.dirname, '../../flows/scenarios/');

export type ScenarioFile = { file: string; path: string; text: string; scenario: Scenario };

/** Every scenario file in flows/scenarios, in name order. */
export function readScenarioFiles(): ScenarioFile[] {
  return readdirSync(SCENARIO_FOLDER)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const path = join(SCENARIO_FOLDER, file);
      const text = readFileSync(path, 'utf8');
      return { file, path, text, scenario: ScenarioSchema.parse(JSON.parse(text)) };
    });
}
