import type { AnswerValue, Answers } from '../engine/answers.ts';
import { describeAnswer, isAllowedAnswer } from '../engine/check-answer.ts';
import { compareActions } from '../engine/compare-actions.ts';
import { completeWithAssumptions } from '../engine/complete-with-assumptions.ts';
import type { Plan } from '../engine/decide-plan.ts';
import { decidePlan } from '../engine/decide-plan.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';
import type { Recommendation } from '../engine/recommend.ts';
import { decodeRecordAnswers, readRecordCode, RecordCodeError } from '../engine/record-code.ts';
import type { Journey } from '../engine/replay-journey.ts';
import { replayJourney } from '../engine/replay-journey.ts';

/**
 * Replaying a record code (../shared/spec/contracts.md, "Record code and
 * replay"): the recommendation the code's answers got under the version the
 * record was made with ("then"), the one they get under the current version
 * ("now"), and every difference between the two, stated so that none is
 * hidden. Shared by `triage --replay` and the "Check a record" page.
 */

/** A kept flow version (flows/history), read only when a code names it. */
export type KeptFlow = { shortId: string; version: string; load: () => Flow };

/** How the plan now differs from the plan then. Every list is empty when they agree. */
export type ReplayDifferences = {
  /** Routes recommended now and not then, in the order of the plan now. */
  adds: string[];
  /** Routes recommended then and not now, in the order of the plan then. */
  removes: string[];
  /** Routes in both plans at another urgency: route -> [then, now]. */
  urgency: Record<string, [string, string]>;
  /** Routes kept at the same urgency come in another order. */
  reordered?: true;
  /** Warnings given now and not then, and then and not now. */
  warnings: { adds: string[]; removes: string[] };
};

/** One side of a replay: a complete journey of one flow version, its plan and its recommendation. */
export type ReplayedJourney = {
  flow: Flow;
  /** The questions asked, in order, and their answers. */
  path: string[];
  answers: Answers;
  plan: Plan;
  recommendation: Recommendation;
};

export type RecordReplay = {
  /** The code as the tool wrote it, however it was pasted. */
  code: string;
  recordedWith: { id: string; version: string };
  then: ReplayedJourney;
  now: ReplayedJourney;
  /**
   * The answers taken for questions the current version asks and the record
   * has no answer to (questions added since): each question's answer to
   * assume (its "I don't know", or the flow's `assumeIfUnanswered`).
   */
  assuming: Record<string, AnswerValue>;
  /** The record's answers that the current version's path does not ask, in the order they were asked then. */
  unused: string[];
  differences: ReplayDifferences;
};

function finish(flow: Flow, journey: Journey): ReplayedJourney {
  return {
    flow,
    path: journey.path,
    answers: journey.answers,
    plan: decidePlan(flow, journey.answers),
    recommendation: journey.recommendation!,
  };
}

