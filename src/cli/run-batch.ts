import { once } from 'node:events';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { basename, join } from 'node:path';
import type { Flow } from '../engine/flow-schema.ts';
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
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `cannot read ${path}${code === 'ENOENT' ? ': no such file or folder' : `: ${(error as Error).message}`}`;
  }
  if (isFolder) {
    const files = readdirSync(path)
      .filter((name) => name.endsWith('.json'))
      .sort();
    if (files.length === 0) return `${path} holds no scenario files (*.json)`;
    return files.map((file) => ({ scenario: file, read: () => readFileSync(join(path, file), 'utf8') }));
  }
  if (!path.endsWith('.jsonl')) return `${path} is neither a folder of scenario files nor a .jsonl file`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return `cannot read ${path}: ${(error as Error).message}`;
  }
  const name = basename(path);
  const scenarios = text
    .split('\n')
    .map((line, index) => ({ scenario: `${name}:${index + 1}`, read: () => line }))
    .filter((entry) => entry.read().trim() !== '');
  if (scenarios.length === 0) return `${path} holds no scenarios (one JSON object per line)`;
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
    try {
      text = read();
    } catch (error) {
      yield { scenario, error: `cannot read ${scenario}: ${(error as Error).message}` };
      continue;
    }
    const result = runTriage(flow, text, scenario, options);
    yield result.status === 0 ? { scenario, result: result.output } : { scenario, error: result.error };
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
