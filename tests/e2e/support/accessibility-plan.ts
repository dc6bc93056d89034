import { decidePlan } from '../../../src/engine/decide-plan.ts';
import { describePlanChanges } from '../../../src/engine/describe-plan-changes.ts';
import { explainMissingReferrals, findChanges } from '../../../src/engine/find-changes.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import type { ScenarioFile } from '../../support/flow.ts';
import { flow, runCommandLine, scenarioFiles } from './scenarios.ts';

export type PagePlan = {
  /** Question pages to check, with and without their error. */
  questions: Set<string>;
  /** This scenario is the first to reach its set of actions: check its recommendation page. */
  routeSet: string;
};

/**
 * The kinds of content the recommendation page shows beside the actions (the
 * plan at a glance, what would change the plan, why a referral is not
 * there), so that axe and the reflow checks see each kind at least once.
 */
export function listDecisionSupportKinds(file: ScenarioFile): Set<string> {
  const journey = replayJourney(flow, file.scenario.answers);
  const plan = decidePlan(flow, journey.answers);
  const changes = findChanges(flow, journey.answers, journey.path, plan);
  const missing = explainMissingReferrals(flow, plan, changes);
  const mainContacts = journey.recommendation!.actions.map((action) => action.mainContact);
  const kinds = [
    ...describePlanChanges(flow, journey.answers, changes).map((group) => `changes: ${group.kind}`),
    ...(changes.some((change) => Object.keys(change.assuming).length > 0) ? ['changes: assuming'] : []),
    ...(changes.length === 0 ? ['changes: none'] : []),
    ...missing.map(
      ({ broughtInBy }) => `why not: ${broughtInBy.length === 0 ? 'no single change' : 'changes'}`,
    ),
    ...(missing.length === 0 ? ['why not: every referral in the plan'] : []),
    ...mainContacts.map((contact) =>
      // The glance offers the main contact only (docs/decisions/0057).
      contact ? `plan: ${contact.main.kind}` : 'plan: no main contact',
    ),
    plan.warnings.length > 0 ? 'plan: warnings' : 'plan: no warnings',
  ];
  return new Set(kinds);
}

/**
 * Which pages each scenario's walk checks, so that between them every
 * question page (with and without its error), the recommendation for every
 * distinct set of actions the scenarios reach, and every kind of decision
 * support content (listDecisionSupportKinds) are checked once, without
 * walking any journey twice. The 999 page and check answers are checked on
 * every walk that plans a check.
 */
export function planPageChecks(): Map<string, PagePlan> {
  const plan = new Map<string, PagePlan>();
  const questionsSeen = new Set<string>();
  const routeSetsSeen = new Set<string>();
  const kindsSeen = new Set<string>();
  for (const file of scenarioFiles) {
    const expected = runCommandLine(file);
    const questions = new Set(expected.path.filter((id) => !questionsSeen.has(id)));
    const routeSet = expected.routes.map((action) => action.route).join(' ');
    const kinds = [...listDecisionSupportKinds(file)].filter((kind) => !kindsSeen.has(kind));
    if (questions.size === 0 && routeSetsSeen.has(routeSet) && kinds.length === 0) continue;
    questions.forEach((id) => questionsSeen.add(id));
    kinds.forEach((kind) => kindsSeen.add(kind));
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
