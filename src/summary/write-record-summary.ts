import type { Answers } from '../engine/answers.ts';
import type { Flow } from '../engine/flow-schema.ts';
import type { Recommendation } from '../engine/recommend.ts';
import type { RecordNotes } from './record-notes.ts';
import { writeCoreRecord } from './write-core-record.ts';
import { writeReasoningAppendix } from './write-reasoning-appendix.ts';

export type RecordSummaryOptions = {
  /** Add the full reasoning as an appendix: the download, and `triage --summary --full`. */
  full?: boolean;
};

/**
 * The plain-text record summary a professional keeps in their own records
 * system: the core record (what Copy gives and `triage --summary` prints, the
 * same text for the same answers and notes apart from the time), and with
 * `full` the reasoning behind it as an appendix (docs/decisions/0063). It
 * holds only what the user entered and what the tool concluded.
 */
export function writeRecordSummary(
  flow: Flow,
  answers: Answers,
  path: readonly string[],
  recommendation: Recommendation,
  recordedAt: Date,
  notes: RecordNotes = {},
  { full = false }: RecordSummaryOptions = {},
): string {
  const core = writeCoreRecord(flow, answers, path, recommendation, recordedAt, notes);
  if (!full) return core;
  return `${core}\n${writeReasoningAppendix(flow, answers, path, recommendation)}`;
}
