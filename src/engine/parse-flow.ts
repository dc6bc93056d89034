import { z } from 'zod';
import { foldCondition, listConditionTests } from './condition.ts';
import { additionCondition } from './decide-plan.ts';
import type { Condition, Flow } from './flow-schema.ts';
import { FlowSchema, MAX_CONDITION_DEPTH, MAX_FILE_VALUES } from './flow-schema.ts';
import { measureRecordCode, RECORD_CODE_MAX_LENGTH } from './record-code.ts';
import { findMainContact } from './find-main-contact.ts';
import { findAssumedAnswer } from './index-flow.ts';
import { findJourneyWhere, SearchBudget, SearchLimitError } from './search-journeys.ts';

/** A flow file that cannot be used, with every problem found, each naming its place. */
export class FlowError extends Error {
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string[]) {
    super(`${file} is not a valid flow:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'FlowError';
    this.file = file;
    this.problems = problems;
  }
}

export type ParseFlowOptions = {
  /**
   * Search the journeys for unreachable questions and rules that can never
   * fire. The browser turns it off: the build has already refused a flow that
   * fails it.
   */
  searchJourneys?: boolean;
};

/**
 * The one place raw flow content becomes a typed Flow. Checks the shape, then
 * that every id it names exists and every declared role is played, then that
 * every question can be reached and every rule, warning, note and conditional
 * text can apply on some journey.
 */
export function parseFlow(
  raw: unknown,
  file = 'flow',
  { searchJourneys = true }: ParseFlowOptions = {},
): Flow {
  // Zod checks a condition by recursion: a file nested thousands deep would
  // overflow the stack, so the nesting is measured first, without recursion.
  // So is the number of values, which bounds Zod's time and the searches'.
  const shape = findFileShapeProblem(raw);
  if (shape === 'too many values')
    throw new FlowError(file, [
      `the file holds more than ${MAX_FILE_VALUES.toLocaleString('en-GB')} values (each text, number, list and object counts): a flow this large takes too long to check`,
    ]);
  if (shape !== undefined)
    throw new FlowError(file, [
      `${shape.tooDeep}: nested more than ${MAX_FILE_DEPTH} levels deep (conditions may nest ${MAX_CONDITION_DEPTH} deep)`,
    ]);
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
  if (problems.length === 0) problems.push(...findRoleProblems(flow));
  const codeLength = measureRecordCode(flow);
  if (codeLength > RECORD_CODE_MAX_LENGTH)
    problems.push(
      `its record codes would have ${codeLength} characters, more than ${RECORD_CODE_MAX_LENGTH}: ask fewer questions or offer fewer options`,
    );
  if (problems.length === 0 && searchJourneys) problems.push(...findUnreachableContent(flow));
  if (problems.length > 0) throw new FlowError(file, problems);
  return flow;
}

/**
 * How deep a flow file may nest objects and lists: conditions at their limit,
 * inside a rule, with room to spare (the flow nests 12 deep).
 */
const MAX_FILE_DEPTH = 2 * MAX_CONDITION_DEPTH + 16;

/**
 * The place of the first value nested deeper than MAX_FILE_DEPTH, or whether
 * the file holds more than MAX_FILE_VALUES values, walking with a list rather
 * than recursion.
 */
function findFileShapeProblem(raw: unknown): { tooDeep: string } | 'too many values' | undefined {
  const waiting: { value: unknown; place: string; depth: number }[] = [{ value: raw, place: '', depth: 0 }];
  let count = 0;
  for (let next = waiting.pop(); next !== undefined; next = waiting.pop()) {
    const { value, place, depth } = next;
    if ((count += 1) > MAX_FILE_VALUES) return 'too many values';
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_FILE_DEPTH) return { tooDeep: place.replace(/^\./, '') || 'the file' };
    for (const [key, item] of Object.entries(value)) {
      // The place names only the first levels: a deep one would fill the message.
      const itemPlace =
        depth >= 6
          ? place.endsWith('…')
            ? place
            : `${place}…`
          : Array.isArray(value)
            ? `${place}[${key}]`
            : `${place}.${key}`;
      waiting.push({ value: item, place: itemPlace, depth: depth + 1 });
    }
  }
  return undefined;
}

/** How many levels of `all`, `any` and `not` a condition has. */
function measureConditionDepth(condition: Condition): number {
  return foldCondition<number>(condition, {
    test: () => 1,
    all: (parts) => 1 + Math.max(...parts),
    any: (parts) => 1 + Math.max(...parts),
    not: (part) => 1 + part,
  });
}

/** Each id that comes again after its first use, once for each repeat; linear, for flows with thousands of rules. */
function findDuplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => seen.has(id) || (seen.add(id), false));
}

function findReferenceProblems(flow: Flow): string[] {
  const problems: string[] = [];
  const questionIndex = new Map(flow.questions.map((question, index) => [question.id, index]));
  const routeIds = new Set(flow.routes.map((route) => route.id));
  const sourceIds = new Set(flow.sources.map((source) => source.id));

  const duplicateChecks: [string, string[]][] = [
    ['question id', flow.questions.map((question) => question.id)],
    ['route id', flow.routes.map((route) => route.id)],
    ['warning id', flow.warnings.map((warning) => warning.id)],
    ['rule id', flow.rules.map((rule) => rule.id)],
    ['law note id', flow.lawNotes.map((note) => note.id)],
    ['source id', flow.sources.map((source) => source.id)],
    ['contact id', flow.routes.flatMap((route) => (route.contacts ?? []).map((contact) => contact.id))],
    ['urgency id', flow.roles.urgencies.map((urgency) => urgency.id)],
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
    if (measureConditionDepth(condition) > MAX_CONDITION_DEPTH)
      problems.push(`${place}: conditions nest at most ${MAX_CONDITION_DEPTH} levels deep`);
    for (const { question: questionId, values, operator } of listConditionTests(condition)) {
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
      for (const value of values) {
        if (!question.options.some((option) => option.value === value)) {
          problems.push(
            `${place}: '${value}' is not an answer to '${questionId}' (allowed: ${question.options.map((option) => option.value).join(', ')})`,
          );
        }
      }
    }
  };
  const checkSources = (sources: string[], place: string) => {
    for (const source of sources)
      if (!sourceIds.has(source)) problems.push(`${place}: unknown source '${source}'`);
  };

  flow.questions.forEach((question, index) => {
    const place = `questions[${index}] (${question.id})`;
    if (question.askedWhen) checkCondition(question.askedWhen, `${place}.askedWhen`, index);
    // A hint is shown with the question, so it can only depend on what was asked before.
    question.hintsWhen?.forEach((hint, hintIndex) =>
      checkCondition(hint.when, `${place}.hintsWhen[${hintIndex}].when`, index),
    );
  });
  flow.rules.forEach((rule, index) => {
    const place = `rules[${index}] (${rule.id})`;
    checkCondition(rule.when, `${place}.when`);
    rule.add.forEach((addition, additionIndex) => {
      if (!routeIds.has(addition.route))
        problems.push(`${place}.add[${additionIndex}]: unknown route '${addition.route}'`);
      if (addition.when) checkCondition(addition.when, `${place}.add[${additionIndex}].when`);
    });
    rule.reasonWhen?.forEach((text, textIndex) =>
      checkCondition(text.when, `${place}.reasonWhen[${textIndex}].when`),
    );
    checkSources(rule.sources, `${place}.sources`);
  });
  flow.routes.forEach((route, index) => {
    const place = `routes[${index}] (${route.id})`;
    checkSources(route.sources, `${place}.sources`);
    route.stepsWhen?.forEach((step, stepIndex) =>
      checkCondition(step.when, `${place}.stepsWhen[${stepIndex}].when`),
    );
    route.contacts?.forEach((contact, contactIndex) =>
      checkSources([contact.source], `${place}.contacts[${contactIndex}] (${contact.id}).source`),
    );
    if (!flow.rules.some((rule) => rule.add.some((addition) => addition.route === route.id)))
      problems.push(`${place}: no rule adds this route`);
  });
  flow.roles.leadWhen?.forEach((entry, index) => {
    const place = `roles.leadWhen[${index}] (${entry.lead})`;
    checkCondition(entry.when, `${place}.when`);
    // The plan already says 'you' and 'safeguarding-lead': a lead with either id could not be told apart.
    if (entry.lead === 'you' || entry.lead === 'safeguarding-lead')
      problems.push(`${place}.lead: '${entry.lead}' is taken; name who leads instead`);
    entry.routes?.forEach((routeId, routeIndex) => {
      const route = flow.routes.find((candidate) => candidate.id === routeId);
      if (!route) problems.push(`${place}.routes[${routeIndex}]: unknown route '${routeId}'`);
      else if (route.by !== 'safeguarding-lead')
        problems.push(
          `${place}.routes[${routeIndex}]: '${routeId}' is done by anyone, so no lead can take it over`,
        );
    });
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

/** Every id in `roles` names something the flow has, in the shape the code needs. */
function findRoleProblems(flow: Flow): string[] {
  const problems: string[] = [];
  const { roles } = flow;
  const question = (id: string) => flow.questions.find((candidate) => candidate.id === id);
  const hasOption = (questionId: string, value: string) =>
    question(questionId)?.options.some((option) => option.value === value) ?? false;
  const urgencyIds = new Set(roles.urgencies.map((urgency) => urgency.id));
  const urgencyRank = new Map(roles.urgencies.map((urgency, rank) => [urgency.id, rank]));

  if (!flow.routes.some((route) => route.id === roles.emergencyRoute))
    problems.push(`roles.emergencyRoute: unknown route '${roles.emergencyRoute}'`);
  roles.referralRoutes.forEach((referral, index) => {
    for (const route of referral)
      if (!flow.routes.some((candidate) => candidate.id === route))
        problems.push(`roles.referralRoutes[${index}]: unknown route '${route}'`);
  });
  roles.uncertainValues.forEach((value, index) => {
    if (!flow.questions.some((candidate) => hasOption(candidate.id, value)))
      problems.push(`roles.uncertainValues[${index}]: '${value}' is not an answer to any question`);
  });
  const oneChoiceAlwaysAsked = (id: string, place: string) => {
    const found = question(id);
    if (!found) problems.push(`${place}: unknown question '${id}'`);
    else if (found.kind !== 'one' || found.askedWhen)
      problems.push(`${place}: '${id}' must be a one-choice question that is always asked`);
    return found !== undefined;
  };
  if (
    oneChoiceAlwaysAsked(roles.userRole.question, 'roles.userRole.question') &&
    !hasOption(roles.userRole.question, roles.userRole.safeguardingLead)
  )
    problems.push(
      `roles.userRole.safeguardingLead: '${roles.userRole.safeguardingLead}' is not an answer to '${roles.userRole.question}'`,
    );
  const placeQuestions = Object.entries(roles.placeQuestions ?? {});
  for (const [place, id] of placeQuestions) {
    const found = question(id);
    if (!found) problems.push(`roles.placeQuestions.${place}: unknown question '${id}'`);
    else if (found.kind !== 'one')
      problems.push(`roles.placeQuestions.${place}: '${id}' must be a one-choice question`);
  }
  if (oneChoiceAlwaysAsked(roles.areaQuestion, 'roles.areaQuestion')) {
    flow.routes.forEach((route, routeIndex) =>
      route.contacts?.forEach((contact, contactIndex) => {
        // A place with its own question takes that question's answers; the others name areas as the area question does.
        const areaQuestion =
          placeQuestions.find(([place]) => place === contact.decidedBy)?.[1] ?? roles.areaQuestion;
        for (const area of contact.areas ?? []) {
          if (!hasOption(areaQuestion, area))
            problems.push(
              `routes[${routeIndex}] (${route.id}).contacts[${contactIndex}] (${contact.id}).areas: '${area}' is not an answer to the ${areaQuestion === roles.areaQuestion ? 'area question' : 'question'} '${areaQuestion}'`,
            );
        }
      }),
    );
    problems.push(...findMainContactProblems(flow));
  }
  roles.recordHeader.forEach((id, index) => {
    if (!question(id)) problems.push(`roles.recordHeader[${index}]: unknown question '${id}'`);
  });

  flow.routes.forEach((route, index) => {
    if (!urgencyIds.has(route.urgency))
      problems.push(
        `routes[${index}] (${route.id}).urgency: '${route.urgency}' is not one of the urgencies in roles.urgencies (${[...urgencyIds].join(', ')})`,
      );
  });
  flow.rules.forEach((rule, index) => {
    rule.add.forEach((addition, additionIndex) => {
      if (addition.urgency === undefined) return;
      const place = `rules[${index}] (${rule.id}).add[${additionIndex}].urgency`;
      const route = flow.routes.find((candidate) => candidate.id === addition.route);
      if (!urgencyIds.has(addition.urgency))
        problems.push(`${place}: '${addition.urgency}' is not one of the urgencies in roles.urgencies`);
      else if (route && (urgencyRank.get(addition.urgency) ?? 0) > (urgencyRank.get(route.urgency) ?? 0))
        problems.push(
          `${place}: a rule may raise a route's urgency, never lower it ('${route.id}' is '${route.urgency}')`,
        );
    });
  });

  flow.questions.forEach((candidate, index) => {
    const place = `questions[${index}] (${candidate.id})`;
    if (candidate.assumeIfUnanswered !== undefined && !hasOption(candidate.id, candidate.assumeIfUnanswered))
      problems.push(
        `${place}.assumeIfUnanswered: '${candidate.assumeIfUnanswered}' is not one of its answers`,
      );
    // A question asked only sometimes can be brought onto the path by a change of
    // answer, or be missing from an older record: it needs an answer to assume.
    if (candidate.askedWhen && findAssumedAnswer(flow, candidate) === undefined)
      problems.push(
        `${place}: a question asked only sometimes needs an answer to assume when it has none: give it an option from roles.uncertainValues, or assumeIfUnanswered`,
      );
  });
  return problems;
}

