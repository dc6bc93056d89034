import type { Plan } from '../engine/decide-plan.ts';

/**
 * Numbers distinct plans 0, 1, 2… in the order they are first seen, so that
 * facts worked out once per plan (its safety verdicts, its uncertain-answer
 * mask) can be looked up for millions of paths. Two plans get the same number
 * only if they are equal in every field (`samePlan`): the hash only narrows
 * the search. Cheaper than a string key per plan, which the verification
 * would build and hash five million times.
 */
export type PlanTable = {
  /** The plan's number: a new one if no equal plan was seen before. */
  numberOf: (plan: Plan) => number;
  /** The first plan seen with each number. */
  plans: Plan[];
};

/**
 * Whether two plans are equal in every field: actions (route, urgency, doer,
 * lead, rules), warnings and law notes. Not a description of how they differ:
 * that is `compareActions` (src/engine/compare-actions.ts), which looks at
 * routes, urgencies and order only.
 */
export function samePlan(first: Plan, second: Plan): boolean {
  if (first.actions.length !== second.actions.length) return false;
  for (let position = 0; position < first.actions.length; position += 1) {
    const one = first.actions[position]!;
    const other = second.actions[position]!;
    if (one.route !== other.route || one.urgency !== other.urgency || one.by !== other.by) return false;
    if (one.lead !== other.lead || !sameList(one.rules, other.rules)) return false;
  }
  return sameList(first.warnings, second.warnings) && sameList(first.lawNotes, second.lawNotes);
}

function sameList(first: readonly string[], second: readonly string[]): boolean {
  if (first.length !== second.length) return false;
  for (let position = 0; position < first.length; position += 1)
    if (first[position] !== second[position]) return false;
  return true;
}

export function createPlanTable(): PlanTable {
  // Each id string (route, rule, warning…) as a small number, for hashing.
  const codes = new Map<string | undefined, number>();
  const code = (id: string | undefined) => {
    let known = codes.get(id);
    if (known === undefined) {
      known = codes.size + 1;
      codes.set(id, known);
    }
    return known;
  };
  const mix = (hash: number, value: number) => Math.imul(hash ^ value, 0x01000193);
  const hashList = (hash: number, list: readonly string[]) => {
    for (const id of list) hash = mix(hash, code(id));
    return mix(hash, 0);
  };
  const hashPlan = (plan: Plan) => {
    let hash = 0x811c9dc5;
    for (const action of plan.actions) {
      hash = mix(
        mix(mix(mix(hash, code(action.route)), code(action.urgency)), code(action.by)),
        code(action.lead),
      );
      hash = hashList(hash, action.rules);
    }
    return hashList(hashList(mix(hash, 0), plan.warnings), plan.lawNotes);
  };
  const plans: Plan[] = [];
  const numbersByHash = new Map<number, number[]>();
  const numberOf = (plan: Plan) => {
    const hash = hashPlan(plan);
    let candidates = numbersByHash.get(hash);
    if (candidates === undefined) {
      candidates = [];
      numbersByHash.set(hash, candidates);
    }
    for (const number of candidates) if (samePlan(plans[number]!, plan)) return number;
    plans.push(plan);
    candidates.push(plans.length - 1);
    return plans.length - 1;
  };
  return { numberOf, plans };
}
