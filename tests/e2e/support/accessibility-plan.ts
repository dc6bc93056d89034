import { runCommandLine, scenarioFiles } from './scenarios.ts';

export type PagePlan = {
  /** Question pages to check, with and without their error. */
  questions: Set<string>;
  /** This scenario is the first to reach its set of actions: check its recommendation page. */
  routeSet: string;
};

/**
 * Which pages each scenario's walk checks, so that between them every
 * question page (with and without its error) and the recommendation for every
 * distinct set of actions the scenarios reach are checked once, without
 * walking any journey twice. The 999 page and check answers are checked on
 * every walk that plans a check.
 */
export function planPageChecks(): Map<string, PagePlan> {
  const plan = new Map<string, PagePlan>();
  const questionsSeen = new Set<string>();
  const routeSetsSeen = new Set<string>();
  for (const file of scenarioFiles) {
    const expected = runCommandLine(file);
    const questions = new Set(expected.path.filter((id) => !questionsSeen.has(id)));
    const routeSet = expected.routes.map((action) => action.route).join(' ');
    if (questions.size === 0 && routeSetsSeen.has(routeSet)) continue;
    questions.forEach((id) => questionsSeen.add(id));
    routeSetsSeen.add(routeSet);
    plan.set(file.file, { questions, routeSet });
  }
  return plan;
}

/** Every distinct set of actions the scenarios reach. */
export function listRouteSets(): Set<string> {
  return new Set(
    scenarioFiles.map((file) =>
      runCommandLine(file)
        .routes.map((action) => action.route)
        .join(' '),
    ),
  );
}
