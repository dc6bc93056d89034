import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Answers } from '../../src/engine/answers.ts';
import { decidePlan } from '../../src/engine/decide-plan.ts';
import type { Flow } from '../../src/engine/flow-schema.ts';
import { buildJourneyGraph, forEachPathClass } from '../../src/verification/journey-graph.ts';

/** The most actions for which the core record must fit its 30 lines (docs/decisions/0063). */
export const CORE_RECORD_ACTIONS = 6;

/** Where the route sets are kept: listing them walks every class of paths, a minute or more of one core. */
export const RECORD_ROUTE_SETS_FILE = new URL('../fixtures/record-route-sets.json', import.meta.url);

export type RecordRouteSets = {
  /** What the route sets depend on: when it changes, the list is out of date and must be made again. */
  fingerprint: string;
  /** How many route sets the flow can recommend, of any length. */
  routeSets: number;
  /** One journey for each route set of at most 6 actions: the one with the most to record. */
  cases: { routes: string[]; answers: Answers }[];
};

/**
 * A hash of the parts of the flow that decide which routes a journey gets:
 * the questions' answers and when each is asked, the rules, the routes'
 * urgency and who does them, and the roles. Wording and contacts are left
 * out: they change the record's length, which the test measures afresh, not
 * which route sets exist.
 */
export function fingerprintRouteSets(flow: Flow): string {
  const decisive = {
    questions: flow.questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      values: question.options.map((option) => option.value),
      askedWhen: question.askedWhen,
    })),
    routes: flow.routes.map((route) => ({ id: route.id, urgency: route.urgency, by: route.by })),
    rules: flow.rules.map((rule) => ({ id: rule.id, when: rule.when, add: rule.add })),
    roles: flow.roles,
  };
  return createHash('sha256').update(JSON.stringify(decisive)).digest('hex');
}

/**
 * Every distinct route set the flow can recommend with at most 6 actions,
 * found by walking every class of paths (journey-graph.ts), each with one
 * journey: of those with the fewest concerns (a person records the concern in
 * front of them, not every concern that gives the same steps), the one with the
 * most to record: the longest answers (the sum of their labels' lengths) and
 * the most answers not known (each an open question in the record).
 */
export function listRecordRouteSets(flow: Flow): RecordRouteSets {
  const uncertain = new Set(flow.roles.uncertainValues);
  const labelLength = new Map(
    flow.questions.map((question) => [
      question.id,
      new Map(question.options.map((option) => [option.value, option.label.length + 2])),
    ]),
  );
  const weigh = (answers: Answers) => {
    let weight = 0;
    for (const [questionId, value] of Object.entries(answers)) {
      const lengths = labelLength.get(questionId)!;
      for (const item of typeof value === 'string' ? [value] : value)
        weight += (lengths.get(item) ?? 0) + (uncertain.has(item) ? 80 : 0);
    }
    return weight;
  };
  const concernQuestion = flow.questions.find((question) => question.kind === 'many')?.id;
  const chosen = new Map<string, { routes: string[]; answers: Answers; concerns: number; weight: number }>();
  const all = new Set<string>();
  forEachPathClass(buildJourneyGraph(flow), ({ answers }) => {
    const routes = decidePlan(flow, answers).actions.map((action) => action.route);
    const key = routes.join(' ');
    all.add(key);
    if (routes.length > CORE_RECORD_ACTIONS) return;
    const concerns = concernQuestion === undefined ? 0 : (answers[concernQuestion]?.length ?? 0);
    const weight = weigh(answers);
    const kept = chosen.get(key);
    if (kept && (kept.concerns < concerns || (kept.concerns === concerns && kept.weight >= weight))) return;
    chosen.set(key, { routes, answers: { ...answers }, concerns, weight });
  });
  return {
    fingerprint: fingerprintRouteSets(flow),
    routeSets: all.size,
    cases: [...chosen.values()].map(({ routes, answers }) => ({ routes, answers })),
  };
}

export function readRecordRouteSets(): RecordRouteSets | undefined {
  if (!existsSync(RECORD_ROUTE_SETS_FILE)) return undefined;
  return JSON.parse(readFileSync(RECORD_ROUTE_SETS_FILE, 'utf8')) as RecordRouteSets;
}
