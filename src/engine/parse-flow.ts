import { z } from 'zod';
import { listConditionValues } from './evaluate-condition.ts';
import type { Condition, Flow } from './flow-schema.ts';
import { FlowSchema } from './flow-schema.ts';
import { evaluateConditionSoFar, searchJourneys } from './search-journeys.ts';

/** A flow file that cannot be used, with every problem found, each naming its place. */
export class FlowError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid flow:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'FlowError';
  }
}

export type ParseFlowOptions = {
  /**
   * Search the journeys for unreachable questions and rules that can never
   * fire (about 40 ms here, several times that on a slow phone). The browser
   * turns it off: the build has already refused a flow that fails it.
   */
  searchJourneys?: boolean;
};

/**
 * The one place raw flow content becomes a typed Flow. Checks the shape, then
 * that every id it names exists, then that every question can be reached and
 * every rule, warning, note and conditional step can apply on some journey.
 */
export function parseFlow(
  raw: unknown,
  file = 'flow',
  { searchJourneys = true }: ParseFlowOptions = {},
): Flow {
  const parsed = FlowSchema.safeParse(raw);
  if (!parsed.success) {
    throw new FlowError(
      file,
      z
        .prettifyError(parsed.error)
        .split('\n')
        .filter((line) => line.trim() !== ''),
    );
  }
  const flow = parsed.data;
  const problems = findReferenceProblems(flow);
  if (problems.length === 0 && searchJourneys) problems.push(...findUnreachableContent(flow));
  if (problems.length > 0) throw new FlowError(file, problems);
  return flow;
}

function findDuplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

function findReferenceProblems(flow: Flow): string[] {
  const problems: string[] = [];
  const questionIndex = new Map(flow.questions.map((question, index) => [question.id, index]));
  const routeIds = new Set(flow.routes.map((route) => route.id));
  const sourceIds = new Set(flow.sources.map((source) => source.id));
  const areaQuestion = flow.questions.find((question) => question.id === 'area');
  const areaValues = new Set(areaQuestion?.options.map((option) => option.value) ?? []);

  const duplicateChecks: [string, string[]][] = [
    ['question id', flow.questions.map((question) => question.id)],
    ['route id', flow.routes.map((route) => route.id)],
    ['warning id', flow.warnings.map((warning) => warning.id)],
    ['rule id', flow.rules.map((rule) => rule.id)],
    ['law note id', flow.lawNotes.map((note) => note.id)],
    ['source id', flow.sources.map((source) => source.id)],
    ['contact id', flow.routes.flatMap((route) => (route.contacts ?? []).map((contact) => contact.id))],
  ];
  for (const [what, ids] of duplicateChecks) {
    for (const id of findDuplicates(ids)) problems.push(`${what} '${id}' is used more than once`);
  }
  flow.questions.forEach((question, index) => {
    for (const value of findDuplicates(question.options.map((option) => option.value))) {
      problems.push(`questions[${index}] (${question.id}): option value '${value}' is used more than once`);
    }
  });

  const checkCondition = (condition: Condition, place: string, askedBefore?: number) => {
    for (const { question: questionId, value, operator } of listConditionValues(condition)) {
      const index = questionIndex.get(questionId);
      const question = index === undefined ? undefined : flow.questions[index];
      if (index === undefined || question === undefined) {
        problems.push(`${place}: unknown question '${questionId}'`);
        continue;
      }
      if (askedBefore !== undefined && index >= askedBefore) {
        problems.push(`${place}: depends on '${questionId}', which is not asked before this question`);
      }
      if (operator === 'is' && question.kind !== 'one')
        problems.push(`${place}: use 'includes', not 'is', for the many-choice question '${questionId}'`);
      if (operator === 'includes' && question.kind !== 'many')
        problems.push(`${place}: use 'is', not 'includes', for the one-choice question '${questionId}'`);
      if (!question.options.some((option) => option.value === value)) {
        problems.push(
          `${place}: '${value}' is not an answer to '${questionId}' (allowed: ${question.options.map((option) => option.value).join(', ')})`,
        );
      }
    }
  };
  const checkSources = (sources: string[], place: string) => {
    for (const source of sources)
      if (!sourceIds.has(source)) problems.push(`${place}: unknown source '${source}'`);
  };

  flow.questions.forEach((question, index) => {
    if (question.askedWhen)
      checkCondition(question.askedWhen, `questions[${index}] (${question.id}).askedWhen`, index);
  });
  flow.rules.forEach((rule, index) => {
    const place = `rules[${index}] (${rule.id})`;
    checkCondition(rule.when, `${place}.when`);
    for (const route of rule.add)
      if (!routeIds.has(route)) problems.push(`${place}.add: unknown route '${route}'`);
    checkSources(rule.sources, `${place}.sources`);
  });
  flow.routes.forEach((route, index) => {
    const place = `routes[${index}] (${route.id})`;
    checkSources(route.sources, `${place}.sources`);
    route.stepsWhen?.forEach((step, stepIndex) =>
      checkCondition(step.when, `${place}.stepsWhen[${stepIndex}].when`),
    );
    route.contacts?.forEach((contact, contactIndex) => {
      const contactPlace = `${place}.contacts[${contactIndex}] (${contact.id})`;
      checkSources([contact.source], `${contactPlace}.source`);
      for (const area of contact.areas ?? []) {
        if (!areaValues.has(area))
          problems.push(`${contactPlace}.areas: '${area}' is not an answer to the 'area' question`);
      }
    });
    if (!flow.rules.some((rule) => rule.add.includes(route.id)))
      problems.push(`${place}: no rule adds this route`);
  });
  flow.warnings.forEach((warning, index) => {
    const place = `warnings[${index}] (${warning.id})`;
    checkCondition(warning.when, `${place}.when`);
    warning.itemsWhen?.forEach((item, itemIndex) =>
      checkCondition(item.when, `${place}.itemsWhen[${itemIndex}].when`),
    );
    checkSources(warning.sources, `${place}.sources`);
  });
  flow.lawNotes.forEach((note, index) => {
    const place = `lawNotes[${index}] (${note.id})`;
    if (note.when) checkCondition(note.when, `${place}.when`);
    checkSources(note.sources, `${place}.sources`);
  });
  checkSources([flow.procedure.source], 'procedure.source');
  return problems;
}

