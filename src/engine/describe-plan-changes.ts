import type { AnswerValue, Answers } from './answers.ts';
import { describeAnswer } from './check-answer.ts';
import type { MissingReferral, PlanChange } from './find-changes.ts';
import type { Flow, Question } from './flow-schema.ts';
import { indexFlow } from './index-flow.ts';

/** One line of "what would change this plan": one or more changes to one answer with the same effect, in words. */
export type ChangeLine = { text: string; changes: PlanChange[] };

/**
 * The changes to one question's answer, in words. `not-known`: the user
 * answered an uncertain value ("I don't know"), so finding out is the point;
 * `role`: the user-role question, which changes who does an action, not what
 * happens to the child; `answer`: any other question.
 */
export type ChangeGroup = {
  question: string;
  kind: 'not-known' | 'answer' | 'role';
  /** The answer given: `You answered "I don't know" to "Adult involved".` */
  lead: string;
  lines: ChangeLine[];
};

/** A referral the plan lacks, in words: what would bring it in, or that no single change would. */
export type MissingReferralLine = {
  route: string;
  title: string;
  /** Each answer that would bring it in, with the answer given: `"Adult involved" were "Yes" (you answered "No")`. */
  alternatives: string[];
  /** The whole line: `It would be recommended if ...` or `No single change ...`. */
  text: string;
};

const quote = (text: string) => `"${text}"`;

/** "A", "A and B", "A, B and C". */
function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

type Context = {
  questions: ReadonlyMap<string, Question>;
  routeTitle: (route: string) => string;
  uncertain: ReadonlySet<string>;
};

function createContext(flow: Flow): Context {
  const index = indexFlow(flow);
  return {
    questions: index.questions,
    routeTitle: (route) => index.routes.get(route)?.title ?? route,
    uncertain: index.uncertainValues,
  };
}

const optionLabel = (question: Question, value: string) =>
  question.options.find((option) => option.value === value)?.label ?? value;

const answerLabels = (question: Question, value: AnswerValue) => describeAnswer(question, value).map(quote);

/** `the plan would add "A" and no longer include "B"`. */
function describeOutcome(change: PlanChange, context: Context): string {
  const adds = change.adds.map((route) => quote(context.routeTitle(route)));
  const removes = change.removes.map((route) => quote(context.routeTitle(route)));
  if (removes.length === 0) return `the plan would add ${joinAnd(adds)}`;
  if (adds.length === 0) return `the plan would no longer include ${joinAnd(removes)}`;
  return `the plan would add ${joinAnd(adds)} and no longer include ${joinAnd(removes)}`;
}

/** `"I don't know" to "Adult works with children"`, for each answer assumed, in path order. */
function listAssumptions(change: PlanChange, context: Context): string[] {
  return Object.entries(change.assuming).map(([questionId, value]) => {
    const question = context.questions.get(questionId)!;
    return `${joinAnd(answerLabels(question, value))} to ${quote(question.summaryLabel)}`;
  });
}

/** ` This assumes the answer "I don't know" to "Adult works with children", which would then be asked.`, or nothing. */
function describeAssumptions(change: PlanChange, context: Context): string {
  const assumed = listAssumptions(change, context);
  if (assumed.length === 0) return '';
  const noun = assumed.length === 1 ? 'the answer' : 'the answers';
  const which =
    assumed.length === 1 ? 'a question that would then be asked' : 'questions that would then be asked';
  return ` This assumes ${noun} ${joinAnd(assumed)} (${which}).`;
}

/** Changes to one question that have the same effect and assumptions become one line: "If it is "Yes" or "I'm not sure"". */
function mergeSameEffect(changes: readonly PlanChange[]): PlanChange[][] {
  const merged = new Map<string, PlanChange[]>();
  for (const change of changes) {
    const key = JSON.stringify([change.choice ?? '', change.adds, change.removes, change.assuming]);
    const same = merged.get(key);
    if (same) same.push(change);
    else merged.set(key, [change]);
  }
  return [...merged.values()];
}

function describeCondition(question: Question, changes: readonly PlanChange[], kind: ChangeGroup['kind']) {
  const values = joinOr(changes.map((change) => quote(optionLabel(question, change.value))));
  // The flow's one many-choice question lists concerns; its values are worded as concerns.
  if (changes[0]!.choice === 'added') return `If ${values} is also a concern`;
  if (changes[0]!.choice === 'removed') return `If ${values} is not a concern after all`;
  return kind === 'not-known' ? `If you find out it is ${values}` : `If it is ${values} instead`;
}

