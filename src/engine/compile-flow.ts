import { and, assign, setup } from 'xstate';
import type { AnswerValue, Answers } from './answers.ts';
import { isAllowedAnswer, normaliseAnswer } from './check-answer.ts';
import { evaluateCondition } from './condition.ts';
import type { Condition, Flow, Question } from './flow-schema.ts';
import { indexFlow } from './index-flow.ts';
import type { Recommendation } from './recommend.ts';
import { listNextCandidates } from './next-question.ts';
import { recommend } from './recommend.ts';

export type JourneyContext = { answers: Answers };
export type AnswerEvent = { type: 'ANSWER'; question: string; value: AnswerValue };

/** The id of the final state, whose output is the recommendation. */
export const RECOMMENDATION_STATE = 'recommendation';

/**
 * Compiles a flow to an XState machine: one state per question, in flow order,
 * and a final recommendation state. Answering a question moves to the first
 * later question whose `askedWhen` holds; the guards are named and take the
 * flow's conditions as parameters, so the chart reads like the flow.
 */
export function compileFlow(flow: Flow) {
  const { questions } = indexFlow(flow);
  const withAnswer = (context: JourneyContext, event: AnswerEvent): Answers => ({
    ...context.answers,
    [event.question]: event.value,
  });

  const journeySetup = setup({
    types: {
      context: {} as JourneyContext,
      events: {} as AnswerEvent,
      output: {} as Recommendation,
    },
    guards: {
      isAllowedAnswer: ({ event }, params: { question: string }) => {
        const question = questions.get(params.question);
        return (
          question !== undefined &&
          event.question === params.question &&
          isAllowedAnswer(question, event.value)
        );
      },
      isAskedAfterAnswer: ({ context, event }, params: { condition: Condition }) =>
        evaluateCondition(params.condition, withAnswer(context, event)),
    },
    actions: {
      recordAnswer: assign({
        answers: ({ context, event }) => {
          const question = questions.get(event.question);
          return question
            ? { ...context.answers, [event.question]: normaliseAnswer(question, event.value) }
            : context.answers;
        },
      }),
    },
  });

  // The same candidates as findNextQuestion, in the same order: XState takes the first guard that holds.
  const transitionsFrom = (index: number, question: Question) => {
    const allowed = { type: 'isAllowedAnswer' as const, params: { question: question.id } };
    const transitions = listNextCandidates(flow, index).map((later) => ({
      guard:
        later.askedWhen === undefined
          ? allowed
          : and([allowed, { type: 'isAskedAfterAnswer' as const, params: { condition: later.askedWhen } }]),
      target: later.id,
      actions: 'recordAnswer' as const,
    }));
    // When every candidate is asked only sometimes, none may hold: the journey is complete.
    if (transitions.at(-1)?.guard !== allowed)
      transitions.push({ guard: allowed, target: RECOMMENDATION_STATE, actions: 'recordAnswer' as const });
    return transitions;
  };

  const states = Object.fromEntries([
    ...flow.questions.map((question, index) => [
      question.id,
      { on: { ANSWER: transitionsFrom(index, question) } },
    ]),
    [RECOMMENDATION_STATE, { type: 'final' as const }],
  ]) as Record<string, { on?: { ANSWER: ReturnType<typeof transitionsFrom> }; type?: 'final' }>;

  return journeySetup.createMachine({
    id: flow.id,
    initial: flow.questions[0]!.id,
    context: { answers: {} },
    states,
    output: ({ context }) => recommend(flow, context.answers),
  });
}

export type JourneyMachine = ReturnType<typeof compileFlow>;

// Parsed flows are immutable, so each is compiled once, like its index and its conditions.
const machines = new WeakMap<Flow, JourneyMachine>();

/** The flow's machine, compiled on first use and shared by every caller. */
export function machineFor(flow: Flow): JourneyMachine {
  let machine = machines.get(flow);
  if (!machine) {
    machine = compileFlow(flow);
    machines.set(flow, machine);
  }
  return machine;
}
