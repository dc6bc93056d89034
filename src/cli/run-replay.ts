import type { AnswerValue } from '../engine/answers.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { RecordCodeError } from '../engine/record-code.ts';
import type { KeptFlow, ReplayDifferences } from '../summary/replay-record.ts';
import { replayRecord } from '../summary/replay-record.ts';
import type { TriageOutput } from './run-triage.ts';
import { describeTriage } from './run-triage.ts';

/**
 * What `npm run --silent triage -- --replay CODE` prints (../shared/spec/contracts.md,
 * "Record code and replay"): the triage of the code's answers under the
 * current flow, the version the record was made with, and every difference
 * between what that version recommended and what the current one does.
 */
export type ReplayOutput = TriageOutput & {
  recordedWith: { id: string; version: string };
  /** Empty lists (and no urgency change, no reordering) when the two versions agree. */
  differences: ReplayDifferences;
  /** The answers taken for questions the current flow asks and the record does not answer. */
  assuming: Record<string, AnswerValue>;
  /** What the recorded version recommended: the actions in order and the warnings. */
  then: {
    path: string[];
    actions: { route: string; urgency: string; by: string; title: string }[];
    warnings: string[];
  };
};

export type ReplayResult = { status: 0; output: ReplayOutput } | { status: 2; error: string };

/** Replays a record code; a code that cannot be replayed is the one-line reason (exit status 2). */
export function runReplay(current: Flow, kept: readonly KeptFlow[], code: string): ReplayResult {
  let replayed;
  try {
    replayed = replayRecord(code, current, kept);
  } catch (error) {
    if (error instanceof RecordCodeError) return { status: 2, error: error.message };
    throw error;
  }
  const { then, now } = replayed;
  return {
    status: 0,
    output: {
      ...describeTriage(current, now.recommendation, now.answers, now.path, replayed.unused),
      recordedWith: replayed.recordedWith,
      differences: replayed.differences,
      assuming: replayed.assuming,
      then: {
        path: then.path,
        actions: then.recommendation.actions.map(({ route, urgency, by, title }) => ({
          route,
          urgency,
          by,
          title,
        })),
        warnings: then.recommendation.warnings.map((warning) => warning.id),
      },
    },
  };
}
