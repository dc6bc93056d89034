import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { flowPlugin, readFlowFileContent } from '../../vite-plugins/vite-plugin-flow.ts';
import { FLOW_PATH, PROJECT_FOLDER } from '../../src/flow-file.ts';
import { TOY_FLOW_FILE } from '../support/toy-flow.ts';

/** A tiny Vite project holding a copy of the real flow, so the tests run a real `vite build` without touching the app. */
const project = mkdtempSync(join(tmpdir(), 'flow-plugin-'));
writeFileSync(
  join(project, 'index.html'),
  '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>',
);
writeFileSync(join(project, 'main.js'), 'document.body.append(__FLOW_INFO__.title);\n');
const realFlow = readFileSync(FLOW_PATH, 'utf8');

afterAll(() => rmSync(project, { recursive: true, force: true }));

function buildWithFlow(flowText: string, historyPath?: string) {
  const path = join(project, 'flow.json');
  writeFileSync(path, flowText);
  return build({
    root: project,
    configFile: false,
    logLevel: 'silent',
    plugins: [flowPlugin({ path, shownAs: 'flow.json', ...(historyPath ? { historyPath } : {}) })],
    build: { write: false },
  });
}

/** The real flow with rule R2 pointing at a route that does not exist, and where that mistake is. */
function breakRuleR2(): { text: string; place: string } {
  const broken = JSON.parse(realFlow) as { rules: { id: string; add: string[] }[] };
  const index = broken.rules.findIndex((rule) => rule.id === 'R2');
  broken.rules[index]!.add = ['tell-the-dsl'];
  return { text: JSON.stringify(broken), place: `rules[${index}] (R2).add[0]: unknown route 'tell-the-dsl'` };
}

describe('the Vite plugin that reads the flow', () => {
  it('lets the build through when the flow is valid, and gives the app the flow facts it needs', async () => {
    const output = await buildWithFlow(realFlow);
    const flow = JSON.parse(realFlow) as { title: string };
    expect(JSON.stringify(output)).toContain(JSON.stringify(flow.title).slice(1, -1));
  });

  it('gives the app every kept version but the current one, checked and parsed, for the "Check a record" page', () => {
    const plugin = flowPlugin();
    const define = (plugin.config as () => { define: Record<string, string> })().define;
    // Parsed by the build, so the browser only runs JSON.parse (decision 0011).
    const kept = JSON.parse(JSON.parse(define.__FLOW_HISTORY__!) as string) as {
      file: string;
      flow: { shortId: string; version: string; rules: { add: { route: string }[] }[] };
    }[];
    const current = JSON.parse(realFlow) as { version: string };
    expect(kept.map((entry) => entry.file)).toContain('flows/history/online-abuse-1.1.0.json');
    expect(kept.map((entry) => entry.flow.version)).not.toContain(current.version);
    expect(kept.every((entry) => entry.flow.shortId === 'OA')).toBe(true);
    // Normalised by parseFlow: every rule addition is an object.
    expect(
      kept.every((entry) =>
        entry.flow.rules.every((rule) => rule.add.every((addition) => typeof addition.route === 'string')),
      ),
    ).toBe(true);
  });

  it('fails vite build on a broken kept version, naming its file and the place', async () => {
    const history = mkdtempSync(join(tmpdir(), 'flow-history-'));
    const { text, place } = breakRuleR2();
    const broken = JSON.parse(text) as { version: string };
    broken.version = '0.9.0';
    writeFileSync(join(history, 'online-abuse-0.9.0.json'), JSON.stringify(broken));
    try {
      await expect(buildWithFlow(realFlow, history)).rejects.toThrow(place);
      await expect(buildWithFlow(realFlow, history)).rejects.toThrow(
        'online-abuse-0.9.0.json is not a valid flow',
      );
    } finally {
      rmSync(history, { recursive: true, force: true });
    }
  });

  it('fails vite build on a broken flow, naming the file and the place', async () => {
    const { text, place } = breakRuleR2();
    await expect(buildWithFlow(text)).rejects.toThrow(place);
    await expect(buildWithFlow(text)).rejects.toThrow('flow.json is not a valid flow');
  });

  it('names the file when it is not JSON at all', async () => {
    await expect(buildWithFlow(realFlow.replace('"questions"', '"questions" oops'))).rejects.toThrow(
      /flow\.json is not a valid flow:\s+- not valid JSON/,
    );
  });

  it('names a flow file that is missing', () => {
    expect(() => readFlowFileContent(join(project, 'no-such-flow.json'), 'flows/no-such-flow.json')).toThrow(
      /^flows\/no-such-flow\.json is not a valid flow:\s+- cannot be read/,
    );
  });

  // On the toy flow: the search of the real flow, made to explore a contradiction, takes seconds.
  it('runs the journey search, which the browser leaves to the build', () => {
    const flow = JSON.parse(readFileSync(TOY_FLOW_FILE, 'utf8')) as {
      questions: { id: string; askedWhen?: unknown; options: { value: string }[] }[];
    };
    // Every id is right, but the condition contradicts itself: only the search can tell.
    const [first] = flow.questions;
    const index = flow.questions.findIndex((candidate) => candidate.askedWhen);
    const is = { question: first!.id, is: first!.options[0]!.value };
    flow.questions[index]!.askedWhen = { all: [is, { not: is }] };
    const path = join(project, 'unreachable.json');
    writeFileSync(path, JSON.stringify(flow));
    expect(() => readFlowFileContent(path, 'unreachable.json')).toThrow(
      `questions[${index}] (${flow.questions[index]!.id}): can never be reached`,
    );
  });
});

/**
 * `vite build` with the project's own vite.config.ts, on a broken copy of the
 * flow named by TRIAGE_FLOW_FILE (src/flow-file.ts, the one place the flow
 * file is named). Nothing is built: the check runs when the configuration is
 * resolved, before any other plugin. A child process, as a person would run
 * it; about 2 s, as Vite bundles its config first.
 */
function buildProjectWithFlow(flowText: string) {
  const folder = mkdtempSync(join(tmpdir(), 'broken-flow-'));
  try {
    const path = join(folder, 'broken.flow.json');
    writeFileSync(path, flowText);
    const result = spawnSync(
      process.execPath,
      [join(PROJECT_FOLDER, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', join(folder, 'dist')],
      { cwd: PROJECT_FOLDER, env: { ...process.env, TRIAGE_FLOW_FILE: path }, encoding: 'utf8' },
    );
    return { status: result.status, output: `${result.stdout}${result.stderr}`, path };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('vite build with the real configuration', () => {
  it('stops on a broken flow before building anything, naming the file and the place', () => {
    const { text, place } = breakRuleR2();
    const { status, output, path } = buildProjectWithFlow(text);
    expect(status).not.toBe(0);
    expect(output).toContain(`${path} is not a valid flow`);
    expect(output).toContain(place);
    expect(output).not.toMatch(/failed to load config|transforming|modules transformed/i);
  });

  it('names the file when the flow is not JSON', () => {
    const { status, output, path } = buildProjectWithFlow(
      realFlow.replace('"questions"', '"questions" oops'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`${path} is not a valid flow:`);
    expect(output).toMatch(/- not valid JSON: .*line \d+ column \d+/);
  });
});
