import type { Answers } from '../engine/answers.ts';
import { decidePlan } from '../engine/decide-plan.ts';
import { describeMissingReferrals, describePlanChanges } from '../engine/describe-plan-changes.ts';
import { explainMissingReferrals, findChanges } from '../engine/find-changes.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';
import { createAnswerWords } from './answer-words.ts';
import type { Recommendation } from '../engine/recommend.ts';
import { listOpenChanges } from './write-core-record.ts';
import { wrapText } from './wrap-text.ts';

/** A sentence ends with one full stop, whatever the text it ends already has. */
function endSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The appendix's first line: the download and `--summary --full` put it after the core record. */
export const APPENDIX_TITLE = 'APPENDIX: THE FULL REASONING';

/**
 * The full reasoning behind the core record, for the download and
 * `triage --summary --full`: each question as asked with its answer, the
 * warnings, each action with who, why (rule by rule), every contact and what
 * to have ready, the law notes, what was ruled out and why, what finding out
 * each open answer would change, and what the advice was based on. The same
 * words as the page's, from the engine, so the record never says otherwise.
 * Every section stays, saying when it is empty, so a reader knows nothing was
 * left out (docs/decisions/0014, 0063). Every line fits in 80 characters.
 */
export function writeReasoningAppendix(
  flow: Flow,
  answers: Answers,
  path: readonly string[],
  recommendation: Recommendation,
): string {
  const { questions, uncertainValues } = indexFlow(flow);
  const { labelOf, describe } = createAnswerWords(flow);
  const answerOf = (questionId: string) => describe(questionId, answers[questionId]);

  const plan = decidePlan(flow, answers);
  const changes = findChanges(flow, answers, path, plan);

  const lines: string[] = [];
  const add = (text: string, first = '', rest = first) => lines.push(...wrapText(text, first, rest));
  const heading = (text: string) => {
    lines.push('');
    lines.push(text);
  };

  lines.push(APPENDIX_TITLE);

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
  // Never a change that takes 999 away (content review F-33), as in the core record.
  const openChanges = listOpenChanges(flow, changes);
  const described = describePlanChanges(flow, answers, openChanges).filter(
    (group) => group.kind === 'not-known',
  );
  if (unknown.length === 0) add('None: no question was answered "I don\'t know" or "I\'m not sure".');
  else add('Answers not known when this was recorded, and what finding out would change:');
  for (const questionId of unknown) {
    add(`${labelOf(questionId)}: ${answerOf(questionId)}.`, '- ', '  ');
    const group = described.find((candidate) => candidate.question === questionId);
    const suppressed = changes.some(
      (change) => change.question === questionId && !openChanges.includes(change),
    );
    if (!group && !suppressed) add('Finding out would not change the actions.', '  ', '  ');
    for (const line of group?.lines ?? []) add(line.text, '  ', '    ');
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
  add(
    'The record code holds the answers, never the notes. "Check a record" in the tool shows what it advised then and what it advises now.',
  );
  add('This summary holds only what was entered into the tool. Nothing was sent anywhere.');
  add('The tool supports, and does not replace, professional judgement and local procedures.');
  return `${lines.join('\n')}\n`;
}
