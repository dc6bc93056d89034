import type { Answers } from '../engine/answers.ts';
import { decidePlan } from '../engine/decide-plan.ts';
import type { PlanChange } from '../engine/find-changes.ts';
import { findChanges } from '../engine/find-changes.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';
import { createAnswerWords } from './answer-words.ts';
import type { Recommendation } from '../engine/recommend.ts';
import { encodeRecordCode } from '../engine/record-code.ts';
import { formatRecordTime } from '../format-date.ts';
import type { RecordNotes } from './record-notes.ts';
import { RECORD_NOTE_FIELDS } from './record-notes.ts';
import { SUMMARY_WIDTH, wrapText } from './wrap-text.ts';

/** Continuation lines of what the user typed sit further in than the tool's, so the two are never confused. */
const TYPED_INDENT = '    ';
const ACTION_INDENT = '   ';

/**
 * The changes that finding out an open answer would make, without those that
 * take 999 away: a record must never read as an invitation to find out more
 * before calling 999 (content review F-33).
 */
export function listOpenChanges(flow: Flow, changes: readonly PlanChange[]): PlanChange[] {
  return changes.filter((change) => !change.removes.includes(flow.roles.emergencyRoute));
}

/**
 * The core record: what a records system (CPOMS, MyConcern, paper) needs,
 * short enough to paste and read later, at most 30 lines of 80 characters for
 * a plan of up to 6 actions with notes of a few lines (docs/decisions/0063).
 * In order: when (with its zone) and the flow version, the concern, the
 * answers known (the user's role among them: the tool asks no names), each
 * action with when, by whom and the contact the plan offered for it, the
 * answers not known and what finding them out could do, the user's notes, and
 * the record code. A part with nothing to say is left out. The full reasoning
 * is the appendix (write-reasoning-appendix.ts).
 */
export function writeCoreRecord(
  flow: Flow,
  answers: Answers,
  path: readonly string[],
  recommendation: Recommendation,
  recordedAt: Date,
  notes: RecordNotes = {},
): string {
  const { questions, uncertainValues } = indexFlow(flow);
  const { labelOf, describe } = createAnswerWords(flow);
  const routeShort = (routeId: string) => flow.routes.find((route) => route.id === routeId)?.short ?? routeId;

  const lines: string[] = [`RECORD SUMMARY: ${flow.title.toUpperCase()}`];
  const add = (text: string, first = '', rest = '  ') => lines.push(...wrapText(text, first, rest));

  const { id: flowId, version } = recommendation.flow;
  add(`Date and time: ${formatRecordTime(recordedAt)}. Flow: ${flowId} version ${version}`);
  const open = path.filter((id) => {
    const value = answers[id];
    const chosen = typeof value === 'string' ? [value] : (value ?? []);
    return chosen.some((item) => uncertainValues.has(item));
  });

  // The concern (the answer to the many-choice question about what happened) leads;
  // the answers known follow, in the order asked; those not known are the open questions.
  const concernQuestion = path.find((id) => questions.get(id)?.kind === 'many');
  const concern = concernQuestion
    ? `${labelOf(concernQuestion)}: ${describe(concernQuestion, answers[concernQuestion])}. `
    : '';
  const known = path
    .filter((id) => id !== concernQuestion && !open.includes(id))
    .map((id) => `${labelOf(id)}: ${describe(id, answers[id])}.`);
  // One paragraph, so that a short last line does not cost a line of the 30. The user's role is
  // among the answers, and is all the record says of who made it: the tool asks no one's name.
  add(`${concern}Answers: ${known.join(' ')}`);

  const headings = new Map(recommendation.urgencies.map((urgency) => [urgency.id, urgency.heading]));
  add('Actions, in order (when, by whom, contact):');
  recommendation.actions.forEach((action, index) => {
    const when = headings.get(action.urgency) ?? action.urgency;
    const who = `${action.whoShort.charAt(0).toLowerCase()}${action.whoShort.slice(1)}`;
    const step = `${index + 1}. ${action.short} (${when}, ${who}).`;
    const main = action.mainContact?.main;
    if (!main) {
      add(step, '', ACTION_INDENT);
      return;
    }
    const unconfirmed = main.confirmed ? '' : ' [not confirmed]';
    // The number or link is never split by a wrap; the service's name goes with it where the
    // line has room (the appendix names every contact). Both on the step's line where they fit.
    const contact = `Contact${unconfirmed}: ${main.value}`;
    const named = `${contact}, ${main.label}`;
    const fits = (line: string) => line.length <= SUMMARY_WIDTH;
    if (fits(`${step} ${named}`)) lines.push(`${step} ${named}`);
    else if (fits(`${step} ${contact}`)) lines.push(`${step} ${contact}`);
    else {
      add(step, '', ACTION_INDENT);
      lines.push(
        fits(`${ACTION_INDENT}${named}`) ? `${ACTION_INDENT}${named}` : `${ACTION_INDENT}${contact}`,
      );
    }
  });

  if (open.length > 0) {
    // Only the open questions are tried: the same changes as the page's, at a fraction of the cost.
    const changes = listOpenChanges(flow, findChanges(flow, answers, open, decidePlan(flow, answers)));
    // Each once, with the steps finding it out could add or drop; which answer
    // does which is in the appendix, worded as the page words it.
    const items = open.map((questionId) => {
      const own = changes.filter((change) => change.question === questionId);
      const adds = [...new Set(own.flatMap((change) => change.adds))].map(routeShort);
      const drops = [...new Set(own.flatMap((change) => change.removes))].map(routeShort);
      const effects = [
        ...(adds.length > 0 ? [`add ${adds.join('; ')}`] : []),
        // One step dropped is named; more are counted, to keep the record short.
        ...(drops.length === 1 ? [`drop ${drops[0]}`] : []),
        ...(drops.length > 1 ? [`drop ${drops.length} steps`] : []),
      ];
      return effects.length > 0 ? `${labelOf(questionId)} (${effects.join(', or ')})` : labelOf(questionId);
    });
    // "Not known" stands for both "I don't know" and "I'm not sure": the appendix says which.
    const could = changes.length > 0 ? ', and what finding out could do' : '';
    add(`Open questions (not known${could}): ${items.join('; ')}.`);
  }

  for (const field of RECORD_NOTE_FIELDS) {
    const value = notes[field.id]?.trim();
    if (value) lines.push(...wrapText(`${field.summaryLabel}: ${value}`, '', TYPED_INDENT));
  }

  lines.push(`Record code: ${encodeRecordCode(flow, answers)}`);
  return `${lines.join('\n')}\n`;
}
