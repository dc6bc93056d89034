import { readFileSync } from 'node:fs';
import { machineFor } from '../../src/engine/compile-flow.ts';
import type { Flow, FlowInput } from '../../src/engine/flow-schema.ts';
import { parseFlow } from '../../src/engine/parse-flow.ts';

/**
 * The toy flow of tests/fixtures (see its README): engine tests run on it, so
 * that a change to the real flow's content never breaks an engine test.
 */
export const TOY_FLOW_FILE = 'tests/fixtures/toy.flow.json';

const text = readFileSync(new URL('../fixtures/toy.flow.json', import.meta.url), 'utf8');

/** A fresh copy of the toy flow as written, to break or change in one test without touching the others. */
export function copyToyFlow(): FlowInput {
  return JSON.parse(text) as FlowInput;
}

/** The toy flow, parsed once per test file (with the full journey search). */
export const toyFlow: Flow = parseFlow(copyToyFlow(), TOY_FLOW_FILE);
export const toyMachine = machineFor(toyFlow);

/** A parsed copy of the toy flow after `change`, for tests that need a variant of it. */
export function changeToyFlow(change: (raw: FlowInput) => void): Flow {
  const raw = copyToyFlow();
  change(raw);
  return parseFlow(raw, TOY_FLOW_FILE);
}