/** Whether some journey through the flow ends with the condition true. */
export function canConditionHold(
  flow: Flow,
  condition: Condition,
  budget: SearchBudget = new SearchBudget(),
): boolean {
  return findJourneyWhere(flow, condition, budget) !== undefined;
}

/**
 * Every question that can never be reached, and every condition that can
 * never hold where the flow uses it. The searches share one budget, so that
 * checking any flow within the schema's caps ends in bounded time: past it,
 * the flow is refused with the place where the search gave up.
 */
function findUnreachableContent(flow: Flow): string[] {
  const budget = new SearchBudget();
  let place = 'the flow';
  const canHold = (condition: Condition, where: string) => {
    place = where;
    return canConditionHold(flow, condition, budget);
  };
  try {
    return findContentThatCannotApply(flow, canHold);
  } catch (error) {
    if (!(error instanceof SearchLimitError)) throw error;
    return [
      `${place}: too many combinations of answers to check (at most ${error.limit.toLocaleString('en-GB')} steps of search): name fewer options in conditions, or make fewer questions depend on others`,
    ];
  }
}

function findContentThatCannotApply(
  flow: Flow,
  canHold: (condition: Condition, place: string) => boolean,
): string[] {
  const problems: string[] = [];
  flow.questions.forEach((question, index) => {
    // A question is reached exactly when its askedWhen holds as the journey comes to it.
    const place = `questions[${index}] (${question.id})`;
    if (question.askedWhen && !canHold(question.askedWhen, `${place}.askedWhen`))
      problems.push(`${place}: can never be reached`);
  });
  flow.rules.forEach((rule, index) => {
    if (!canHold(rule.when, `rules[${index}] (${rule.id}).when`)) {
      problems.push(`rules[${index}] (${rule.id}).when: can never fire`);
      return;
    }
    rule.add.forEach((addition, additionIndex) => {
      const place = `rules[${index}] (${rule.id}).add[${additionIndex}].when`;
      if (addition.when && !canHold(additionCondition(rule, addition), place))
        problems.push(`${place}: can never apply`);
    });
  });
  flow.warnings.forEach((warning, index) => {
    const place = `warnings[${index}] (${warning.id}).when`;
    if (!canHold(warning.when, place)) problems.push(`${place}: can never apply`);
  });
  flow.roles.leadWhen?.forEach((entry, index) => {
    const place = `roles.leadWhen[${index}] (${entry.lead}).when`;
    if (!canHold(entry.when, place)) problems.push(`${place}: can never apply`);
  });
  flow.lawNotes.forEach((note, index) => {
    const place = `lawNotes[${index}] (${note.id}).when`;
    if (note.when && !canHold(note.when, place)) problems.push(`${place}: can never apply`);
  });
  flow.routes.forEach((route, index) => {
    const adding = flow.rules.flatMap((rule) =>
      rule.add
        .filter((addition) => addition.route === route.id)
        .map((addition) => additionCondition(rule, addition)),
    );
    route.stepsWhen?.forEach((step, stepIndex) => {
      const place = `routes[${index}] (${route.id}).stepsWhen[${stepIndex}]`;
      if (!canHold({ all: [step.when, { any: adding }] }, place))
        problems.push(`${place}: can never be shown`);
    });
  });
  return problems;
}

