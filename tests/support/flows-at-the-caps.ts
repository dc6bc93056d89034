import { readFileSync } from 'node:fs';
import { MAX_CONDITION_DEPTH, MAX_FILE_VALUES, MAX_OPTIONS } from '../../src/engine/flow-schema.ts';
import type { Flow } from '../../src/engine/flow-schema.ts';
import { RECORD_CODE_MAX_LENGTH, measureRecordCode } from '../../src/engine/record-code.ts';

/**
 * Flows at the schema's caps, in the shapes that cost the journey search most
 * (issue 19; docs/decisions/0030): every question with the most options, each
 * option named by a condition of its own; long chains of questions each asked
 * after one answer to the one before; conditions at the deepest nesting; many
 * rules. Each grows the toy flow of tests/fixtures/toy-flows until its record
 * code would pass the 64 characters a flow may have, the cap that bounds how
 * many questions a flow can ask.
 */
type ConditionJson = Record<string, unknown>;
type QuestionJson = {
  id: string;
  kind: 'one' | 'many';
  title: string;
  summaryLabel: string;
  errorMessage: string;
  askedWhen?: ConditionJson;
  assumeIfUnanswered?: string;
  options: { value: string; label: string }[];
};
type RuleJson = { id: string; when: ConditionJson; add: string[]; reason: string; sources: string[] };
export type FlowJson = { questions: QuestionJson[]; rules: RuleJson[]; [key: string]: unknown };

const TOY_TEXT = readFileSync(new URL('../fixtures/toy-flows/toy-2.0.0.flow.json', import.meta.url), 'utf8');
const toy = () => JSON.parse(TOY_TEXT) as FlowJson;

const optionValue = (index: number) => `o-${index + 1}`;
const test = (question: QuestionJson, value: string): ConditionJson =>
  question.kind === 'one' ? { question: question.id, is: value } : { question: question.id, includes: value };

function makeQuestion(id: string, kind: 'one' | 'many', optionCount: number): QuestionJson {
  return {
    id,
    kind,
    title: `${id}?`,
    summaryLabel: id,
    errorMessage: `Select ${id}`,
    options: Array.from({ length: optionCount }, (_, index) => ({
      value: optionValue(index),
      label: `Option ${index + 1}`,
    })),
  };
}

/** Adds questions made by `make` (given their number) while the record code stays within its cap. */
function addQuestionsToTheCap(flow: FlowJson, make: (number: number, before: QuestionJson) => QuestionJson) {
  for (let number = 1; ; number += 1) {
    const question = make(number, flow.questions.at(-1)!);
    flow.questions.push(question);
    if (measureRecordCode(flow as unknown as Flow) > RECORD_CODE_MAX_LENGTH) {
      flow.questions.pop();
      return;
    }
  }
}

let ruleNumber = 1000;
function addRule(flow: FlowJson, when: ConditionJson) {
  flow.rules.push({
    id: `R${(ruleNumber += 1)}`,
    when,
    add: ['support'],
    reason: 'A rule of a flow at the caps.',
    sources: ['toy-source'],
  });
}

/** The added questions: those after the toy's own. */
const added = (flow: FlowJson) => flow.questions.filter((question) => question.id.startsWith('q-'));

/** `inner`, `innerDepth` levels deep, wrapped in two `not`s and then `all` and `any` in turn to be `depth` deep. */
function nest(depth: number, inner: ConditionJson, innerDepth: number): ConditionJson {
  let condition: ConditionJson = { not: { not: inner } };
  for (let level = innerDepth + 2; level < depth; level += 1)
    condition = level % 2 === 0 ? { all: [condition] } : { any: [condition] };
  return condition;
}

function everyQuestionAtTheCap(kind: 'one' | 'many'): FlowJson {
  const flow = toy();
  addQuestionsToTheCap(flow, (number) => makeQuestion(`q-${number}`, kind, MAX_OPTIONS));
  for (const question of added(flow))
    for (const option of question.options) addRule(flow, test(question, option.value));
  return flow;
}

/**
 * Each shape by name. Where a shape asks for a question asked only
 * sometimes, it is given an answer to assume (its first option).
 */
