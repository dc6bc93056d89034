import type { Answers } from './answers.ts';
import { evaluateCondition, listConditionQuestions } from './condition.ts';
import { additionCondition } from './decide-plan.ts';
import type { Condition, Flow } from './flow-schema.ts';

/** The conditions under which some rule adds the flow's emergency route (roles.emergencyRoute). */
export function listEmergencyConditions(flow: Flow): Condition[] {
  return flow.rules.flatMap((rule) =>
    rule.add
      .filter((addition) => addition.route === flow.roles.emergencyRoute)
      .map((addition) => additionCondition(rule, addition)),
  );
}

/** Whether the answers so far already call for the emergency route. */
export function needsEmergencyCall(flow: Flow, answers: Answers): boolean {
  return listEmergencyConditions(flow).some((condition) => evaluateCondition(condition, answers));
}

/** The questions whose answers can call for the emergency route: the 999 page opens straight after them. */
export function listEmergencyQuestions(flow: Flow): Set<string> {
  return new Set(listEmergencyConditions(flow).flatMap(listConditionQuestions));
}
