// Lighthouse 13 (mobile, simulated throttling) on the served build, in Debian's
// Chromium, for `npm run bench`: the start page, and a question page reloaded
// part-way through a journey. Each page is measured several times in a fresh
// page of one browser, with Lighthouse's own storage and cache reset (a cold
// load), and the run with the median performance score is reported.
//
// A reload part-way through is measured honestly: the tab's saved journey is
// put in sessionStorage, exactly as the app saves it, by a script Chromium runs
// before any script of each new document (so Lighthouse's own navigation to the
// page is the measured load); the page must then show that question, not send
// the user elsewhere (a redirect would mean the answers were refused).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import type { Flags, Result } from 'lighthouse';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import type { Answers } from '../src/engine/answers.ts';
import type { Flow } from '../src/engine/flow-schema.ts';
import { replayJourney } from '../src/engine/replay-journey.ts';
import { PROJECT_FOLDER } from '../src/flow-file.ts';
import { CHROMIUM_ARGS } from './system-chromium.ts';

export const LIGHTHOUSE_TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100 } as const;
type Category = keyof typeof LIGHTHOUSE_TARGETS;

/** The key and shape the app saves a journey under (src/app/saved-journey.ts; scripts may not import the app). */
const SAVED_JOURNEY_KEY = 'online-abuse-triage:journey';

/** The scenario whose journey the reload is taken from, when it exists; else the first that fits. */
const RELOAD_SCENARIO = 'sextortion-of-15-year-old-boy-by-stranger.json';

export type BenchPage = {
  name: string;
  path: string;
  /** The tab's saved journey (as the app writes it to sessionStorage), for a reload part-way through. */
  saved?: { flowId: string; flowVersion: string; answers: Answers };
};

export type LighthouseRun = {
  scores: Record<Category, number>;
  metrics: { id: string; title: string; displayValue: string; numericValue: number }[];
  /** Audits (not informative) below full marks. */
  failing: string[];
  finalUrl: string;
  runtimeError?: string;
  lhr: Result;
};

export type PageResult = { page: BenchPage; runs: LighthouseRun[]; median: LighthouseRun };

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/**
 * The reload to measure: a scenario's answers up to the first question on its
 * path that is asked only for some answers (the first page whose content and
 * very presence depend on the journey so far), and that question's page.
 */
export function planReload(flow: Flow): BenchPage {
  const folder = join(PROJECT_FOLDER, 'flows/scenarios');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort((first, second) => Number(second === RELOAD_SCENARIO) - Number(first === RELOAD_SCENARIO));
  const conditional = new Set(flow.questions.filter((question) => question.askedWhen).map((q) => q.id));
  for (const file of files) {
    const scenario = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { answers: Answers };
    const journey = replayJourney(flow, scenario.answers);
    const stop = journey.path.findIndex((id) => conditional.has(id));
    if (stop < 2) continue;
    const answers = Object.fromEntries(journey.path.slice(0, stop).map((id) => [id, journey.answers[id]!]));
    const reloadAt = replayJourney(flow, answers).next;
    if (!reloadAt || reloadAt.id !== journey.path[stop]) continue;
    return {
      name: `question page reloaded part-way (${file}, ${stop} answers saved)`,
      path: `/questions/${reloadAt.id}`,
      saved: { flowId: flow.id, flowVersion: flow.version, answers },
    };
  }
  throw new Error('No scenario has a question asked only for some answers, to reload part-way');
}

