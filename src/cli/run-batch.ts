import { once } from 'node:events';
import { readdirSync, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { basename, join } from 'node:path';
import { describeInput, fitOnOneLine } from '../engine/describe-input.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { InputError, MAX_BYTES, MAX_MESSAGE_LENGTH, readRegularFile } from './read-input-file.ts';
import type { TriageOutput } from './run-triage.ts';
import { runTriage } from './run-triage.ts';

/** One scenario of a batch, before it runs: the name the output gives it, and its text. */
export type BatchScenario = { scenario: string; read: () => string };

/** One line of `triage --batch` output (../shared/spec/contracts.md). */
export type BatchLine = { scenario: string; result: TriageOutput } | { scenario: string; error: string };

/**
 * The scenarios of a batch: each `.json` file of a folder in name order, named
 * by its file name; or each non-blank line of a `.jsonl` file, named
 * `FILE:LINE`. A path that is neither gives a one-line message instead.
 */
export function listBatchScenarios(path: string): BatchScenario[] | string {
  const shown = describeInput(path);
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `cannot read ${shown}${code === 'ENOENT' ? ': no such file or folder' : `: ${code ?? 'cannot open'}`}`;
  }
  if (isFolder) {
    let names: string[];
    try {
      names = readdirSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return `cannot read ${shown}: ${code === 'EACCES' ? 'permission denied' : (code ?? 'cannot list the folder')}`;
    }
    const files = names.filter((name) => name.endsWith('.json')).sort();
    if (files.length === 0) return `${shown} holds no scenario files (*.json)`;
    return files.map((file) => ({
      scenario: file,
      read: () => readRegularFile(join(path, file), MAX_BYTES.scenario, 'scenario'),
    }));
  }
  if (!path.endsWith('.jsonl')) return `${shown} is neither a folder of scenario files nor a .jsonl file`;
  let text: string;
  try {
    text = readRegularFile(path, MAX_BYTES.batchFile, 'batch file');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return `cannot read ${shown}: ${error.message}`;
  }
  const name = basename(path);
  const scenarios = text
    .split('\n')
    .map((line, index) => ({ scenario: `${name}:${index + 1}`, line }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ scenario, line }) => ({
      scenario,
      read: () => {
        if (Buffer.byteLength(line) > MAX_BYTES.scenario)
          throw new InputError(`longer than ${MAX_BYTES.scenario >> 20} MB, the most a scenario may be`);
        return line;
      },
    }));
  if (scenarios.length === 0) return `${shown} holds no scenarios (one JSON object per line)`;
  return scenarios;
}

/**
 * Runs each scenario of a batch through the triage, one at a time, so that the
 * output can be written as it comes. A scenario that cannot be read or run
 * gives an error line; the others still run.
 */
export function* runBatch(
  flow: Flow,
  scenarios: Iterable<BatchScenario>,
  options: { fillUnknown?: boolean } = {},
): Generator<BatchLine> {
  for (const { scenario, read } of scenarios) {
    let text: string;
    const shown = describeInput(scenario);
    try {
      text = read();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { scenario, error: `cannot read ${shown}: ${error.message}` };
      continue;
    }
    const result = runTriage(flow, text, shown, options);
    yield result.status === 0
      ? { scenario, result: result.output }
      : { scenario, error: fitOnOneLine(result.error, MAX_MESSAGE_LENGTH) };
  }
}

/**
 * Writes the batch's lines to `out` as they are made, one JSON line each, and
 * returns how many scenarios failed. When `out` is full (a pipe read more
 * slowly than the lines are made), it waits for it to drain: otherwise Node
 * keeps every unwritten line in memory (1.7 GB for 10,000 scenarios).
 */
export async function writeBatch(
  flow: Flow,
  scenarios: Iterable<BatchScenario>,
  out: Writable,
  options: { fillUnknown?: boolean } = {},
): Promise<number> {
  let failed = 0;
  for (const line of runBatch(flow, scenarios, options)) {
    if ('error' in line) failed += 1;
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  }
  return failed;
}
