import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readFlowFile } from '../../../src/cli/read-flow-file.ts';
import { runDiagram } from '../../../src/cli/run-triage.ts';
import { drawFlowDiagram } from '../../../src/diagram/draw-flow-diagram.ts';

/** Runs the real command, as `npm run --silent triage -- ...` does. */
function triage(args: string[], input?: string) {
  const result = spawnSync('node_modules/.bin/tsx', ['src/cli/triage.ts', ...args], {
    encoding: 'utf8',
    input,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scenario = JSON.stringify({
  answers: {
    'immediate-danger': 'no',
    'your-role': 'safeguarding-lead',
    setting: 'education-setting',
    area: 'hampshire',
    'child-age': '16-to-17',
    concerns: ['harmful-content'],
  },
});

describe('triage --diagram', () => {
  it('prints the flow as Mermaid text and exits 0, with no scenario file', () => {
    const result = triage(['--diagram']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(drawFlowDiagram(readFlowFile()));
    expect(result.stdout).toContain('flowchart TD');
  });

  it('refuses a scenario file or another option alongside --diagram, with exit 2 and nothing on standard output', () => {
    for (const args of [
      ['--diagram', 'flows/scenarios/anything.json'],
      ['--diagram', '--summary'],
    ]) {
      const result = triage(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^triage: --diagram takes no scenario file or other option; usage: /);
    }
  });

  it('runDiagram gives the same text as drawFlowDiagram', () => {
    const flow = readFlowFile();
    expect(runDiagram(flow)).toEqual({ status: 0, stdout: drawFlowDiagram(flow) });
  });
});

describe('triage without --diagram keeps its behaviour', () => {
  it('still runs a scenario from standard input and prints JSON', () => {
    const result = triage(['-'], scenario);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { actions: { route: string }[] };
    expect(output.actions.map((action) => action.route)).toEqual(['report-harmful-content']);
  });

  it('still exits 2 with a usage line when no scenario file is given, or an option is unknown', () => {
    for (const args of [[], ['--diagrams', '-']]) {
      const result = triage(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('usage: npm run --silent triage -- FILE [--summary]');
    }
  });
});
