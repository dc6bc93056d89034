import type { AnswerValue, Answers } from '../engine/answers.ts';
import { describeAnswer } from '../engine/check-answer.ts';
import { decidePlan } from '../engine/decide-plan.ts';
import { describeMissingReferrals, describePlanChanges } from '../engine/describe-plan-changes.ts';
import { explainMissingReferrals, findChanges } from '../engine/find-changes.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';
import type { Recommendation } from '../engine/recommend.ts';
import { encodeRecordCode } from '../engine/record-code.ts';
import { formatIsoDateTime } from '../format-date.ts';
import type { RecordNotes } from './record-notes.ts';
import { RECORD_NOTE_FIELDS, RECORD_NOTE_SECTIONS } from './record-notes.ts';
import { wrapText } from './wrap-text.ts';

/** What the user typed, indented under its label so that it cannot be mistaken for the tool's words. */
const TYPED_INDENT = '    ';

/** A sentence ends with one full stop, whatever the text it ends already has. */
function endSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * The plain-text record summary a professional copies into their own records
 * system (CPOMS, MyConcern, or paper), in the shape those records take: who
 * recorded it and when, the concern, what was decided and why, what was ruled
 * out and why, what is still not known, what was done, the child's own words,
 * whether the parents or carers know, and what the advice was based on, with
 * the record code that replays it. It holds only what the user entered and
 * what the tool concluded; the command line and the web app produce the same
 * text. Every line fits in 80 characters (docs/decisions/0014).
 */
export function writeRecordSummary(
  flow: Flow,
  answers: Answers,
  path: readonly string[],
  recommendation: Recommendation,
  recordedAt: Date,
  notes: RecordNotes = {},
): string {
  const { questions, uncertainValues } = indexFlow(flow);
  const labelOf = (questionId: string) => questions.get(questionId)?.summaryLabel ?? questionId;
  const describe = (questionId: string, value: AnswerValue | undefined) => {
    const question = questions.get(questionId);
    return question && value !== undefined ? describeAnswer(question, value).join('; ') : 'not answered';
  };
  const answerOf = (questionId: string) => describe(questionId, answers[questionId]);

  const plan = decidePlan(flow, answers);
  const changes = findChanges(flow, answers, path, plan);

  const lines: string[] = [];
  const add = (text: string, first = '', rest = first) => lines.push(...wrapText(text, first, rest));
  const heading = (text: string) => {
    lines.push('');
    lines.push(text);
  };

  lines.push(`RECORD SUMMARY: ${flow.title.toUpperCase()}`);
  add(`Date and time: ${formatIsoDateTime(recordedAt)}`);
  const roleQuestion = flow.roles.userRole.question;
  // The role only: the tool never asks for anyone's name.
  add(`Recorded by: ${answerOf(roleQuestion)} (role only)`, '', '  ');
  for (const questionId of flow.roles.recordHeader.filter((id) => id !== roleQuestion))
    add(`${labelOf(questionId)}: ${answerOf(questionId)}`, '', '  ');

  heading('THE CONCERN');
  add('The questions asked, in order, and the answers given:');
  path.forEach((questionId, index) => {
    const number = `${index + 1}. `;
    const title = questions.get(questionId)?.title ?? questionId;
    add(`${title} ${endSentence(answerOf(questionId))}`, number, ' '.repeat(number.length));
  });

  heading('DECISIONS AND REASONS');
  if (recommendation.warnings.length > 0) {
    add('Warnings given first:');
    for (const warning of recommendation.warnings) {
      add(warning.title, '! ', '  ');
      for (const item of warning.items) add(item, '  - ', '    ');
    }
    lines.push('');
  }
  add('Actions, in order:');
  const headings = new Map(recommendation.urgencies.map((urgency) => [urgency.id, urgency.heading]));
  const indent = '   ';
  recommendation.actions.forEach((action, index) => {
    const number = `${index + 1}. `;
    add(`[${headings.get(action.urgency) ?? action.urgency}] ${action.title}`, number, indent);
    add(`Who: ${action.who}`, indent, `${indent}  `);
    for (const reason of action.reasons) add(`Why: ${reason}`, indent, `${indent}  `);
    for (const entry of action.contact?.entries ?? []) {
      const hours = entry.hours ? ` (${entry.hours})` : '';
      // First, where a wrapped line cannot split it or push it out of sight.
      const unconfirmed = entry.confirmed ? '' : ' [not confirmed]';
      add(
        `Contact${unconfirmed}: ${entry.label}: ${entry.value}${hours}, last checked ${entry.lastChecked}`,
        indent,
        `${indent}  `,
      );
    }
    for (const item of action.haveReady) add(`Have ready: ${item}`, indent, `${indent}  `);
  });
  if (recommendation.lawNotes.length > 0) {
    lines.push('');
    add('Where the law and guidance have changed since the 2022 procedure:');
    for (const note of recommendation.lawNotes) add(note.title, '- ', '  ');
  }

  // The same words as the page's "Why other referrals are not recommended" and
  // "What would change this plan": one source, so the record never says otherwise.
  heading('WHAT WAS RULED OUT, AND WHY');
  const missing = describeMissingReferrals(flow, answers, explainMissingReferrals(flow, plan, changes));
  if (missing.length === 0) add('Nothing: every referral the tool can make is in the plan above.');
  else add('Referrals not in the plan, and what would bring each in:');
  for (const referral of missing) {
    add(referral.title, '- ', '  ');
    add(referral.text, '  ', '    ');
  }

  heading('OPEN QUESTIONS');
  const unknown = path.filter((questionId) => {
    const value = answers[questionId];
    const chosen = typeof value === 'string' ? [value] : (value ?? []);
    return chosen.some((item) => uncertainValues.has(item));
  });
  const described = describePlanChanges(flow, answers, changes).filter((group) => group.kind === 'not-known');
  if (unknown.length === 0) add('None: no question was answered "I don\'t know" or "I\'m not sure".');
  else add('Answers not known when this was recorded, and what finding out would change:');
  for (const questionId of unknown) {
    add(`${labelOf(questionId)}: ${answerOf(questionId)}.`, '- ', '  ');
    const group = described.find((candidate) => candidate.question === questionId);
    if (!group) add('Finding out would not change the actions.', '  ', '  ');
    for (const line of group?.lines ?? []) add(line.text, '  ', '    ');
  }

  for (const [section, sectionHeading] of Object.entries(RECORD_NOTE_SECTIONS)) {
    heading(sectionHeading);
    for (const field of RECORD_NOTE_FIELDS.filter((candidate) => candidate.section === section)) {
      const value = notes[field.id];
      add(`${field.summaryLabel}:`);
      if (value !== undefined && value.trim() !== '') lines.push(...wrapText(value.trim(), TYPED_INDENT));
    }
  }

  heading('ABOUT THIS RECORD');
  add(`Decision flow: ${recommendation.flow.id} version ${recommendation.flow.version}`);
  add(
    `Procedure encoded: ${recommendation.procedure.title}, as printed ${recommendation.procedure.printedOn}, updated for current law and guidance`,
    '',
    '  ',
  );
  add(
    `Content last checked: ${recommendation.content.lastChecked} (review by ${recommendation.content.reviewBy})`,
  );
  lines.push(`Record code: ${encodeRecordCode(flow, answers)}`);
  add(
    'The record code holds the answers above, never the notes. "Check a record" in the tool shows what it advised then and what it advises now.',
  );
  add('This summary holds only what was entered into the tool. Nothing was sent anywhere.');
  add('The tool supports, and does not replace, professional judgement and local procedures.');
  return `${lines.join('\n')}\n`;
}
