import type { AnswerValue, Answers } from '../engine/answers.ts';
import { listConditionQuestions } from '../engine/condition.ts';
import type { ActionChange } from '../engine/compare-actions.ts';
import { compareActions } from '../engine/compare-actions.ts';
import type { Plan } from '../engine/decide-plan.ts';
import { decidePlan } from '../engine/decide-plan.ts';
import type { Flow, Question } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';
import { findNextQuestion } from '../engine/next-question.ts';
import { listPossibleAnswers } from '../engine/search-journeys.ts';

/**
 * The difference between two flows' plans, over every answer combination that
 * both can take (docs/decisions/0008-flow-difference-report.md says how the
 * combinations are counted, and why counting some questions by multiplicity
 * loses nothing).
 */

/** The combinations whose actions changed in the same way, with one of them as an example. */
export type ChangeGroup = ActionChange & { count: number; example: Answers };

/** A question counted by multiplicity: how many answers both flows share, and how many only one has. */
export type MultiplicityQuestion = { question: string; shared: number; onlyOld: number; onlyNew: number };

/**
 * A question both flows have, with the values only one of them offers (an
 * answer that uses one is counted apart), or asked as one choice in one flow
 * and many choices in the other (every answer is counted apart).
 */
export type OneSidedValues = { question: string; values: string[]; kindDiffers?: true };

export type FlowDiff = {
  old: { id: string; version: string };
  new: { id: string; version: string };
  /** Combinations both flows can take. */
  compared: number;
  /** Of those, the ones whose actions changed (set, order or urgency). */
  changed: number;
  /** Complete journeys of the new flow that use an answer the old flow does not allow. */
  onlyNew: number;
  /** Complete journeys of the old flow that use an answer the new flow does not allow. */
  onlyOld: number;
  /** Largest group first. */
  groups: ChangeGroup[];
  /** Complete journeys of each flow. */
  paths: { old: number; new: number };
  /** Questions that no condition deciding a path or a plan reads, in either flow: counted, not enumerated. */
  countedByMultiplicity: MultiplicityQuestion[];
  /** The values behind onlyNew and onlyOld, question by question. */
  onlyNewValues: OneSidedValues[];
  onlyOldValues: OneSidedValues[];
  /** Questions only one flow has: answered in every way, and ignored by the other flow. */
  onlyNewQuestions: string[];
  onlyOldQuestions: string[];
};

export type DiffFlowsOptions = {
  /**
   * Count the questions that no deciding condition reads by multiplicity
   * (the default), rather than enumerate their answers. Tests turn it off to
   * check that both ways give the same figures.
   */
  countByMultiplicity?: boolean;
};

/**
 * The questions whose answers can decide a path or a plan: every question that
 * a question's `askedWhen`, a rule's `when`, a rule addition's `when`, a
 * warning's `when` or a law note's `when` reads. The path depends on answers
 * only through `askedWhen`, and `decidePlan`'s routes, urgencies, order,
 * warnings and law notes only through the others, so an answer to any other
 * question cannot change the path or the plan: only wording (hints, steps,
 * reasons) and contacts, which are not compared.
 */
export function listDecisionQuestions(flow: Flow): Set<string> {
  const read = new Set<string>();
  const add = (condition: Parameters<typeof listConditionQuestions>[0] | undefined) => {
    if (condition) for (const question of listConditionQuestions(condition)) read.add(question);
  };
  for (const question of flow.questions) add(question.askedWhen);
  for (const rule of flow.rules) {
    add(rule.when);
    for (const addition of rule.add) add(addition.when);
  }
  for (const warning of flow.warnings) add(warning.when);
  for (const note of flow.lawNotes) add(note.when);
  return read;
}

/** The questions of either flow that neither flow's deciding conditions read: see listDecisionQuestions. */
export function listMultiplicityQuestions(oldFlow: Flow, newFlow: Flow): string[] {
  const decisive = new Set([...listDecisionQuestions(oldFlow), ...listDecisionQuestions(newFlow)]);
  const all = [...oldFlow.questions, ...newFlow.questions].map((question) => question.id);
  return [...new Set(all)].filter((id) => !decisive.has(id));
}

/** An answer's identity whatever order its values are listed in. */
const answerKey = (value: AnswerValue): string =>
  typeof value === 'string' ? value : `[${[...value].sort().join(',')}]`;

/** The answers each side allows, and which of them both allow. */
type AnswerSets = { shared: AnswerValue[]; onlyOld: AnswerValue[]; onlyNew: AnswerValue[] };