export const FLOWS_AT_THE_CAPS: Record<string, () => FlowJson> = {
  'every added question many-choice at the most options, each option named by its own rule': () =>
    everyQuestionAtTheCap('many'),
  'every added question one-choice at the most options, each option named by its own rule': () =>
    everyQuestionAtTheCap('one'),
  'a chain of two-option questions, each asked after the first answer to the one before': () => {
    const flow = toy();
    addQuestionsToTheCap(flow, (number, before) => ({
      ...makeQuestion(`q-${number}`, 'one', 2),
      ...(number === 1
        ? {}
        : { askedWhen: test(before, optionValue(0)), assumeIfUnanswered: optionValue(0) }),
    }));
    addRule(flow, test(flow.questions.at(-1)!, optionValue(1)));
    return flow;
  },
  'a chain of many-choice questions, each asked after the last option of the one before': () => {
    const flow = toy();
    addQuestionsToTheCap(flow, (number, before) => ({
      ...makeQuestion(`q-${number}`, 'many', MAX_OPTIONS),
      ...(number === 1
        ? {}
        : { askedWhen: test(before, optionValue(MAX_OPTIONS - 1)), assumeIfUnanswered: optionValue(0) }),
    }));
    for (const question of added(flow))
      for (const option of question.options) addRule(flow, test(question, option.value));
    return flow;
  },
  'the last question asked only when every earlier one has its last option': () => {
    const flow = toy();
    addQuestionsToTheCap(flow, (number) => makeQuestion(`q-${number}`, 'one', MAX_OPTIONS));
    const [last, ...earlier] = added(flow).reverse();
    last!.askedWhen = {
      all: earlier.reverse().map((question) => test(question, optionValue(MAX_OPTIONS - 1))),
    };
    last!.assumeIfUnanswered = optionValue(0);
    addRule(flow, test(last!, optionValue(1)));
    return flow;
  },
  'the last question asked when any earlier one has any option but the first, each option a test of its own':
    () => {
      const flow = toy();
      addQuestionsToTheCap(flow, (number) => makeQuestion(`q-${number}`, 'many', MAX_OPTIONS));
      const [last, ...earlier] = added(flow).reverse();
      last!.askedWhen = {
        any: earlier.flatMap((question) =>
          question.options.slice(1).map((option) => test(question, option.value)),
        ),
      };
      last!.assumeIfUnanswered = optionValue(0);
      addRule(flow, test(last!, optionValue(1)));
      return flow;
    },
  'a rule that can never fire, known only at the last question, after questions whose every option is named':
    () => {
      const flow = everyQuestionAtTheCap('many');
      const last = added(flow).at(-1)!;
      addRule(flow, { all: [test(last, optionValue(0)), { not: test(last, optionValue(0)) }] });
      return flow;
    },
  'rules at the deepest nesting over every option of every added question, as many as the file may hold':
    () => {
      const flow = toy();
      addQuestionsToTheCap(flow, (number) => makeQuestion(`q-${number}`, 'many', MAX_OPTIONS));
      const questions = added(flow);
      let values = countValues(flow);
      for (let index = 0; values <= MAX_FILE_VALUES; index += 1) {
        const question = questions[index % questions.length]!;
        const next = questions[(index + 1) % questions.length]!;
        const option = question.options[Math.floor(index / questions.length) % MAX_OPTIONS]!;
        addRule(
          flow,
          nest(
            MAX_CONDITION_DEPTH,
            {
              any: [
                { all: [test(question, option.value), { not: test(next, option.value) }] },
                { all: [test(next, option.value), { not: test(question, option.value) }] },
              ],
            },
            4,
          ),
        );
        values += countValues(flow.rules.at(-1));
      }
      flow.rules.pop();
      return flow;
    },
  'ten thousand rules, each over two questions': () =>
    addRulesOverTwoQuestions(everyQuestionAtTheCap('one'), 10_000, Infinity),
  'as many rules as the file may hold, each over two questions': () =>
    addRulesOverTwoQuestions(everyQuestionAtTheCap('one'), Infinity, MAX_FILE_VALUES),
  'a rule that can never fire, known only at the last question, after a test of every option of every question':
    () => {
      const flow = toy();
      addQuestionsToTheCap(flow, (number) => makeQuestion(`q-${number}`, 'one', MAX_OPTIONS));
      const [last, ...earlier] = added(flow).reverse();
      addRule(flow, {
        all: [
          {
            any: earlier.flatMap((question) =>
              question.options.map((option) => test(question, option.value)),
            ),
          },
          test(last!, optionValue(0)),
          { not: test(last!, optionValue(0)) },
        ],
      });
      return flow;
    },
  'many-choice questions each asked after any option of the one before, each option a test of its own, and a rule that can never fire':
    () => {
      const flow = toy();
      addQuestionsToTheCap(flow, (number, before) => ({
        ...makeQuestion(`q-${number}`, 'many', MAX_OPTIONS),
        ...(number === 1
          ? {}
          : {
              askedWhen: { any: before.options.map((option) => test(before, option.value)) },
              assumeIfUnanswered: optionValue(0),
            }),
      }));
      const last = added(flow).at(-1)!;
      addRule(flow, { all: [test(last, optionValue(0)), { not: test(last, optionValue(0)) }] });
      return flow;
    },
  'a chain of two-option questions, each asked after either answer to the one before, and a rule over all of them that can never fire':
    () => {
      const flow = toy();
      addQuestionsToTheCap(flow, (number, before) => ({
        ...makeQuestion(`q-${number}`, 'one', 2),
        ...(number === 1
          ? {}
          : {
              askedWhen: { any: [test(before, optionValue(0)), test(before, optionValue(1))] },
              assumeIfUnanswered: optionValue(0),
            }),
      }));
      const chain = added(flow);
      const last = chain.at(-1)!;
      addRule(flow, {
        all: [
          { any: chain.slice(0, -1).map((question) => test(question, optionValue(1))) },
          test(last, optionValue(0)),
          { not: test(last, optionValue(0)) },
        ],
      });
      return flow;
    },
};

/** Adds `count` rules, or as many as keep the file within `maxValues` values. */
function addRulesOverTwoQuestions(flow: FlowJson, count: number, maxValues: number): FlowJson {
  const questions = added(flow);
  let values = countValues(flow);
  for (let index = 0; index < count; index += 1) {
    const first = questions[index % questions.length]!;
    const second = questions[(index + 1) % questions.length]!;
    addRule(flow, {
      all: [
        test(first, optionValue(index % MAX_OPTIONS)),
        test(second, optionValue((index * 5) % MAX_OPTIONS)),
      ],
    });
    values += countValues(flow.rules.at(-1));
    if (values > maxValues) {
      flow.rules.pop();
      break;
    }
  }
  return flow;
}

/** The values parseFlow counts against MAX_FILE_VALUES: every text, number, list and object. */
export function countValues(value: unknown): number {
  return value !== null && typeof value === 'object'
    ? Object.values(value).reduce((sum: number, item) => sum + countValues(item), 1)
    : 1;
}
