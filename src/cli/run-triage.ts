import { findChanges } from '../engine/find-changes.ts';
import type { PlanChange } from '../engine/find-changes.ts';
import type { AnswerValue, Answers } from '../engine/answers.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { describeAllowedValues, findAnswerProblem } from '../engine/find-answer-problem.ts';
import type { Recommendation } from '../engine/recommend.ts';
import { replayJourney } from '../engine/replay-journey.ts';
import type { RecordNotes } from '../summary/record-notes.ts';
import type { RecordSummaryOptions } from '../summary/write-record-summary.ts';
import { writeRecordSummary } from '../summary/write-record-summary.ts';
import { ScenarioSchema } from '../verification/scenario-schema.ts';
import { describeInput } from '../engine/describe-input.ts';
import { describeJsonError } from './describe-json-error.ts';

/** What `npm run --silent triage -- FILE` prints, as JSON (../shared/spec/contracts.md). */
export type TriageOutput = {
  flow: Recommendation['flow'];
  procedure: Recommendation['procedure'];
  /** The questions asked, in order. */
  path: string[];
  /** In the order to act: now, today, next. */
  actions: Recommendation['actions'];
  warnings: Recommendation['warnings'];
  lawNotes: Recommendation['lawNotes'];
  content: Recommendation['content'];
  /** Answered questions that this path never asks. */
  unused: string[];
  /** With --fill-unknown: each question on the path the scenario did not answer, with the uncertain answer taken for it. */
  assuming?: Record<string, AnswerValue>;
  /**
   * What would change the plan: each other answer to a question on the path
   * (for a many-choice question, each value added or removed) that changes the
   * set of routes, with the answers assumed for questions it brings onto the
   * path. Rerunning the triage with `question` changed and `assuming` added
   * gives exactly the routes, plus `adds`, minus `removes`.
   */
  changes: PlanChange[];
};

/**
 * A triage that ran, with its output and the record summary for the same
 * answers; or the one-line reason it could not run (exit status 2).
 */
export type TriageResult =
  | {
      status: 0;
      output: TriageOutput;
      /**
       * The record summary stamped `now`: the core record, or with `full` the reasoning as an
       * appendix too. The command line has no notes; the web app adds the user's.
       */
      writeSummary: (now: Date, notes?: RecordNotes, options?: RecordSummaryOptions) => string;
    }
  | { status: 2; error: string };

/** The triage's JSON for a finished journey. */
export function describeTriage(
  flow: Flow,
  recommendation: Recommendation,
  answers: Answers,
  path: readonly string[],
  unused: readonly string[],
): TriageOutput {
  return {
    flow: recommendation.flow,
    procedure: recommendation.procedure,
    path: [...path],
    actions: recommendation.actions,
    warnings: recommendation.warnings,
    lawNotes: recommendation.lawNotes,
    content: recommendation.content,
    unused: [...unused],
    changes: findChanges(flow, answers, path),
  };
}

const fail = (message: string): TriageResult => ({ status: 2, error: message.replace(/\s*\n\s*/g, ' ') });

/**
 * The command-line triage of one scenario, a pure function of the scenario
 * text: walks the same XState machine as the web app. `source` names the
 * scenario in messages (a file, a line of a batch, or standard input), as
 * `describeInput` gives it.
 */
export function runTriage(
  flow: Flow,
  scenarioText: string,
  source: string,
  { fillUnknown = false }: { fillUnknown?: boolean } = {},
): TriageResult {
  let raw: unknown;
  try {
    raw = JSON.parse(scenarioText);
  } catch (error) {
    return fail(`${source} is not JSON: ${describeJsonError(error as Error, scenarioText)}`);
  }
  const scenario = ScenarioSchema.safeParse(raw);
  if (!scenario.success) {
    const issue = scenario.error.issues[0];
    const where =
      issue && issue.path.length > 0
        ? issue.path.map((key) => describeInput(String(key))).join('.')
        : 'the file';
    return fail(
      `${source} does not match the scenario shape ({"name"?: string, "answers": {question id: value or [values]}}): ${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const problem = findAnswerProblem(flow, scenario.data.answers);
  if (problem) return fail(`${source}: ${problem}`);

  // --fill-unknown (contracts.md, version 3): a question left unanswered takes its "I don't know",
  // the answer that never lowers the response; one without such an answer still stops the triage.
  const answers: Record<string, AnswerValue> = { ...scenario.data.answers };
  const assuming: Record<string, AnswerValue> = {};
  let journey = replayJourney(flow, answers);
  while (!journey.recommendation && fillUnknown) {
    const next = journey.next!;
    const uncertain = next.options.find((option) => flow.roles.uncertainValues.includes(option.value));
    if (!uncertain) break;
    answers[next.id] = next.kind === 'many' ? [uncertain.value] : uncertain.value;
    assuming[next.id] = uncertain.value;
    journey = replayJourney(flow, answers);
  }
  const { recommendation } = journey;
  if (!recommendation) {
    const next = journey.next!;
    return fail(
      `${source} does not answer '${next.id}', which this path asks (allowed: ${describeAllowedValues(next)})`,
    );
  }
  const output = describeTriage(flow, recommendation, journey.answers, journey.path, journey.unused);
  if (fillUnknown) output.assuming = assuming;
  return {
    status: 0,
    output,
    writeSummary: (now, notes, options) =>
      writeRecordSummary(flow, journey.answers, journey.path, recommendation, now, notes, options),
  };
}