function describeLead(question: Question, value: AnswerValue): string {
  const labels = joinAnd(answerLabels(question, value));
  return question.kind === 'many'
    ? `You chose ${labels} for ${quote(question.summaryLabel)}.`
    : `You answered ${labels} to ${quote(question.summaryLabel)}.`;
}

/**
 * "What would change this plan", in words, from `findChanges`: one group per
 * question, the questions the user answered "I don't know" (or another
 * uncertain value) to first, then the other questions in path order, then the
 * user's role last (it changes who does an action, not what happens to the
 * child). Within a group, values with the same effect share a line. Every word
 * comes from the flow (question summary labels, option labels, route titles)
 * and from the changes themselves: nothing is written by hand per case.
 */
export function describePlanChanges(
  flow: Flow,
  answers: Answers,
  changes: readonly PlanChange[],
): ChangeGroup[] {
  const context = createContext(flow);
  const byQuestion = new Map<string, PlanChange[]>();
  for (const change of changes) {
    const same = byQuestion.get(change.question);
    if (same) same.push(change);
    else byQuestion.set(change.question, [change]);
  }
  const groups = [...byQuestion].map(([questionId, questionChanges]): ChangeGroup => {
    const question = context.questions.get(questionId)!;
    const answer = answers[questionId]!;
    const kind: ChangeGroup['kind'] =
      questionId === flow.roles.userRole.question
        ? 'role'
        : typeof answer === 'string' && context.uncertain.has(answer)
          ? 'not-known'
          : 'answer';
    return {
      question: questionId,
      kind,
      lead: describeLead(question, answer),
      lines: mergeSameEffect(questionChanges).map((same) => ({
        text: `${describeCondition(question, same, kind)}, ${describeOutcome(same[0]!, context)}.${describeAssumptions(same[0]!, context)}`,
        changes: same,
      })),
    };
  });
  const order: ChangeGroup['kind'][] = ['not-known', 'answer', 'role'];
  // Array.prototype.sort is stable: path order is kept within each kind.
  return groups.sort((first, second) => order.indexOf(first.kind) - order.indexOf(second.kind));
}

/** `"Adult involved" were "Yes" (you answered "No")`, for changes to one question with the same assumptions. */
function describeAlternative(
  question: Question,
  answers: Answers,
  changes: readonly PlanChange[],
  context: Context,
) {
  const values = joinOr(changes.map((change) => quote(optionLabel(question, change.value))));
  const assumed = listAssumptions(changes[0]!, context);
  const assuming = assumed.length > 0 ? `, assuming ${joinAnd(assumed)}` : '';
  if (changes[0]!.choice === 'added') return `${values} were also a concern${assuming}`;
  if (changes[0]!.choice === 'removed') return `${values} were not a concern${assuming}`;
  const given = joinAnd(answerLabels(question, answers[question.id]!));
  return `${quote(question.summaryLabel)} were ${values} (you answered ${given})${assuming}`;
}

/**
 * "Why a referral is not recommended", in words, from `explainMissingReferrals`:
 * for each referral the plan lacks, each change of one answer that would bring
 * it in, with the answer that kept it out; or, plainly, that no single change
 * would. Changes that assume fewer answers come first, so that the one that
 * rests only on what the user said leads.
 */
export function describeMissingReferrals(
  flow: Flow,
  answers: Answers,
  missing: readonly MissingReferral[],
): MissingReferralLine[] {
  const context = createContext(flow);
  return missing.map(({ route, broughtInBy }) => {
    const groups = new Map<string, PlanChange[]>();
    for (const change of broughtInBy) {
      const key = JSON.stringify([change.question, change.choice ?? '', change.assuming]);
      const same = groups.get(key);
      if (same) same.push(change);
      else groups.set(key, [change]);
    }
    // The simplest first: changes that take fewer answers for granted, then path order (the sort is stable).
    const simplest = [...groups.values()].sort(
      (first, second) => Object.keys(first[0]!.assuming).length - Object.keys(second[0]!.assuming).length,
    );
    const alternatives = simplest.map((same) =>
      describeAlternative(context.questions.get(same[0]!.question)!, answers, same, context),
    );
    return {
      route,
      title: context.routeTitle(route),
      alternatives,
      text:
        alternatives.length === 0
          ? 'No single change to your answers would bring it in.'
          : `It would be recommended if ${alternatives.join('; or if ')}.`,
    };
  });
}