/**
 * Each route with a main contact has exactly one for every answer to the area
 * question when nothing else is known (a place without a question is never
 * asked), and no place and area has two main contacts or two out-of-hours
 * lines, so that the plan at a glance never has to guess (docs/decisions/0057).
 */
function findMainContactProblems(flow: Flow): string[] {
  const problems: string[] = [];
  const areas = flow.questions.find((question) => question.id === flow.roles.areaQuestion)?.options ?? [];
  flow.routes.forEach((route, routeIndex) => {
    const contacts = route.contacts ?? [];
    if (!contacts.some((contact) => contact.main)) return;
    const place = `routes[${routeIndex}] (${route.id}).contacts`;
    for (const { value } of areas) {
      if (!findMainContact(contacts, new Map([['child-home', value]])))
        problems.push(
          `${place}: no main contact for '${value}': mark a national contact, or one for this area, "main": true`,
        );
    }
    const seen = new Map<string, string>();
    for (const contact of contacts) {
      const kind = contact.main
        ? 'main contact'
        : contact.beside === 'out-of-hours'
          ? 'out-of-hours line'
          : '';
      if (kind === '') continue;
      for (const area of contact.areas ?? ['every area']) {
        const key = `${kind} for ${contact.decidedBy} '${area}'`;
        const other = seen.get(key);
        if (other) problems.push(`${place}: ${contact.id} and ${other} are both the ${key}`);
        else seen.set(key, contact.id);
      }
    }
  });
  return problems;
}
