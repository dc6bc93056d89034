// `npm run bench`: every figure of issue 12, each with its budget. Timings are
// printed, never asserted (they move with the machine's load, which is printed
// too); the budgets that do not depend on the machine are tests.
//
//   1. the first load: what the start page (index.html) and a question page
//      loaded directly pull in, gzipped, and what nginx sends of them;
//   2. Lighthouse 13 mobile (simulated throttling) in Debian's Chromium, on the
//      build served by nginx with the hosts' configuration: the start page, and
//      a question page reloaded part-way through a journey (the tab's saved
//      journey in sessionStorage first; scripts/bench-lighthouse.ts), the
//      median of --runs runs (3 by default);
//   3. the command line: `npm run bench:cli` (one triage, a 10,000 batch, flow:diff);
//   4. the verification: `npm run verify:all` (every path, paths per second);
//   5. with --npm-test, the whole `npm test` with the time of each stage.
//
//   npm run bench                     1 to 4 (about 4 minutes on 2 cores)
//   npm run bench -- --runs 5         Lighthouse 5 times a page
//   npm run bench -- --no-paths       without the verification
//   npm run bench -- --details        where each Lighthouse run's main-thread time went
//   npm run bench -- --npm-test       and npm test (about 5 more minutes)
//
// Results go in docs/benchmarks.md by hand, with the date and the machine.
import { spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { readFlowFile } from '../src/cli/read-flow-file.ts';
import { BUDGETS, measureFirstLoad, toKilobytes } from './bench-first-load.ts';
import {
  describeDiagnostics,
  describePageResult,
  measureLighthouse,
  planReload,
} from './bench-lighthouse.ts';
import { serveWithNginx } from './serve-with-nginx.ts';
import { findChromium } from './system-chromium.ts';

const options = {
  runs: Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3,
  paths: !process.argv.includes('--no-paths'),
  details: process.argv.includes('--details'),
  npmTest: process.argv.includes('--npm-test'),
};

/** The budget of the verification (issue 12): every path of the flow against every safety property. */
const VERIFY_BUDGET_SECONDS = 60;
/** The budget of npm test on this machine (issue 12). */
const NPM_TEST_BUDGET_MINUTES = 8;

function run(command: string, args: string[]): { status: number; stdout: string; seconds: number } {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return { status: result.status ?? 1, stdout: result.stdout, seconds: (performance.now() - started) / 1000 };
}

const indent = (text: string) => text.trim().replace(/^/gm, '  ');
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');

/** The bytes a server sends for a path to a browser that accepts gzip (Node's fetch would unzip them). */
function countBytesSent(origin: string, path: string): Promise<number> {
  return new Promise((done, fail) => {
    get(`${origin}${path}`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => done(bytes));
      response.on('error', fail);
    }).on('error', fail);
  });
}

const chromePath = findChromium() ?? '/usr/bin/chromium';
const chromiumVersion = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(
  `npm run bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.versions.node}, ${chromiumVersion || chromePath}; load average ${load()}`,
);

console.log('\nBuilding...');
if (run('npx', ['vite', 'build', '--logLevel', 'warn']).status !== 0) process.exit(1);

const flow = readFlowFile();
const reload = planReload(flow);
const startLoad = measureFirstLoad('dist');
const reloadLoad = measureFirstLoad('dist', `${reload.path.replace(/^\//, '')}.html`);
const server = await serveWithNginx();
try {
  console.log('\nFirst load (what the page pulls in before any interaction), gzipped at level 9:');
  for (const [name, page, measured] of [
    ['start page', '/', startLoad],
    [`a question page loaded directly, ${reload.path}`, reload.path, reloadLoad],
  ] as const) {
    const sent = { javascript: 0, css: 0, html: await countBytesSent(server.origin, page) };
    for (const file of measured.files) sent[file.kind] += await countBytesSent(server.origin, file.path);
    const budgets =
      page === '/'
        ? { javascript: ` (budget ${BUDGETS.javascript})`, css: ` (budget ${BUDGETS.css})` }
        : undefined;
    const over =
      page === '/' &&
      (toKilobytes(measured.gzip.javascript) > BUDGETS.javascript ||
        toKilobytes(measured.gzip.css) > BUDGETS.css);
    console.log(
      `  ${name}: JavaScript ${toKilobytes(measured.gzip.javascript)} kB${budgets?.javascript ?? ''}, CSS ${toKilobytes(measured.gzip.css)} kB${budgets?.css ?? ''}, HTML ${toKilobytes(measured.gzip.html)} kB${over ? '  OVER BUDGET' : ''}`,
    );
    console.log(
      `    files: ${measured.files.map((file) => `${file.path} ${toKilobytes(file.gzip)}`).join(', ')}`,
    );
    console.log(
      `    as nginx sends them (gzip level 6): JavaScript ${toKilobytes(sent.javascript)} kB, CSS ${toKilobytes(sent.css)} kB, HTML ${toKilobytes(sent.html)} kB`,
    );
  }

  console.log(`\nLighthouse, ${options.runs} runs a page (load average ${load()})...`);
  const results = await measureLighthouse({
    origin: server.origin,
    chromePath,
    pages: [{ name: 'start page', path: '/' }, reload],
    runs: options.runs,
  });
  for (const result of results) {
    console.log(`\n${describePageResult(result).join('\n')}`);
    if (options.details) console.log(describeDiagnostics(result.median).join('\n'));
  }
} finally {
  await server.stop();
}

console.log(`\nThe command line (load average ${load()}):`);
const cli = run('npm', ['run', '--silent', 'bench:cli']);
console.log(indent(cli.stdout));
if (cli.status !== 0) console.log(`  npm run bench:cli failed (exit ${cli.status})`);

if (options.paths) {
  console.log(
    `\nVerifying every path against the safety properties, npm run verify:all (load average ${load()}):`,
  );
  const verify = run('npm', ['run', '--silent', 'verify:all']);
  console.log(indent(verify.stdout));
  console.log(
    `  wall time ${verify.seconds.toFixed(1)} s, npm included (budget: at most ${VERIFY_BUDGET_SECONDS} s)${verify.status === 0 ? '' : `; FAILED (exit ${verify.status})`}`,
  );
}

if (options.npmTest) {
  console.log(`\nnpm test, with the time of each stage (load average ${load()})...`);
  const test = run('npm', ['test']);
  const stages = test.stdout.slice(test.stdout.lastIndexOf('npm test stages'));
  console.log(indent(stages));
  console.log(
    `  budget: at most ${NPM_TEST_BUDGET_MINUTES} minutes (${(test.seconds / 60).toFixed(1)} minutes, npm included)${test.status === 0 ? '' : `; npm test FAILED (exit ${test.status})`}`,
  );
} else {
  console.log(
    `\nnpm test: run it for the time of each stage (printed at its end; budget at most ${NPM_TEST_BUDGET_MINUTES} minutes), or npm run bench -- --npm-test.`,
  );
}
console.log(`\nLoad average at the end: ${load()}`);
