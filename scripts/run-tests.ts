// `npm test`: every check and test of the project, using both of this
// machine's cores, with the time of each stage printed at the end.
//
//   two lanes side by side:  vitest (unit, flows, property, safety, jsdom
//                            journeys), then lint
//                       and  the build, the exhaustive verification
//                            (vitest's every-path project), then the browser
//                            tests (Playwright, 2 workers, against the build
//                            served by nginx), format check, typecheck
//
// Vitest runs its files in (cores - 1) workers: on 2 cores, one. The
// exhaustive verification, a single file that runs for minutes, used to end
// the vitest lane while the other lane had finished; it now runs in the other
// lane, and the short static checks are split between the lanes, so that the
// two lanes end close together (decision 0012, amended). It runs before the
// browser tests because it hands them the plan-at-a-glance route sets, which
// they would otherwise list by walking every path again (decision 0058). Every stage
// runs even when an earlier one fails, so one run shows every failure; the
// browser tests need a build that passed. Stages print their output whole
// when they end, so that the two lanes do not interleave.
//
// The checks that write no report of their own (format, typecheck, lint,
// build) are written to test-results/checks.json, one test each, so that the
// "N passed, N failed" line CI prints (scripts/count-results.ts) counts them.
//
//   node scripts/run-tests.ts            what `npm test` runs
//   node scripts/run-tests.ts --serial   the stages one after another (to compare)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

type Stage = {
  name: string;
  command: string[];
  /** A report the stage writes itself, which counts its tests for CI. */
  report?: string;
  /** Environment variables of its own. */
  env?: Record<string, string>;
};

type Outcome = { stage: Stage; seconds: number; status: 'passed' | 'failed' | 'not run' };

const REPORTS = 'test-results';
const npmRun = (script: string) => ['npm', 'run', '--silent', script];

const serial = process.argv.includes('--serial');

const FORMAT_CHECK: Stage = { name: 'format check', command: npmRun('format:check') };
const TYPECHECK: Stage = { name: 'typecheck', command: npmRun('typecheck') };
const LINT: Stage = { name: 'lint', command: npmRun('lint') };
const STATIC_CHECKS: Stage[] = [FORMAT_CHECK, TYPECHECK, LINT];
const vitestReport = process.env.VITEST_JSON_REPORT;
const VITEST: Stage = {
  name: 'vitest',
  command: ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'whole-flow'],
  ...(vitestReport ? { report: vitestReport } : {}),
};
// The exhaustive verification, in a vitest run of its own so that it can share
// the other lane; its report sits beside the first one's.
const everyPathReport = vitestReport?.replace(/\.json$/, '-every-path.json');
// The verification finds every distinct plan; it writes the plan-at-a-glance
// route sets from them here, for the browser tests after it, which would
// otherwise walk every path again to list them (decision 0058).
const PLAN_ROUTE_SETS = { E2E_PLAN_ROUTE_SETS_FILE: join(REPORTS, 'plan-route-sets.json') };
const EVERY_PATH: Stage = {
  name: 'every path',
  command: ['npx', 'vitest', 'run', '--project', 'every-path'],
  env: { ...PLAN_ROUTE_SETS, ...(everyPathReport ? { VITEST_JSON_REPORT: everyPathReport } : {}) },
  ...(everyPathReport ? { report: everyPathReport } : {}),
};
const BUILD: Stage = { name: 'build', command: ['npx', 'vite', 'build', '--logLevel', 'warn'] };
const BROWSER: Stage = {
  name: 'browser tests',
  command: ['node', 'scripts/run-browser-tests.ts', '--no-build'],
  report: join(REPORTS, 'browser.json'),
  env: PLAN_ROUTE_SETS,
};

const started = performance.now();
const seconds = (from: number) => (performance.now() - from) / 1000;
const load = () => loadavg()[0]!.toFixed(1);
const loadAtStart = load();

