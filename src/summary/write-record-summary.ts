import type { Answers } from '../engine/answers.ts';
import { describeAnswer } from '../engine/check-answer.ts';
import type { Flow } from '../engine/flow-schema.ts';
import type { Recommendation } from '../engine/recommend.ts';
import { formatIsoDateTime } from '../format-date.ts';
import type { RecordNotes } from './record-notes.ts';
import { RECORD_NOTE_FIELDS } from './record-notes.ts';

function indent(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `    ${line}`)
    .join('\n');
}

function fillIn(label: string, value: string | undefined): string {
  return value && value.trim() !== '' ? `${label}:\n${indent(value)}` : `${label}:`;
}

/**
 * The plain-text record summary a professional copies into their own records
 * (spec section 5). It holds only what the user entered and what the tool
 * concluded; the command line and the web app produce the same text.
 */
export function writeRecordSummary(
  flow: Flow,
  answers: Answers,
  path: readonly string[],
  recommendation: Recommendation,
  recordedAt: Date,
  notes: RecordNotes = {},
): string {
  const questions = new Map(flow.questions.map((question) => [question.id, question]));
  const answerOf = (questionId: string) => {
    const question = questions.get(questionId);
    const value = answers[questionId];
    return question && value !== undefined ? describeAnswer(question, value).join('; ') : 'not answered';
  };
  const lines: string[] = [];
  lines.push(`RECORD SUMMARY: ${flow.title.toUpperCase()}`);
  lines.push(`Date and time: ${formatIsoDateTime(recordedAt)}`);
  for (const questionId of flow.roles.recordHeader)
    lines.push(`${questions.get(questionId)?.summaryLabel ?? questionId}: ${answerOf(questionId)}`);
  lines.push(`Decision flow: ${recommendation.flow.id} version ${recommendation.flow.version}`);
  lines.push(
    `Procedure encoded: ${recommendation.procedure.title}, as printed ${recommendation.procedure.printedOn}, updated for current law and guidance`,
  );
  lines.push(
    `Content last checked: ${recommendation.content.lastChecked} (review by ${recommendation.content.reviewBy})`,
  );
  lines.push('');
  lines.push('QUESTIONS AND ANSWERS');
  path.forEach((questionId, index) => {
    lines.push(`${index + 1}. ${questions.get(questionId)?.title ?? questionId}`);
    lines.push(`   Answer: ${answerOf(questionId)}`);
  });
  lines.push('');
  lines.push('WARNINGS');
  if (recommendation.warnings.length === 0) lines.push('None.');
  for (const warning of recommendation.warnings) {
    lines.push(`! ${warning.title}`);
    for (const item of warning.items) lines.push(`  - ${item}`);
  }
  lines.push('');
  lines.push('ACTIONS, IN ORDER');
  const headings = new Map(recommendation.urgencies.map((urgency) => [urgency.id, urgency.heading]));
  recommendation.actions.forEach((action, index) => {
    lines.push(`${index + 1}. [${headings.get(action.urgency) ?? action.urgency}] ${action.title}`);
    lines.push(`   Who: ${action.who}`);
    for (const reason of action.reasons) lines.push(`   Why: ${reason}`);
    for (const entry of action.contact?.entries ?? []) {
      const hours = entry.hours ? ` (${entry.hours})` : '';
      const unconfirmed = entry.confirmed ? '' : ' [not confirmed]';
      lines.push(
        `   Contact: ${entry.label}: ${entry.value}${hours}${unconfirmed}, last checked ${entry.lastChecked}`,
      );
    }
    for (const item of action.haveReady) lines.push(`   Have ready: ${item}`);
  });
  if (recommendation.lawNotes.length > 0) {
    lines.push('');
    lines.push('CURRENT LAW AND GUIDANCE NOTES');
    for (const note of recommendation.lawNotes) lines.push(`- ${note.title}`);
  }
  lines.push('');
  lines.push('WHAT I DID');
  for (const field of RECORD_NOTE_FIELDS) lines.push(fillIn(field.summaryLabel, notes[field.id]));
  lines.push('');
  lines.push('This summary holds only what was entered into the tool. Nothing was sent anywhere.');
  lines.push('The tool supports, and does not replace, professional judgement and local procedures.');
  return `${lines.join('\n')}\n`;
}
