import { decidePlan } from '../../../src/engine/decide-plan.ts';
import { needsEmergencyCall } from '../../../src/engine/emergency.ts';
import { describePlanChanges } from '../../../src/engine/describe-plan-changes.ts';
import { explainMissingReferrals, findChanges } from '../../../src/engine/find-changes.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import type { ScenarioFile } from '../../support/flow.ts';
import { flow, runCommandLine, scenarioFiles } from './scenarios.ts';

export type PagePlan = {
  /** Question pages to check, with and without their error. */
  questions: Set<string>;
  /** Check the recommendation page: it shows something no walk before it checked. */
  recommendation: boolean;
  /** Check the 999 page: the first walk that passes it. */
  call999: boolean;
  /** Check the check-answers page: the first walk, and the walk with the most answers (the longest page). */
  checkAnswers: boolean;
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

/** The routes whose contacts depend on the area answered: their cards differ from area to area. */
const ROUTES_WITH_LOCAL_CONTACTS = new Set(
  flow.routes
    .filter((route) => (route.contacts ?? []).some((contact) => (contact.areas ?? []).length > 0))
    .map((route) => route.id),
);

/**
 * What a scenario's recommendation page shows that axe, reflow and 200% text
 * could find a problem in: each action at its urgency, each action with local
 * contacts in the area answered (their phone numbers, emails and addresses,
 * the longest words on the page), each warning, and each kind of decision
 * support content (listDecisionSupportKinds).
 */
export function listRecommendationContent(file: ScenarioFile): Set<string> {
  const expected = runCommandLine(file);
  const area = file.scenario.answers[flow.roles.areaQuestion];
  return new Set([
    ...expected.routes.map(({ route, urgency }) => `action: ${route} ${urgency}`),
    ...expected.routes
      .filter(({ route }) => ROUTES_WITH_LOCAL_CONTACTS.has(route))
      .map(({ route }) => `local contacts: ${route} in ${String(area)}`),
    ...expected.warnings.map((warning) => `warning: ${warning}`),
    ...listDecisionSupportKinds(file),
  ]);
}

/**
 * Which pages each scenario's walk checks, so that between them every
 * question page (with and without its error), and on the recommendation page
 * everything listRecommendationContent lists, are checked at least once,
 * without walking any journey twice. Pages made from one template with the
 * same kind of content are not checked again: the 999 page is the same page
 * on every walk, and check answers is checked on the first walk and on the
 * one with the most answers.
 */
export function planPageChecks(): Map<string, PagePlan> {
  const plan = new Map<string, PagePlan>();
  const questionsSeen = new Set<string>();
  const contentSeen = new Set<string>();
  const mostAnswers = scenarioFiles.reduce((most, file) =>
    runCommandLine(file).path.length > runCommandLine(most).path.length ? file : most,
  );
  let call999Planned = false;
  for (const file of scenarioFiles) {
    const expected = runCommandLine(file);
    const questions = new Set(expected.path.filter((id) => !questionsSeen.has(id)));
    const content = [...listRecommendationContent(file)].filter((item) => !contentSeen.has(item));
    const call999: boolean = !call999Planned && needsEmergencyCall(flow, file.scenario.answers);
    const checkAnswers = plan.size === 0 || file === mostAnswers;
    if (questions.size === 0 && content.length === 0 && !call999 && !checkAnswers) continue;
    questions.forEach((id) => questionsSeen.add(id));
    content.forEach((item) => contentSeen.add(item));
    call999Planned ||= call999;
    plan.set(file.file, { questions, recommendation: content.length > 0, call999, checkAnswers });
  }
  return plan;
}
