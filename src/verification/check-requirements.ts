import type { Flow } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';
import type { Requirement, RequirementsCatalogue } from './requirements-schema.ts';

/**
 * What each kind of flow reference names. A number after `#` counts from 1 in
 * the list named, in the order of the flow file, so that a reader can find it.
 */
export const FLOW_REFERENCE_KINDS = {
  rule: 'a rule: rule:R3',
  'reason-when': "a rule's conditional reason: reason-when:R4#1",
  route: 'an action: route:police',
  step: "an action's step: step:lado#2",
  'step-when': "an action's conditional step: step-when:lado#1",
  warning: 'a warning: warning:do-not-view-imagery',
  item: "a warning's item: item:do-not-view-imagery#1",
  'item-when': "a warning's conditional item: item-when:preserve-evidence#2",
  question: 'a question: question:adult-involved',
  answer: 'one answer to a question: answer:child-shared-material=child-received',
  'hint-when': "a question's conditional hint: hint-when:child-age#1",
  'law-note': 'a law note: law-note:duty-to-report',
} as const;
export type FlowReferenceKind = keyof typeof FLOW_REFERENCE_KINDS;

/** A reference split into its parts. */
export type FlowReference = { kind: string; id: string; number?: number; value?: string };

export function parseFlowReference(reference: string): FlowReference {
  const [kind = '', rest = ''] = reference.split(/:(.*)/s);
  const numbered = /^(.*)#([0-9]+)$/.exec(rest);
  if (numbered) return { kind, id: numbered[1]!, number: Number(numbered[2]) };
  const valued = /^(.*)=(.*)$/.exec(rest);
  if (valued) return { kind, id: valued[1]!, value: valued[2]! };
  return { kind, id: rest };
}

function isKind(kind: string): kind is FlowReferenceKind {
  return Object.hasOwn(FLOW_REFERENCE_KINDS, kind);
}

type Resolved = { text: string } | { problem: string };

/** The text of the n-th (1-based) member of a list, or why there is none. */
function pickText(
  list: readonly (string | { text: string })[] | undefined,
  number: number | undefined,
  what: string,
): Resolved {
  if (number === undefined) return { problem: `needs #N: the number of the ${what}` };
  const member = list?.[number - 1];
  if (member === undefined) return { problem: `has ${list?.length ?? 0} ${what}s, not ${number}` };
  return { text: typeof member === 'string' ? member : member.text };
}

/**
 * What a reference names in the flow (its title or text), or the problem that
 * stops it resolving. Every kind of FLOW_REFERENCE_KINDS is resolved here.
 */
export function resolveFlowReference(reference: string, flow: Flow): Resolved {
  const { kind, id, number, value } = parseFlowReference(reference);
  if (!isKind(kind))
    return { problem: `unknown kind '${kind}' (known: ${Object.keys(FLOW_REFERENCE_KINDS).join(', ')})` };
  const takesNumber = ['reason-when', 'step', 'step-when', 'item', 'item-when', 'hint-when'].includes(kind);
  if (!takesNumber && number !== undefined) return { problem: `${kind} takes no #N` };
  if (kind !== 'answer' && value !== undefined) return { problem: `${kind} takes no =VALUE` };
  const index = indexFlow(flow);
  const rule = index.rules.get(id);
  const route = index.routes.get(id);
  const warning = index.warnings.get(id);
  const question = index.questions.get(id);
  const lawNote = index.lawNotes.get(id);
  const within = (owner: object | undefined, what: string, list: () => Resolved): Resolved =>
    owner ? list() : { problem: `no ${what} '${id}'` };
  switch (kind) {
    case 'rule':
      return within(rule, 'rule', () => ({ text: `rule ${id}` }));
    case 'reason-when':
      return within(rule, 'rule', () => pickText(rule!.reasonWhen, number, 'conditional reason'));
    case 'route':
      return within(route, 'route', () => ({ text: route!.title }));
    case 'step':
      return within(route, 'route', () => pickText(route!.steps, number, 'step'));
    case 'step-when':
      return within(route, 'route', () => pickText(route!.stepsWhen, number, 'conditional step'));
    case 'warning':
      return within(warning, 'warning', () => ({ text: warning!.title }));
    case 'item':
      return within(warning, 'warning', () => pickText(warning!.items, number, 'item'));
    case 'item-when':
      return within(warning, 'warning', () => pickText(warning!.itemsWhen, number, 'conditional item'));
    case 'question':
      return within(question, 'question', () => ({ text: question!.title }));
    case 'answer':
      return within(question, 'question', () => {
        if (value === undefined) return { problem: "needs =VALUE: one of the question's answers" };
        const option = question!.options.find((candidate) => candidate.value === value);
        return option ? { text: option.label } : { problem: `question '${id}' has no answer '${value}'` };
      });
    case 'hint-when':
      return within(question, 'question', () => pickText(question!.hintsWhen, number, 'conditional hint'));
    case 'law-note':
      return within(lawNote, 'law note', () => ({ text: lawNote!.title }));
  }
}

/** The rule a reference cites, if it names a rule or a part of one. */
export function citedRule(reference: string): string | undefined {
  const { kind, id } = parseFlowReference(reference);
  return kind === 'rule' || kind === 'reason-when' ? id : undefined;
}

export type UnresolvedReference = { requirement: string; reference: string; problem: string };

export type RequirementsCheck = {
  /** The catalogue is for another flow. */
  wrongFlow?: { catalogue: string; flow: string };
  /** References that name nothing in the flow. */
  unresolved: UnresolvedReference[];
  /** Rules that no requirement cites: a rule that serves no requirement has no reason to exist. */
  uncitedRules: string[];
  /** Requirements with neither a flow reference nor a reason they are out of scope: the gaps. */
  unaddressed: Requirement[];
  /** For each rule id, the requirements that cite it, in catalogue order. */
  requirementsByRule: Map<string, Requirement[]>;
};

/**
 * Resolves every `metBy` reference against the parsed flow, builds the
 * inverse index from rules to requirements, and lists what is not addressed.
 */
export function checkRequirements(catalogue: RequirementsCatalogue, flow: Flow): RequirementsCheck {
  const unresolved: UnresolvedReference[] = [];
  const requirementsByRule = new Map<string, Requirement[]>(flow.rules.map((rule) => [rule.id, []]));
  for (const requirement of catalogue.requirements) {
    for (const reference of requirement.metBy) {
      const resolved = resolveFlowReference(reference, flow);
      if ('problem' in resolved)
        unresolved.push({ requirement: requirement.id, reference, problem: resolved.problem });
      const rule = citedRule(reference);
      const citing = rule === undefined ? undefined : requirementsByRule.get(rule);
      if (citing && !citing.includes(requirement)) citing.push(requirement);
    }
  }
  return {
    ...(catalogue.flow === flow.id ? {} : { wrongFlow: { catalogue: catalogue.flow, flow: flow.id } }),
    unresolved,
    uncitedRules: [...requirementsByRule].filter(([, citing]) => citing.length === 0).map(([rule]) => rule),
    unaddressed: catalogue.requirements.filter(
      (requirement) => requirement.metBy.length === 0 && requirement.outOfScope === undefined,
    ),
    requirementsByRule,
  };
}

/** The gaps as a reader needs them: one line each, id first, with what the flow must do. */
export function describeUnaddressed(unaddressed: readonly Requirement[]): string {
  return unaddressed
    .map(
      (requirement) =>
        `${requirement.id}: ${requirement.gap ?? '(no gap written: say what the flow must do)'}`,
    )
    .join('\n');
}
