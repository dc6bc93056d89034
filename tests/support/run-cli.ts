import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { runTriageCommand } from '../../src/cli/run-triage-command.ts';

/** The project folder: commands run from here, as npm runs them. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const scripts = (
  JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }
).scripts;

/** The command-line tools, by their npm script. */
export type CliScript = 'triage' | 'flow:diff' | 'content:check' | 'pack:check' | 'pack:new' | 'rulebook';

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

/** A stream that keeps what is written to it, as text. */
export function collectText() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/**
 * `npm run --silent triage -- ARGS` in this process: the same function the
 * command runs (`runTriageCommand`), with standard input `input` and its
 * output collected, so that a test of an option or a refusal costs
 * milliseconds instead of a Node start-up. Paths are relative to the project
 * folder, as for `runCli`.
 */
export async function runTriageInProcess(args: readonly string[], input = ''): Promise<CliRun> {
  if (process.cwd() !== ROOT.replace(/\/$/, ''))
    throw new Error(`tests run from the project folder, not ${process.cwd()}`);
  const stdout = collectText();
  const stderr = collectText();
  const status = await runTriageCommand([...args], {
    stdin: input,
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
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