/** Runs one stage: its output as it comes when `live`, else kept to print in one piece when it ends. */
function runStage(stage: Stage, live: boolean): Promise<Outcome> {
  const from = performance.now();
  console.log(`[${seconds(started).toFixed(0).padStart(4)} s] ${stage.name}: started`);
  if (live) console.log(`\n──── ${stage.name} ${'─'.repeat(40)}`);
  return new Promise((done) => {
    const [command, ...args] = stage.command;
    // The output goes through a pipe: keep the colours a terminal would show.
    const colour = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {};
    const child = spawn(command!, args, { env: { ...process.env, ...colour, ...stage.env } });
    const output: Buffer[] = [];
    const keep = (chunk: Buffer) => (live ? process.stdout.write(chunk) : output.push(chunk));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const finish = (code: number | null, error?: Error) => {
      const outcome: Outcome = {
        stage,
        seconds: seconds(from),
        status: code === 0 ? 'passed' : 'failed',
      };
      const text = Buffer.concat(output).toString('utf8').trimEnd();
      console.log(
        `\n──── ${stage.name}: ${outcome.status} in ${outcome.seconds.toFixed(1)} s ${'─'.repeat(30)}`,
      );
      if (text) console.log(text);
      if (error) console.log(`${stage.name} could not start: ${error.message}`);
      done(outcome);
    };
    child.once('error', (error) => finish(null, error));
    child.once('close', (code) => finish(code));
  });
}

const outcomes: Outcome[] = [];

/** Runs stages one after another; a stage whose input failed (the browser tests after a failed build) does not run. */
async function runLane(stages: Stage[], live: boolean): Promise<void> {
  for (const stage of stages) {
    const buildFailed = outcomes.some((outcome) => outcome.stage === BUILD && outcome.status !== 'passed');
    if (stage === BROWSER && buildFailed) {
      console.log(`\n──── ${stage.name}: not run, the build failed`);
      outcomes.push({ stage, seconds: 0, status: 'not run' });
      continue;
    }
    outcomes.push(await runStage(stage, live));
  }
}

/** Phases run one after another; the lanes of a phase side by side. */
const PHASES: Stage[][][] = serial
  ? [[[...STATIC_CHECKS, VITEST, EVERY_PATH, BUILD, BROWSER]]]
  : [
      [
        [VITEST, LINT],
        [BUILD, EVERY_PATH, BROWSER, FORMAT_CHECK, TYPECHECK],
      ],
    ];

mkdirSync(REPORTS, { recursive: true });
// A report left by an earlier run must not stand for this one.
for (const report of [
  VITEST.report,
  EVERY_PATH.report,
  BROWSER.report,
  join(REPORTS, 'checks.json'),
  PLAN_ROUTE_SETS.E2E_PLAN_ROUTE_SETS_FILE,
])
  if (report) rmSync(report, { force: true });
for (const lanes of PHASES) {
  await Promise.all(lanes.map((stages) => runLane(stages, lanes.length === 1)));
}

/** Whether a stage's own report counts a failure (a runner that crashed may fail without one). */
function reportCountsFailure(report: string): boolean {
  if (!existsSync(report)) return false;
  const data = JSON.parse(readFileSync(report, 'utf8')) as {
    numFailedTests?: number;
    numFailedTestSuites?: number;
    stats?: { unexpected?: number; flaky?: number };
  };
  const failed =
    (data.numFailedTests ?? 0) +
    (data.numFailedTestSuites ?? 0) +
    (data.stats?.unexpected ?? 0) +
    (data.stats?.flaky ?? 0);
  return failed > 0;
}

// One test per check without a report; a failure a report does not count (a crash) counts as one too.
const counted = outcomes.filter(
  (outcome) =>
    !outcome.stage.report || (outcome.status !== 'passed' && !reportCountsFailure(outcome.stage.report)),
);
writeFileSync(
  join(REPORTS, 'checks.json'),
  `${JSON.stringify(
    {
      numPassedTests: counted.filter((outcome) => outcome.status === 'passed').length,
      numFailedTests: counted.filter((outcome) => outcome.status !== 'passed').length,
      checks: counted.map((outcome) => ({ name: outcome.stage.name, status: outcome.status })),
    },
    null,
    2,
  )}\n`,
);

const order = [...STATIC_CHECKS, VITEST, EVERY_PATH, BUILD, BROWSER];
console.log(
  `\nnpm test stages (${serial ? 'one after another' : 'vitest and lint, beside the build, the browser tests, every path, the format check and typecheck'}; load average ${loadAtStart} at the start, ${load()} at the end):`,
);
for (const outcome of [...outcomes].sort((a, b) => order.indexOf(a.stage) - order.indexOf(b.stage))) {
  console.log(
    `  ${outcome.stage.name.padEnd(14)} ${outcome.seconds.toFixed(1).padStart(6)} s  ${outcome.status}`,
  );
}
console.log(`  ${'total'.padEnd(14)} ${seconds(started).toFixed(1).padStart(6)} s  (wall clock)`);
const failed = outcomes.filter((outcome) => outcome.status !== 'passed');
if (failed.length > 0) console.log(`Failed: ${failed.map((outcome) => outcome.stage.name).join(', ')}`);
process.exit(failed.length > 0 ? 1 : 0);
