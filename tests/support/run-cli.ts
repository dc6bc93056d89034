import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The project folder: commands run from here, as npm runs them. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const scripts = (
  JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }
).scripts;

/** The command-line tools, by their npm script. */
export type CliScript = 'triage' | 'flow:diff' | 'content:check' | 'rulebook';

export type CliRun = { status: number | null; stdout: string; stderr: string };

/**
 * The one way tests start a command-line tool: the command its npm script
 * runs (`node FILE`), with the same arguments as `npm run --silent SCRIPT --
 * ARGS`, from the project folder, without npm's own start-up. `input` is
 * standard input.
 */
export function runCli(script: CliScript, args: readonly string[], input?: string): CliRun {
  const [program, file, ...rest] = scripts[script]!.split(' ');
  if (program !== 'node' || file === undefined || rest.length > 0)
    throw new Error(`npm run ${script} runs '${scripts[script]}', not 'node FILE'`);
  const result = spawnSync(process.execPath, [file, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Checks that a command refused its input as the contracts say (exit 2, one
 * line on standard error, nothing on standard output) and returns that line.
 */
export function expectRefusal(run: CliRun): string {
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: '' });
  expect(run.stderr.endsWith('\n') && !run.stderr.trimEnd().includes('\n'), run.stderr).toBe(true);
  return run.stderr.trimEnd();
}
