import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { ROOT } from '../../support/run-cli.ts';

type ProcessRecord = { argv: string[]; execArgv: string[]; loaded: string[] };

const TRANSPILERS = /\/node_modules\/(tsx|esbuild|@esbuild|typescript|ts-node|@swc)\//;

/**
 * The command line starts fast because Node runs its TypeScript directly, with
 * no transpiler loaded at start (docs/decisions/0007). Its time is machine
 * noise and is printed by `npm run bench`; what it loads is not, so it is
 * tested here, through npm exactly as the README says to run it.
 */
test('npm run --silent triage runs on Node alone: it loads no tsx, esbuild or other transpiler', () => {
  const record = join(mkdtempSync(join(tmpdir(), 'loaded-')), 'modules.jsonl');
  const hook = pathToFileURL(join(ROOT, 'tests/support/record-loaded-modules.mjs')).href;
  const result = spawnSync(
    'npm',
    [
      'run',
      '--silent',
      'triage',
      '--',
      'tests/fixtures/toy-scenarios/bullying-in-danger.json',
      '--flow',
      'tests/fixtures/toy-flows/toy-2.0.0.flow.json',
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--import=${hook}`, RECORD_LOADED_MODULES: record },
    },
  );
  expect(result.status, result.stderr).toBe(0);
  expect(JSON.parse(result.stdout)).toHaveProperty('actions');

  const processes = readFileSync(record, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as ProcessRecord);
  // Every process that runs the triage file (a transpiler's launcher would start one of its own).
  const triage = processes.filter((entry) => entry.argv.some((arg) => arg.endsWith('src/cli/triage.ts')));
  expect(triage.length).toBeGreaterThan(0);
  const loaded = triage.flatMap((entry) => entry.loaded);
  expect(loaded).toContain(pathToFileURL(join(ROOT, 'src/cli/triage.ts')).href);
  expect(loaded.filter((url) => TRANSPILERS.test(url))).toEqual([]);
  expect(triage.flatMap((entry) => entry.execArgv).filter((arg) => TRANSPILERS.test(arg))).toEqual([]);
});