/** Whether some journey through the flow ends with the condition true. */
export function canConditionHold(flow: Flow, condition: Condition): boolean {
  return (
    searchJourneys(flow, ({ answers }, isSettled) =>
      evaluateConditionSoFar(condition, answers, isSettled),
    ) !== undefined
  );
}

function findUnreachableContent(flow: Flow): string[] {
  const problems: string[] = [];
  flow.questions.forEach((question, index) => {
    const reached =
      searchJourneys(flow, ({ next }, isSettled) => {
        if (next?.id === question.id) return true;
        return isSettled(question.id) ? false : undefined;
      }) !== undefined;
    if (!reached) problems.push(`questions[${index}] (${question.id}): can never be reached`);
  });
  flow.rules.forEach((rule, index) => {
    if (!canConditionHold(flow, rule.when))
      problems.push(`rules[${index}] (${rule.id}).when: can never fire`);
  });
  flow.warnings.forEach((warning, index) => {
    if (!canConditionHold(flow, warning.when))
      problems.push(`warnings[${index}] (${warning.id}).when: can never apply`);
  });
  flow.lawNotes.forEach((note, index) => {
    if (note.when && !canConditionHold(flow, note.when))
      problems.push(`lawNotes[${index}] (${note.id}).when: can never apply`);
  });
  flow.routes.forEach((route, index) => {
    route.stepsWhen?.forEach((step, stepIndex) => {
      const fires = {
        all: [
          step.when,
          { any: flow.rules.filter((rule) => rule.add.includes(route.id)).map((rule) => rule.when) },
        ],
      };
      if (!canConditionHold(flow, fires))
        problems.push(`routes[${index}] (${route.id}).stepsWhen[${stepIndex}]: can never be shown`);
    });
  });
  return problems;
}
