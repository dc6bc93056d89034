import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowFile } from '../../../src/cli/read-flow-file.ts';
import { drawFlowDiagram } from '../../../src/diagram/draw-flow-diagram.ts';
import { ROOT, expectRefusal, runTriageInProcess } from '../../support/run-cli.ts';

const TOY_FLOW = 'tests/fixtures/toy-flows/toy-2.0.0.flow.json';

describe('npm run triage -- --diagram', () => {
  it('prints the flow as Mermaid text and exits 0, with no scenario file', async () => {
    const result = await runTriageInProcess(['--diagram']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(drawFlowDiagram(readFlowFile()));
    expect(result.stdout).toContain('flowchart TD');
  });

  it('draws another flow with --flow', async () => {
    const result = await runTriageInProcess(['--diagram', '--flow', TOY_FLOW]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(drawFlowDiagram(readFlowFile(join(ROOT, TOY_FLOW))));
    expect(result.stdout).toContain('flow toy version 2.0.0');
  });

  it('refuses a scenario file, a batch or --summary alongside --diagram, with exit 2 and the usage', async () => {
    expect(expectRefusal(await runTriageInProcess(['--diagram', 'flows/scenarios/anything.json']))).toMatch(
      /^triage: give one scenario file, --batch PATH, --diagram or --replay CODE, not a scenario file and --diagram; usage: /,
    );
    expect(expectRefusal(await runTriageInProcess(['--diagram', '--batch', 'flows/scenarios']))).toMatch(
      /not --batch and --diagram; usage: /,
    );
    expect(expectRefusal(await runTriageInProcess(['--diagram', '--summary']))).toMatch(
      /^triage: --summary goes with one scenario file; usage: /,
    );
  });
});