function summarise(lhr: Result): LighthouseRun {
  const scores = Object.fromEntries(
    Object.keys(LIGHTHOUSE_TARGETS).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const failing = Object.values(lhr.audits)
    .filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 1 &&
        !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode),
    )
    .map((audit) => `${audit.id} (${audit.score})`);
  return {
    scores,
    metrics: METRICS.map((id) => ({
      id,
      title: lhr.audits[id]?.title ?? id,
      displayValue: lhr.audits[id]?.displayValue ?? '',
      numericValue: lhr.audits[id]?.numericValue ?? NaN,
    })),
    failing,
    finalUrl: lhr.finalDisplayedUrl,
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code} ${lhr.runtimeError.message}` } : {}),
    lhr,
  };
}

/** Runs Lighthouse `runs` times on each page of the site at `origin`; pages in turn, one browser. */
export async function measureLighthouse(options: {
  origin: string;
  chromePath: string;
  pages: BenchPage[];
  runs: number;
  onRun?: (page: BenchPage, run: LighthouseRun, index: number) => void;
}): Promise<PageResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromePath,
    chromeFlags: CHROMIUM_ARGS,
  });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  const flags: Flags = {
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(LIGHTHOUSE_TARGETS),
  };
  const results: PageResult[] = [];
  try {
    for (const page of options.pages) {
      const runs: LighthouseRun[] = [];
      for (let index = 0; index < options.runs; index++) {
        const tab = await browser.newPage();
        if (page.saved) {
          // Runs in every new document of this tab before its own scripts, as if
          // the tab had saved the journey before the reload. Not on about:blank.
          await tab.evaluateOnNewDocument(
            (key: string, value: string, origin: string) => {
              if (location.origin === origin) sessionStorage.setItem(key, value);
            },
            SAVED_JOURNEY_KEY,
            JSON.stringify(page.saved),
            options.origin,
          );
        }
        const result = await lighthouse(`${options.origin}${page.path}`, flags, undefined, tab);
        await tab.close();
        if (!result) throw new Error('Lighthouse returned nothing');
        const run = summarise(result.lhr);
        if (new URL(run.finalUrl).pathname !== page.path)
          throw new Error(
            `${page.path} ended at ${run.finalUrl}: the page sent the user elsewhere, so it did not measure ${page.name}`,
          );
        runs.push(run);
        options.onRun?.(page, run, index);
      }
      const sorted = [...runs].sort((first, second) => first.scores.performance - second.scores.performance);
      results.push({ page, runs, median: sorted[Math.floor((sorted.length - 1) / 2)]! });
    }
  } finally {
    await browser.disconnect();
    chrome.kill();
  }
  return results;
}

/** The lines `npm run bench` prints for one page. */
export function describePageResult({ page, runs, median }: PageResult): string[] {
  const lines = [
    `Lighthouse ${median.lhr.lighthouseVersion} (mobile, simulated throttling), ${page.name}, ${page.path}: median of ${runs.length} runs`,
  ];
  for (const [id, target] of Object.entries(LIGHTHOUSE_TARGETS) as [Category, number][]) {
    const all = runs.map((run) => run.scores[id]).join(', ');
    const score = median.scores[id];
    lines.push(
      `  ${median.lhr.categories[id]?.title ?? id}: ${score} (budget >= ${target}; runs ${all})${score < target ? '  BELOW BUDGET' : ''}`,
    );
  }
  for (const metric of median.metrics) lines.push(`  ${metric.title}: ${metric.displayValue}`);
  if (median.failing.length > 0) lines.push(`  audits below full marks: ${median.failing.join(', ')}`);
  if (median.runtimeError) lines.push(`  Lighthouse error: ${median.runtimeError}`);
  return lines;
}

/** Where the main thread's time went in one run (for `npm run bench -- --details`). */
export function describeDiagnostics(run: LighthouseRun): string[] {
  type Item = Record<string, unknown>;
  const items = (id: string): Item[] =>
    (run.lhr.audits[id]?.details as { items?: Item[] } | undefined)?.items ?? [];
  const ms = (value: unknown) => `${Math.round(Number(value))} ms`;
  const lines = ["  main-thread work by category (Lighthouse's estimate, with its 4x CPU slowdown):"];
  for (const item of items('mainthread-work-breakdown'))
    lines.push(`    ${String(item.groupLabel)}: ${ms(item.duration)}`);
  lines.push('  JavaScript by script (total, script evaluation, parse and compile):');
  for (const item of items('bootup-time'))
    lines.push(
      `    ${String(item.url)}: ${ms(item.total)}, ${ms(item.scripting)}, ${ms(item.scriptParseCompile)}`,
    );
  lines.push('  long tasks (start, duration, script):');
  for (const item of items('long-tasks'))
    lines.push(`    at ${ms(item.startTime)} for ${ms(item.duration)}: ${String(item.url)}`);
  type Chain = { url: string; navStartToEndTime?: number; children?: Record<string, Chain> };
  const tree = run.lhr.audits['network-dependency-tree-insight']?.details as
    { items?: { value?: { chains?: Record<string, Chain> } }[] } | undefined;
  const chains = tree?.items?.[0]?.value?.chains;
  if (chains) {
    lines.push('  network dependency tree (when each request ended, in ms from navigation, observed):');
    const walk = (nodes: Record<string, Chain> | undefined, depth: number) => {
      for (const node of Object.values(nodes ?? {})) {
        lines.push(`    ${'  '.repeat(depth)}${node.url} (${ms(node.navStartToEndTime)})`);
        walk(node.children, depth + 1);
      }
    };
    walk(chains, 0);
  }
  return lines;
}
