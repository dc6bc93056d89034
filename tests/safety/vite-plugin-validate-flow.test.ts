import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { findFlowFileProblem, validateFlowPlugin } from '../../scripts/vite-plugin-validate-flow.ts';
import { FLOW_FILE } from '../../src/cli/read-flow-file.ts';

/** A tiny Vite project holding a copy of the real flow, so the tests run a real `vite build` without touching the app. */
const project = mkdtempSync(join(tmpdir(), 'validate-flow-'));
writeFileSync(
  join(project, 'index.html'),
  '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>',
);
writeFileSync(join(project, 'main.js'), 'document.body.append("ok");\n');
const realFlow = readFileSync(FLOW_FILE, 'utf8');

afterAll(() => rmSync(project, { recursive: true, force: true }));

function buildWithFlow(flowText: string) {
  writeFileSync(join(project, 'flow.json'), flowText);
  return build({
    root: project,
    configFile: false,
    logLevel: 'silent',
    plugins: [validateFlowPlugin({ files: ['flow.json'] })],
    build: { write: false },
  });
}

describe('the Vite plugin that validates the flow', () => {
  it('lets the build through when the flow is valid', async () => {
    await expect(buildWithFlow(realFlow)).resolves.toBeDefined();
  });

  it('fails vite build on a broken flow, naming the file and the place', async () => {
    const broken = JSON.parse(realFlow) as { rules: { id: string; add: string[] }[] };
    const index = broken.rules.findIndex((rule) => rule.id === 'R2');
    broken.rules[index]!.add = ['tell-the-dsl'];
    await expect(buildWithFlow(JSON.stringify(broken))).rejects.toThrow(
      `rules[${index}] (R2).add[0]: unknown route 'tell-the-dsl'`,
    );
    await expect(buildWithFlow(JSON.stringify(broken))).rejects.toThrow('flow.json is not a valid flow');
  });

  it('names the file when it is not JSON at all', async () => {
    await expect(buildWithFlow(realFlow.replace('"questions"', '"questions" oops'))).rejects.toThrow(
      /flow\.json is not valid JSON/,
    );
  });

  it('names a flow file that is missing', () => {
    expect(findFlowFileProblem(join(project, 'no-such-flow.json'), 'flows/no-such-flow.json')).toMatch(
      /^flows\/no-such-flow\.json cannot be read/,
    );
  });
});
