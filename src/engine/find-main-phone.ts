import type { Flow } from './flow-schema.ts';
import type { ContactEntry, RecommendedAction } from './recommend.ts';

/** The number the plan at a glance shows for an action, and the condition its label puts on it, if any. */
export type MainPhone = { entry: ContactEntry; condition?: string };

/**
 * The main phone number of an action, for the chosen area: the first phone
 * contact of an action that contacts a service, that is the emergency route
 * or an action with something to have ready (`haveReady` is empty exactly
 * when the action contacts no service). The phones of other actions are
 * advice lines or lines for someone else (the child, or a whistleblowing line
 * for when the concern is about the DSL), which a one-line plan must not
 * present as the action's number. A condition the flow writes in the label,
 * "(if the adult works in Hampshire)", is returned so that it is shown with
 * the number. See docs/decisions/0013.
 */
export function findMainPhone(flow: Flow, action: RecommendedAction): MainPhone | undefined {
  if (action.route !== flow.roles.emergencyRoute && action.haveReady.length === 0) return undefined;
  const entry = action.contact?.entries.find((candidate) => candidate.kind === 'phone');
  if (!entry) return undefined;
  const condition = /\((if [^)]+)\)/.exec(entry.label)?.[1];
  return condition ? { entry, condition } : { entry };
}