function compareAnswers(oldQuestion: Question | undefined, newQuestion: Question | undefined): AnswerSets {
  const oldAnswers = oldQuestion ? listPossibleAnswers(oldQuestion) : [];
  const newAnswers = newQuestion ? listPossibleAnswers(newQuestion) : [];
  // A question only one flow has is answered in every way it allows; the other flow ignores it.
  if (!oldQuestion) return { shared: newAnswers, onlyOld: [], onlyNew: [] };
  if (!newQuestion) return { shared: oldAnswers, onlyOld: [], onlyNew: [] };
  const oldKeys = new Set(oldAnswers.map(answerKey));
  const newKeys = new Set(newAnswers.map(answerKey));
  return {
    shared: newAnswers.filter((answer) => oldKeys.has(answerKey(answer))),
    onlyOld: oldAnswers.filter((answer) => !newKeys.has(answerKey(answer))),
    onlyNew: newAnswers.filter((answer) => !oldKeys.has(answerKey(answer))),
  };
}

/** A change as a string, to group equal changes. */
const changeKey = ({ adds, removes, urgency, reordered }: ActionChange): string =>
  JSON.stringify([adds, removes, urgency, reordered === true]);

/**
 * Compares two flows over every answer combination that both can take.
 *
 * The two flows are walked together: each question that either flow reaches
 * next is answered in every way both allow (a question only one flow has, in
 * every way that flow allows), and each flow reads only the answers on its own
 * path. At the end of both paths the two plans (decidePlan) are compared.
 * Questions that no deciding condition reads in either flow are not branched
 * on: the walk takes one answer and counts the others by multiplicity.
 * Journeys that need an answer only one flow allows are counted apart, by a
 * walk of that flow alone.
 */
export function diffFlows(oldFlow: Flow, newFlow: Flow, options: DiffFlowsOptions = {}): FlowDiff {
  const countByMultiplicity = options.countByMultiplicity ?? true;
  const multiplicity = new Set(countByMultiplicity ? listMultiplicityQuestions(oldFlow, newFlow) : []);
  const oldQuestions = new Map(oldFlow.questions.map((question) => [question.id, question]));
  const newQuestions = new Map(newFlow.questions.map((question) => [question.id, question]));
  const ids = [...new Set([...oldQuestions.keys(), ...newQuestions.keys()])];
  const answerSets = new Map(
    ids.map((id) => [id, compareAnswers(oldQuestions.get(id), newQuestions.get(id))] as const),
  );

  // Where each question stands in its flow, for findNextQuestion.
  const oldPosition = new Map(oldFlow.questions.map((question, index) => [question.id, index]));
  const newPosition = new Map(newFlow.questions.map((question, index) => [question.id, index]));

  const groups = new Map<string, ChangeGroup>();
  let compared = 0;
  let changed = 0;

  // A flow's answers are a new object only when that flow took a new answer, so
  // combinations that differ only in questions the other flow asks reuse its plan.
  const planFor = (flow: Flow) => {
    let last: { answers: Answers; plan: Plan } | undefined;
    return (answers: Answers): Plan => {
      if (last?.answers !== answers) last = { answers, plan: decidePlan(flow, answers) };
      return last.plan;
    };
  };
  const oldPlanFor = planFor(oldFlow);
  const newPlanFor = planFor(newFlow);
  let lastPair: { oldPlan: Plan; newPlan: Plan; change: ActionChange | undefined; key: string } | undefined;

  const finish = (combined: Answers, oldAnswers: Answers, newAnswers: Answers, weight: number) => {
    compared += weight;
    const oldPlan = oldPlanFor(oldAnswers);
    const newPlan = newPlanFor(newAnswers);
    if (lastPair?.oldPlan !== oldPlan || lastPair.newPlan !== newPlan) {
      const change = compareActions(oldPlan, newPlan);
      lastPair = { oldPlan, newPlan, change, key: change ? changeKey(change) : '' };
    }
    const { change, key } = lastPair;
    if (!change) return;
    changed += weight;
    const group = groups.get(key);
    if (group) group.count += weight;
    else groups.set(key, { ...change, count: weight, example: combined });
  };

  // `combined` holds every answer given so far; each flow's answers only those on its own path.
  // The answer maps are copied, never changed, as searchJourneys does: cheaper than undoing.
  const visit = (
    combined: Answers,
    oldAnswers: Answers,
    oldNext: Question | undefined,
    newAnswers: Answers,
    newNext: Question | undefined,
    weight: number,
  ): void => {
    // Each flow first takes the answers already given to its next questions (by the other flow).
    while (oldNext && combined[oldNext.id] !== undefined) {
      oldAnswers = { ...oldAnswers, [oldNext.id]: combined[oldNext.id]! };
      oldNext = findNextQuestion(oldFlow, oldAnswers, oldPosition.get(oldNext.id)!);
    }
    while (newNext && combined[newNext.id] !== undefined) {
      newAnswers = { ...newAnswers, [newNext.id]: combined[newNext.id]! };
      newNext = findNextQuestion(newFlow, newAnswers, newPosition.get(newNext.id)!);
    }
    const question = oldNext ?? newNext;
    if (!question) {
      finish(combined, oldAnswers, newAnswers, weight);
      return;
    }
    const { shared } = answerSets.get(question.id)!;
    if (multiplicity.has(question.id)) {
      if (shared.length > 0)
        visit(
          { ...combined, [question.id]: shared[0]! },
          oldAnswers,
          oldNext,
          newAnswers,
          newNext,
          weight * shared.length,
        );
      return;
    }
    for (const answer of shared)
      visit({ ...combined, [question.id]: answer }, oldAnswers, oldNext, newAnswers, newNext, weight);
  };
  visit({}, {}, oldFlow.questions[0], {}, newFlow.questions[0], 1);

  const oldAlone = countOneSided(oldFlow, (id) => answerSets.get(id)!.onlyOld, multiplicity);
  const newAlone = countOneSided(newFlow, (id) => answerSets.get(id)!.onlyNew, multiplicity);
  const oneSided = (from: Map<string, Question>, other: Map<string, Question>): OneSidedValues[] =>
    [...from.values()].flatMap((question) => {
      const counterpart = other.get(question.id);
      if (!counterpart) return [];
      const values = question.options.map((option) => option.value);
      if (counterpart.kind !== question.kind) return [{ question: question.id, values, kindDiffers: true }];
      const known = new Set(counterpart.options.map((option) => option.value));
      const missing = values.filter((value) => !known.has(value));
      return missing.length > 0 ? [{ question: question.id, values: missing }] : [];
    });

  return {
    old: { id: oldFlow.id, version: oldFlow.version },
    new: { id: newFlow.id, version: newFlow.version },
    compared,
    changed,
    onlyNew: newAlone.oneSided,
    onlyOld: oldAlone.oneSided,
    groups: [...groups.values()].sort(
      (first, second) => second.count - first.count || changeKey(first).localeCompare(changeKey(second)),
    ),
    paths: { old: oldAlone.paths, new: newAlone.paths },
    countedByMultiplicity: [...multiplicity].map((question) => {
      const sets = answerSets.get(question)!;
      return {
        question,
        shared: sets.shared.length,
        onlyOld: sets.onlyOld.length,
        onlyNew: sets.onlyNew.length,
      };
    }),
    onlyNewValues: oneSided(newQuestions, oldQuestions),
    onlyOldValues: oneSided(oldQuestions, newQuestions),
    onlyNewQuestions: ids.filter((id) => !oldQuestions.has(id)),
    onlyOldQuestions: ids.filter((id) => !newQuestions.has(id)),
  };
}

