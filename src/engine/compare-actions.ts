import type { Plan } from './decide-plan.ts';

/*
 * How two plans' actions differ: the one comparison behind flow:diff (two
 * flow versions over every answer combination) and record replay (a record's
 * plan then and now), so the two can never describe the same change in two
 * ways. It looks only at what a reader acts on: which routes, how urgent, in
 * what order. Whether two plans are the same in every field (who acts, the
 * lead, the rules, warnings and law notes) is another question, asked by the
 * path verification's `samePlan` (src/verification/plan-table.ts).
 */

/** A route in a plan, at its urgency there. */
export type PlannedRoute = { route: string; urgency: string };

/** How one combination's actions changed: routes added, removed, at another urgency, or in another order. */
export type ActionChange = {
  /** In the new plan only, in its order. */
  adds: PlannedRoute[];
  /** In the old plan only, in its order. */
  removes: PlannedRoute[];
  /** In both, at another urgency: route -> [old, new]. */
  urgency: Record<string, [string, string]>;
  /** Two routes at the same urgency in both plans come in the other order (the flows order their routes differently). */
  reordered?: true;
};

/** How the actions of two plans differ, or undefined when they are the same routes, urgencies and order. */
export function compareActions(oldPlan: Plan, newPlan: Plan): ActionChange | undefined {
  const oldActions = oldPlan.actions;
  const newActions = newPlan.actions;
  if (
    oldActions.length === newActions.length &&
    oldActions.every(
      (action, index) =>
        action.route === newActions[index]!.route && action.urgency === newActions[index]!.urgency,
    )
  )
    return undefined;
  const oldUrgency = new Map(oldActions.map((action) => [action.route, action.urgency]));
  const newUrgency = new Map(newActions.map((action) => [action.route, action.urgency]));
  const change: ActionChange = {
    adds: newActions
      .filter((action) => !oldUrgency.has(action.route))
      .map(({ route, urgency }) => ({ route, urgency })),
    removes: oldActions
      .filter((action) => !newUrgency.has(action.route))
      .map(({ route, urgency }) => ({ route, urgency })),
    urgency: {},
  };
  for (const { route, urgency } of oldActions) {
    const now = newUrgency.get(route);
    if (now !== undefined && now !== urgency) change.urgency[route] = [urgency, now];
  }
  // Routes kept at the same urgency keep their order unless the flows order their routes differently.
  const steady = (actions: Plan['actions']) =>
    actions
      .filter((action) => oldUrgency.get(action.route) === newUrgency.get(action.route))
      .map((action) => action.route);
  if (steady(oldActions).join() !== steady(newActions).join()) change.reordered = true;
  return change;
}
