// `npm run bench`: builds, then prints what the first load costs (gzipped
// JavaScript, CSS and HTML that index.html pulls in, and what nginx sends of
// them), Lighthouse 13 mobile scores against the local build in the system
// Chromium, and the path statistics of the flow. The build is served by nginx
// with the hosts' configuration (scripts/serve-with-nginx.ts). Not part of `npm test`: Lighthouse scores move with
// the machine's load. Results go in docs/benchmarks.md by hand.
//
//   npm run bench               everything (about 4 minutes on 2 cores)
//   npm run bench -- --no-paths skip the walk over every path
import { spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BUDGETS, measureFirstLoad, toKilobytes } from './bench-first-load.mjs';
import { serveWithNginx } from './serve-with-nginx.ts';
import { CHROMIUM_ARGS, findChromium } from './system-chromium.mjs';
import { compileFlow } from '../src/engine/compile-flow.ts';
import { walkMachinePaths } from '../src/verification/walk-machine-paths.ts';
import { readFlowFile } from '../src/cli/read-flow-file.ts';

const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100 };

function run(command: string, args: string[]): { status: number; stdout: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return { status: result.status ?? 1, stdout: result.stdout };
}

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

function median(values: number[]): number {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

console.log('Building...');
if (run('npx', ['vite', 'build', '--logLevel', 'warn']).status !== 0) process.exit(1);

const firstLoad = measureFirstLoad('dist');
console.log('\nFirst load (what index.html pulls in before any interaction), gzipped level 9:');
for (const file of firstLoad.files) console.log(`  ${file.path}: ${toKilobytes(file.gzip)} kB`);
console.log(
  `  JavaScript ${toKilobytes(firstLoad.gzip.javascript)} kB (budget ${BUDGETS.javascript}), CSS ${toKilobytes(firstLoad.gzip.css)} kB (budget ${BUDGETS.css}), HTML ${toKilobytes(firstLoad.gzip.html)} kB`,
);

const chromePath = findChromium() ?? '/usr/bin/chromium';
const server = await serveWithNginx();
const sent = { javascript: 0, css: 0, html: await countBytesSent(server.origin, '/') };
for (const file of firstLoad.files) sent[file.kind] += await countBytesSent(server.origin, file.path);
console.log(
  `  as nginx sends them (hosting/nginx/site.conf, gzip level 6): JavaScript ${toKilobytes(sent.javascript)} kB, CSS ${toKilobytes(sent.css)} kB, HTML ${toKilobytes(sent.html)} kB`,
);
const userDataDir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS, userDataDir });
try {
  for (const [name, path] of [
    ['start page', '/'],
    ['a question page (reload part-way)', '/questions/immediate-danger'],
  ] as const) {
    const result = await lighthouse(`${server.origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    if (result.lhr.runtimeError)
      console.log(`  Lighthouse error: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    const { categories, audits } = result.lhr;
    console.log(
      `\nLighthouse ${result.lhr.lighthouseVersion} (mobile, simulated throttling) on the ${name} ${path}:`,
    );
    for (const [id, target] of Object.entries(TARGETS)) {
      const score = Math.round((categories[id]?.score ?? 0) * 100);
      console.log(
        `  ${categories[id]?.title ?? id}: ${score} (target ${target})${score < target ? '  BELOW TARGET' : ''}`,
      );
    }
    for (const metric of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]) {
      console.log(`  ${audits[metric]?.title}: ${audits[metric]?.displayValue}`);
    }
    const failing = Object.values(audits).filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'notApplicable' &&
        audit.scoreDisplayMode !== 'manual',
    );
    if (failing.length > 0)
      console.log(
        `  audits below full marks: ${failing.map((audit) => `${audit.id} (${audit.score})`).join(', ')}`,
      );
  }
} finally {
  chrome.kill();
  await server.stop();
  rmSync(userDataDir, { recursive: true, force: true });
}

if (!process.argv.includes('--no-paths')) {
  // Question sequences (docs/decisions/0003). Setting and area never change
  // the path (docs/decisions/0002, tested), so a machine with one option for
  // each finds every sequence in a tenth of the time.
  const flow = readFlowFile();
  const held = {
    ...flow,
    questions: flow.questions.map((question) =>
      question.id === 'setting' || question.id === 'area'
        ? { ...question, options: question.options.slice(0, 1) }
        : question,
    ),
  };
  const sequences = new Set<string>();
  const started = performance.now();
  const count = walkMachinePaths(held, compileFlow(held), (complete) =>
    sequences.add(complete.path.join(' ')),
  );
  const sequenceLengths = [...sequences].map((sequence) => sequence.split(' ').length);
  console.log('\nQuestion sequences (walking the compiled XState machine, setting and area held):');
  console.log(
    `  ${sequences.size} distinct sequences over ${count} paths in ${((performance.now() - started) / 1000).toFixed(1)} s; longest ${Math.max(...sequenceLengths)} questions, median ${median(sequenceLengths)} (budget: longest <= 12, median <= 8)`,
  );

  console.log('\nVerifying every path against the safety properties (npm run verify:all)...');
  const verifyStarted = performance.now();
  const verify = run('npm', ['run', '--silent', 'verify:all']);
  const verifySeconds = (performance.now() - verifyStarted) / 1000;
  console.log(verify.stdout.trim().replace(/^/gm, '  '));
  console.log(`  time to verify all paths: ${verifySeconds.toFixed(1)} s (exit ${verify.status})`);
}

// The command line's figures (one triage, a batch of 10,000, flow:diff): scripts/bench-cli.ts.
console.log('');
const cli = spawnSync('node', ['scripts/bench-cli.ts'], { stdio: 'inherit' });
if (cli.status !== 0) process.exitCode = 1;