/** Compares semantic versions: negative when `first` is older. */
function compareVersions(first: string, second: string): number {
  const [a, b] = [first, second].map((version) => version.split('.').map(Number));
  for (let index = 0; index < 3; index += 1) {
    const difference = (a![index] ?? 0) - (b![index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The kept flow a code names, or a refusal that says which part did not match. */
function findKeptFlow(
  parts: { shortId: string; version: string },
  current: Flow,
  kept: readonly KeptFlow[],
): KeptFlow {
  const sameTool = kept.filter((entry) => entry.shortId === parts.shortId);
  if (sameTool.length === 0)
    throw new RecordCodeError(
      `This record code is for another tool: it starts ${parts.shortId}, and this tool's codes start ${current.shortId}`,
    );
  const found = sameTool.find((entry) => entry.version === parts.version);
  if (found) return found;
  const versions = sameTool
    .map((entry) => entry.version)
    .sort(compareVersions)
    .join(', ');
  throw new RecordCodeError(
    compareVersions(parts.version, current.version) > 0
      ? `This record code was made with version ${parts.version} of the tool, which is newer than this copy (version ${current.version}): check it with the latest version of the tool`
      : `This record code was made with version ${parts.version} of the tool, which is not kept here (kept versions: ${versions})`,
  );
}

/** How the plan now differs from the plan then: routes, urgencies and order (as flow:diff compares them), and warnings. */
export function compareReplayedPlans(then: Plan, now: Plan): ReplayDifferences {
  const change = compareActions(then, now);
  return {
    adds: change?.adds.map((planned) => planned.route) ?? [],
    removes: change?.removes.map((planned) => planned.route) ?? [],
    urgency: change?.urgency ?? {},
    warnings: {
      adds: now.warnings.filter((warning) => !then.warnings.includes(warning)),
      removes: then.warnings.filter((warning) => !now.warnings.includes(warning)),
    },
    // Last, as before: the JSON of `triage --replay` keeps its key order.
    ...(change?.reordered ? { reordered: true } : {}),
  };
}

/** Whether a replay found no difference at all. */
export function isUnchanged(differences: ReplayDifferences): boolean {
  return (
    differences.adds.length === 0 &&
    differences.removes.length === 0 &&
    Object.keys(differences.urgency).length === 0 &&
    differences.reordered !== true &&
    differences.warnings.adds.length === 0 &&
    differences.warnings.removes.length === 0
  );
}

/**
 * Reads a record code and replays it: under the kept version it names (then)
 * and under `current` (now). Refuses, with a RecordCodeError whose message
 * says what is wrong in words a person can act on, a code that cannot be read
 * or fails its check, names another tool or a version that is not kept, or
 * holds answers that do not make a finished journey of its version or that
 * the current version no longer allows. Questions the current version asks
 * that the record has no answer to take their answer to assume, listed in
 * `assuming`.
 */
export function replayRecord(text: string, current: Flow, kept: readonly KeptFlow[]): RecordReplay {
  const parts = readRecordCode(text);
  const thenFlow = findKeptFlow(parts, current, kept).load();
  const recorded = decodeRecordAnswers(thenFlow, parts);
  const thenJourney = replayJourney(thenFlow, recorded);
  if (!thenJourney.recommendation || thenJourney.unused.length > 0)
    throw new RecordCodeError(
      `The answers in this record code are not a finished journey of version ${thenFlow.version} of the tool: the code is damaged, or was not made by the tool`,
    );

  const currentQuestions = indexFlow(current).questions;
  const thenQuestions = indexFlow(thenFlow).questions;
  const nowAnswers: Record<string, AnswerValue> = {};
  for (const [questionId, value] of Object.entries(thenJourney.answers)) {
    const question = currentQuestions.get(questionId);
    // A question the current version no longer asks: the answer is listed as unused.
    if (!question) continue;
    if (!isAllowedAnswer(question, value)) {
      const asked = thenQuestions.get(questionId)!;
      throw new RecordCodeError(
        `This record cannot be replayed under version ${current.version}: its answer to "${asked.title}" (${describeAnswer(asked, value).join('; ')}) is not an answer in that version`,
      );
    }
    nowAnswers[questionId] = value;
  }
  const completed = completeWithAssumptions(current, nowAnswers);
  if ('unanswerable' in completed)
    throw new RecordCodeError(
      `This record cannot be replayed under version ${current.version}: it has no answer to "${completed.unanswerable.title}", which that version asks, and that question has no answer to assume`,
    );
  const { assuming } = completed;
  const nowJourney = replayJourney(current, completed.answers);

  const then = finish(thenFlow, thenJourney);
  const now = finish(current, nowJourney);
  return {
    code: parts.code,
    recordedWith: { id: thenFlow.id, version: thenFlow.version },
    then,
    now,
    assuming,
    unused: then.path.filter((questionId) => !now.path.includes(questionId)),
    differences: compareReplayedPlans(then.plan, now.plan),
  };
}
