/**
 * Prints the figures of decision 0030's amendment of 2026-12-03: for the
 * project flow, its kept history and each flow of flows-at-the-caps.ts, the
 * CPU time of parseFlow in this process (the first call, then the median of
 * five), the journey search's steps against MAX_SEARCH_STEPS, and the real
 * binary's CPU time and peak memory with a scenario that answers nothing
 * (so that it checks the flow, then refuses the scenario). Run from the
 * project folder:
 *
 *   node tests/support/measure-flows-at-the-caps.ts
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKED_FLOWS_FOLDER, findCheckedFlow } from '../../src/cli/flow-check-cache.ts';
import { canConditionHold, FlowError, parseFlow } from '../../src/engine/parse-flow.ts';
import { MAX_SEARCH_STEPS, SearchBudget, SearchLimitError } from '../../src/engine/search-journeys.ts';
import type { Condition, Flow } from '../../src/engine/flow-schema.ts';
import { FLOWS_AT_THE_CAPS } from './flows-at-the-caps.ts';

const folder = mkdtempSync(join(tmpdir(), 'flows-at-the-caps-'));

function cpuSecondsOf(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** The steps parseFlow's searches take, counted with a budget too large to run out. */
function countSteps(flow: Flow): string {
  const budget = new SearchBudget(Number.MAX_SAFE_INTEGER);
  const canHold = (condition: Condition) => canConditionHold(flow, condition, budget);
  try {
    for (const question of flow.questions) if (question.askedWhen) canHold(question.askedWhen);
    for (const rule of flow.rules) {
      canHold(rule.when);
      for (const addition of rule.add) if (addition.when) canHold({ all: [rule.when, addition.when] });
    }
    for (const part of [...flow.warnings, ...(flow.roles.leadWhen ?? []), ...flow.lawNotes])
      if (part.when) canHold(part.when);
    for (const route of flow.routes) {
      const adding = flow.rules.flatMap((rule) =>
        rule.add
          .filter((addition) => addition.route === route.id)
          .map((addition) => (addition.when ? { all: [rule.when, addition.when] } : rule.when)),
      );
      for (const step of route.stepsWhen ?? []) canHold({ all: [step.when, { any: adding }] });
    }
    if (budget.spent > MAX_SEARCH_STEPS) return `over ${MAX_SEARCH_STEPS}`;
    return String(budget.spent);
  } catch (error) {
    if (error instanceof SearchLimitError) return 'over the limit';
    throw error;
  }
}

function measure(name: string, raw: Record<string, unknown>) {
  let outcome = 'checks';
  const times: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const copy = structuredClone(raw);
    times.push(
      cpuSecondsOf(() => {
        try {
          parseFlow(copy, 'flow');
        } catch (error) {
          if (!(error instanceof FlowError)) throw error;
          outcome = `refused: ${error.problems[0]!.slice(0, 70)}`;
        }
      }),
    );
  }
  const median = [...times].sort((a, b) => a - b)[2]!;
  let steps = '-';
  if (outcome === 'checks')
    steps = countSteps(parseFlow(structuredClone(raw), 'flow', { searchJourneys: false }));
  // A title of its own, so that the binary checks the flow rather than remembering an earlier check.
  const file = join(folder, `${randomUUID()}.flow.json`);
  const text = JSON.stringify({ ...raw, title: `${String(raw.title)} (${randomUUID()})` });
  writeFileSync(file, text);
  const scenario = join(folder, 'answers-nothing.json');
  writeFileSync(scenario, '{"answers":{}}');
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S %M', process.execPath, 'src/cli/triage.ts', scenario, '--flow', file],
    {
      encoding: 'utf8',
    },
  );
  rmSync(join(CHECKED_FLOWS_FOLDER, findCheckedFlow(text).key), { force: true });
  const [user, system, kilobytes] = run.stderr.trimEnd().split('\n').pop()!.split(' ').map(Number);
  console.log(
    [
      name.slice(0, 70).padEnd(70),
      `first ${times[0]!.toFixed(3)} s`,
      `median ${median.toFixed(3)} s`,
      `steps ${steps}`,
      `binary ${(user! + system!).toFixed(2)} s ${(kilobytes! / 1024).toFixed(0)} MB`,
      outcome,
    ].join(' | '),
  );
}

console.log(`load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
for (const file of [
  'flows/online-abuse.flow.json',
  ...readdirSync('flows/history').map((name) => `flows/history/${name}`),
])
  measure(file, JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
for (const [name, make] of Object.entries(FLOWS_AT_THE_CAPS)) measure(name, make());
rmSync(folder, { recursive: true, force: true });