/**
 * Walks one flow alone and counts its complete journeys, and those that use an
 * answer the other flow does not allow (`oneSidedAnswers` of a question).
 */
function countOneSided(
  flow: Flow,
  oneSidedAnswers: (questionId: string) => AnswerValue[],
  multiplicity: ReadonlySet<string>,
): { paths: number; oneSided: number } {
  const position = indexFlow(flow).questionIndex;
  // Each question's answers, split into those both flows allow and those only this one does.
  const split = new Map(
    flow.questions.map((question) => {
      const only = new Set(oneSidedAnswers(question.id).map(answerKey));
      const all = listPossibleAnswers(question);
      return [
        question.id,
        {
          all: all.map((answer) => ({ answer, isOneSided: only.has(answerKey(answer)) })),
          plain: all.filter((answer) => !only.has(answerKey(answer))),
          marked: all.filter((answer) => only.has(answerKey(answer))),
        },
      ] as const;
    }),
  );
  let paths = 0;
  let oneSided = 0;
  const visit = (
    answers: Answers,
    question: Question | undefined,
    weight: number,
    isOneSided: boolean,
  ): void => {
    if (!question) {
      paths += weight;
      if (isOneSided) oneSided += weight;
      return;
    }
    const { all, plain, marked } = split.get(question.id)!;
    const answer = (value: AnswerValue, weight: number, isOneSided: boolean) => {
      const answered = { ...answers, [question.id]: value };
      visit(answered, findNextQuestion(flow, answered, position.get(question.id)!), weight, isOneSided);
    };
    if (multiplicity.has(question.id)) {
      // No condition reads this answer, so every answer leads to the same next question.
      if (plain.length > 0) answer(plain[0]!, weight * plain.length, isOneSided);
      if (marked.length > 0) answer(marked[0]!, weight * marked.length, true);
    } else {
      for (const entry of all) answer(entry.answer, weight, isOneSided || entry.isOneSided);
    }
  };
  visit({}, flow.questions[0], 1, false);
  return { paths, oneSided };
}

/**
 * The answers of a combination that a flow knows: a group's example holds the
 * answers of both flows, and the triage refuses a question its flow lacks.
 */
export function keepKnownAnswers(flow: Flow, answers: Answers): Answers {
  const known = new Set(flow.questions.map((question) => question.id));
  return Object.fromEntries(Object.entries(answers).filter(([question]) => known.has(question)));
}
