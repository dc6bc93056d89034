// `npm run bench:cli` (and the end of `npm run bench`): the command line's
// figures against its budgets (issue 12): one triage, started through npm as
// a user starts it; a batch of 10,000 scenarios; and the flow difference
// report of the flow against itself. Times are printed, not asserted (they
// move with the machine's load); the counts are checked, and a wrong count
// fails the run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFlowFile } from '../src/cli/read-flow-file.ts';
import { FLOW_PATH } from '../src/flow-file.ts';
import { describeCliSources, findCliBundle } from '../src/cli/triage-bundle.ts';
import type { Answers } from '../src/engine/answers.ts';
import { forEachCompleteJourney } from '../src/engine/search-journeys.ts';

const RUNS = 11;
const BATCH_SIZE = 10_000;
const EXAMPLE = 'flows/scenarios/adult-asks-14-year-old-for-nudes.json';

function time(command: string, args: string[]): { seconds: number; status: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { seconds: (performance.now() - started) / 1000, status: result.status ?? 1, stdout: result.stdout };
}

const median = (values: number[]) =>
  [...values].sort((first, second) => first - second)[Math.floor(values.length / 2)]!;
let failed = false;
function check(what: string, holds: boolean) {
  if (!holds) {
    console.log(`  FAILED: ${what}`);
    failed = true;
  }
}

console.log('Command line (wall time of the whole process, started from here):');
// A user's second triage onwards starts from the bundle of the sources and
// knows the flow passed its check (docs/decisions/0031): build the bundle
// and run once first, so that each timed run is such a start.
if (!findCliBundle(describeCliSources())) time(process.execPath, ['src/cli/build-triage-bundle.ts']);
check('the bundle of the command line is built', findCliBundle(describeCliSources()) !== undefined);
time('npm', ['run', '--silent', 'triage', '--', EXAMPLE]);
const singles = Array.from({ length: RUNS }, () => time('npm', ['run', '--silent', 'triage', '--', EXAMPLE]));
check(
  'every single triage exits 0',
  singles.every((run) => run.status === 0),
);
const seconds = singles.map((run) => run.seconds);
console.log(
  `  one triage, npm run --silent triage -- FILE: median of ${RUNS} runs ${median(seconds).toFixed(3)} s (min ${Math.min(...seconds).toFixed(3)}, max ${Math.max(...seconds).toFixed(3)}; budget 0.5 s)`,
);

// 10,000 different complete journeys, spread evenly over all of them.
const flow = readFlowFile();
const journeys: Answers[] = [];
forEachCompleteJourney(flow, (answers) => journeys.push(answers));
const step = journeys.length / BATCH_SIZE;
const folder = mkdtempSync(join(tmpdir(), 'bench-cli-'));
const batchFile = join(folder, 'scenarios.jsonl');
writeFileSync(
  batchFile,
  Array.from({ length: BATCH_SIZE }, (_, index) =>
    JSON.stringify({ answers: journeys[Math.floor(index * step)] }),
  ).join('\n'),
);
const batch = time('npm', ['run', '--silent', 'triage', '--', '--batch', batchFile]);
const lines = batch.stdout.trimEnd().split('\n');
check(`the batch exits 0 (exit ${batch.status})`, batch.status === 0);
check(`the batch prints ${BATCH_SIZE} lines (${lines.length})`, lines.length === BATCH_SIZE);
check(
  'every line holds a result',
  lines.every((line) => line.startsWith('{"scenario":') && line.includes('"result":')),
);
console.log(
  `  batch of ${BATCH_SIZE.toLocaleString('en-GB')} scenarios (of ${journeys.length.toLocaleString('en-GB')} complete journeys), npm run --silent triage -- --batch FILE.jsonl: ${batch.seconds.toFixed(1)} s (budget 10 s), ${(batch.stdout.length / 1e6).toFixed(0)} MB of JSON`,
);
rmSync(folder, { recursive: true, force: true });

const diff = time('npm', ['run', '--silent', 'flow:diff', '--', FLOW_PATH, FLOW_PATH, '--json']);
const report = JSON.parse(diff.stdout) as { compared: number; changed: number };
check(
  `flow:diff of the flow against itself compares every journey (${report.compared})`,
  report.compared === journeys.length,
);
check('flow:diff of the flow against itself finds no change', report.changed === 0);
console.log(
  `  flow:diff of flow ${flow.version} against itself: ${report.compared.toLocaleString('en-GB')} combinations compared, ${report.changed} changed, in ${diff.seconds.toFixed(1)} s (target: well under a minute)`,
);
process.exit(failed ? 1 : 0);
