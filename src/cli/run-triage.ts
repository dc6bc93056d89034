import { compileFlow } from '../engine/compile-flow.ts';
import { drawFlowDiagram } from '../diagram/draw-flow-diagram.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { describeAllowedValues, findAnswerProblem } from '../engine/find-answer-problem.ts';
import { replayJourney } from '../engine/replay-journey.ts';
import { ScenarioSchema } from '../verification/scenario-schema.ts';
import { writeRecordSummary } from '../summary/write-record-summary.ts';

export type TriageResult = { status: 0; stdout: string } | { status: 2; stderr: string };

const fail = (message: string): TriageResult => ({
  status: 2,
  stderr: `triage: ${message.replace(/\s*\n\s*/g, ' ')}\n`,
});

/**
 * The command-line triage as a pure function of the scenario text, so that
 * tests run exactly what `npm run triage` runs. Walks the same XState machine
 * as the web app.
 */
export function runTriage(
  flow: Flow,
  scenarioText: string,
  source: string,
  options: { summary?: boolean; now?: Date } = {},
): TriageResult {
  let raw: unknown;
  try {
    raw = JSON.parse(scenarioText);
  } catch (error) {
    return fail(`${source} is not JSON: ${(error as Error).message}`);
  }
  const scenario = ScenarioSchema.safeParse(raw);
  if (!scenario.success) {
    const issue = scenario.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the file';
    return fail(
      `${source} does not match the scenario shape ({"name"?: string, "answers": {question id: value or [values]}}): ${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const problem = findAnswerProblem(flow, scenario.data.answers);
  if (problem) return fail(`${source}: ${problem}`);

  const journey = replayJourney(flow, compileFlow(flow), scenario.data.answers);
  if (!journey.recommendation) {
    const next = journey.next!;
    return fail(
      `${source} does not answer '${next.id}', which this path asks (allowed: ${describeAllowedValues(next)})`,
    );
  }
  if (options.summary) {
    return {
      status: 0,
      stdout: writeRecordSummary(
        flow,
        journey.answers,
        journey.path,
        journey.recommendation,
        options.now ?? new Date(),
      ),
    };
  }
  const { recommendation } = journey;
  const output = {
    flow: recommendation.flow,
    procedure: recommendation.procedure,
    path: journey.path,
    actions: recommendation.actions,
    warnings: recommendation.warnings,
    lawNotes: recommendation.lawNotes,
    content: recommendation.content,
    unused: journey.unused,
  };
  return { status: 0, stdout: `${JSON.stringify(output, null, 2)}\n` };
}

/** `--diagram`: the flow as Mermaid flowchart text, drawn from the same flow the triage runs. Needs no scenario. */
export function runDiagram(flow: Flow): { status: 0; stdout: string } {
  return { status: 0, stdout: drawFlowDiagram(flow) };
}
