import type { LocalAddition, Pack } from './pack-schema.ts';

/** A national action as the plan holds it: the route, its urgency, its steps. */
export type PlannedAction = { route: string; urgency: string; steps: readonly string[] };

/**
 * Problems with a pack's additions against the flow it is used with: each
 * names a route the flow has, and an urgency the flow has. The urgency rule
 * itself (never lower) is kept by applyLocalAdditions whatever the data says,
 * and a lower urgency is refused here so that the author learns of it.
 *
 * `urgencies` are the flow's urgency ids, most urgent first.
 */
export function checkLocalAdditions(
  pack: Pack,
  routes: ReadonlyMap<string, { urgency: string }>,
  urgencies: readonly string[],
): string[] {
  const problems: string[] = [];
  (pack.localAdditions ?? []).forEach((addition, index) => {
    const place = `localAdditions[${index}] (${addition.id})`;
    const route = routes.get(addition.route);
    if (!route) {
      problems.push(`${place}.route: the flow has no route '${addition.route}'`);
      return;
    }
    if (addition.kind !== 'step' || addition.urgency === undefined) return;
    const rank = urgencies.indexOf(addition.urgency);
    if (rank === -1) problems.push(`${place}.urgency: the flow has no urgency '${addition.urgency}'`);
    else if (rank > urgencies.indexOf(route.urgency))
      problems.push(
        `${place}.urgency: '${addition.urgency}' is less urgent than the national '${route.urgency}' for '${addition.route}': a pack may raise a route's urgency, never lower it`,
      );
  });
  return problems;
}

function appliesTo(addition: LocalAddition, councilCode: string | undefined): boolean {
  return (
    addition.councils === undefined || (councilCode !== undefined && addition.councils.includes(councilCode))
  );
}

/**
 * The plan with the pack's local steps added: every national action stays, in
 * its place, with all its steps first and in order; a local step comes after
 * them, and may make its route more urgent but never less. Contacts added by a
 * pack are listed by route for the page to show beside the route's own.
 */
export function applyLocalAdditions<Action extends PlannedAction>(
  actions: readonly Action[],
  pack: Pack,
  councilCode: string | undefined,
  urgencies: readonly string[],
): { actions: Action[]; contacts: Map<string, LocalAddition[]> } {
  const additions = (pack.localAdditions ?? []).filter((addition) => appliesTo(addition, councilCode));
  const rank = (urgency: string) => {
    const found = urgencies.indexOf(urgency);
    return found === -1 ? Number.POSITIVE_INFINITY : found;
  };
  const contacts = new Map<string, LocalAddition[]>();
  for (const addition of additions)
    if (addition.kind === 'contact')
      contacts.set(addition.route, [...(contacts.get(addition.route) ?? []), addition]);
  return {
    actions: actions.map((action) => {
      const steps = additions.filter(
        (addition): addition is Extract<LocalAddition, { kind: 'step' }> =>
          addition.kind === 'step' && addition.route === action.route,
      );
      if (steps.length === 0) return action;
      const urgency = steps.reduce(
        (most, step) => (step.urgency !== undefined && rank(step.urgency) < rank(most) ? step.urgency : most),
        action.urgency,
      );
      return { ...action, urgency, steps: [...action.steps, ...steps.map((step) => step.text)] };
    }),
    contacts,
  };
}
