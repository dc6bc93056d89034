import { existsSync, readFileSync } from 'node:fs';
import type { Answers } from '../../../src/engine/answers.ts';
import { decidePlan } from '../../../src/engine/decide-plan.ts';
import { buildJourneyGraph, forEachPathClass } from '../../../src/verification/journey-graph.ts';
import { flow } from '../../support/flow.ts';

/** The limits under which the plan at a glance must fit the first screen (contracts.md). */
export const PLAN_LIMITS = { actions: 6, warnings: 3 };

export type RouteSetCase = { routes: string[]; warnings: string[]; answers: Answers };

/**
 * One answer set for every distinct set of routes the flow can recommend with
 * at most 6 actions and 3 warnings, found by walking every class of paths
 * (journey-graph.ts) and deciding each plan. For each route set it keeps the
 * answers that give the most warnings (the tallest plan), and the answer to
 * the area question, which changes only contacts, goes round the areas, so
 * that every area's phone numbers are shown in some plan.
 */
export function listPlanRouteSets(): { cases: RouteSetCase[]; routeSets: number } {
  const chosen = new Map<string, RouteSetCase>();
  const all = new Set<string>();
  forEachPathClass(buildJourneyGraph(flow), ({ answers }) => {
    const plan = decidePlan(flow, answers);
    const key = plan.actions.map((action) => action.route).join(' ');
    all.add(key);
    if (plan.actions.length > PLAN_LIMITS.actions || plan.warnings.length > PLAN_LIMITS.warnings) return;
    const kept = chosen.get(key);
    if (kept && kept.warnings.length >= plan.warnings.length) return;
    chosen.set(key, {
      routes: plan.actions.map((action) => action.route),
      warnings: plan.warnings,
      answers: { ...answers },
    });
  });
  const areas = flow.questions.find((question) => question.id === flow.roles.areaQuestion)!.options;
  const cases = [...chosen.values()].map((routeSet, index) => ({
    ...routeSet,
    answers: { ...routeSet.answers, [flow.roles.areaQuestion]: areas[index % areas.length]!.value },
  }));
  return { cases, routeSets: all.size };
}

/**
 * Where the global setup (tests/e2e/global-setup.ts) has a child process
 * write the route sets, and that child's pid: listing them takes 30 to 130 s
 * of one core, so it runs once, beside the first tests, rather than in each
 * worker that runs a share of the plan-at-a-glance test.
 */
export const ROUTE_SETS_FILE_VARIABLE = 'E2E_PLAN_ROUTE_SETS_FILE';
export const ROUTE_SETS_PID_VARIABLE = 'E2E_PLAN_ROUTE_SETS_PID';

export type PlanRouteSets = ReturnType<typeof listPlanRouteSets>;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let listed: Promise<PlanRouteSets> | undefined;

/**
 * The route sets as listPlanRouteSets lists them: read from the file the
 * global setup's child writes, once it is there, or listed here when no child
 * was started (a run of other specs) or it ended without writing one.
 */
export function readPlanRouteSets(): Promise<PlanRouteSets> {
  listed ??= (async () => {
    const file = process.env[ROUTE_SETS_FILE_VARIABLE];
    const pid = Number(process.env[ROUTE_SETS_PID_VARIABLE]);
    while (file) {
      if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PlanRouteSets;
      if (!pid || !isRunning(pid)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return listPlanRouteSets();
  })();
  return listed;
}
