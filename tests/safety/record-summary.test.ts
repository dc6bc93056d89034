import { describe, expect, it } from 'vitest';
import { readFlowFile } from '../../src/cli/read-flow-file.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { writeRecordSummary } from '../../src/summary/write-record-summary.ts';

const flow = readFlowFile();
const recordedAt = new Date(2026, 10, 24, 9, 5);

const answers = {
  'immediate-danger': 'not-sure',
  'your-role': 'other-staff',
  setting: 'education-setting',
  area: 'southampton',
  'child-age': '13-to-15',
  concerns: ['sexual-images', 'cyberbullying'],
  'adult-involved': 'not-known',
  'works-with-children': 'no',
  'threats-or-hate': 'no',
};

function summarise(given: Record<string, string | string[]>, notes = {}) {
  const journey = replayJourney(flow, given);
  if (!journey.recommendation) throw new Error('the journey should be complete');
  // The download's text: the core record and the full reasoning.
  const text = writeRecordSummary(
    flow,
    journey.answers,
    journey.path,
    journey.recommendation,
    recordedAt,
    notes,
    { full: true },
  );
  // Lines are wrapped at 80 characters: `flat` reads the text as one line, to find sentences that were wrapped.
  return { journey, text, flat: text.replace(/\s+/g, ' ') };
}

describe('the record summary', () => {
  it('records the flow id and version and the date the content used was last checked', () => {
    const { journey, text, flat } = summarise(answers);
    const { content } = journey.recommendation!;
    expect(text).toContain(`Decision flow: ${flow.id} version ${flow.version}`);
    expect(text).toContain(`Content last checked: ${content.lastChecked} (review by ${content.reviewBy})`);
    expect(content.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(flat).toContain(`as printed ${flow.procedure.printedOn}`);
  });

  it('lists every question on the path with its answer, in order, and every action and warning', () => {
    const { journey, flat: text } = summarise(answers);
    let position = 0;
    for (const questionId of journey.path) {
      const title = flow.questions.find((question) => question.id === questionId)!.title;
      const found = text.indexOf(title, position);
      expect(found, `question '${questionId}' in order`).toBeGreaterThan(position - 1);
      position = found;
    }
    for (const action of journey.recommendation!.actions) expect(text).toContain(action.title);
    for (const warning of journey.recommendation!.warnings) expect(text).toContain(warning.title);
    expect(text).not.toContain('not answered');
  });

  it('lists actions in the order the person should act, urgent ones first', () => {
    const { text } = summarise(answers);
    const urgencies = [...text.matchAll(/^\d+\. \[(Do this now|Today|Next steps)\]/gm)].map(
      (match) => match[1],
    );
    expect(urgencies[0]).toBe('Do this now');
    const rank = { 'Do this now': 0, Today: 1, 'Next steps': 2 } as const;
    const ranks = urgencies.map((urgency) => rank[urgency as keyof typeof rank]);
    expect(ranks).toEqual([...ranks].sort((first, second) => first - second));
  });

  it('leaves out answers to questions the path no longer asks', () => {
    const changed = { ...answers, concerns: ['harmful-content'], 'targeted-or-encouraged': 'no' };
    const { journey, text } = summarise(changed);
    expect(journey.unused).toEqual(['adult-involved', 'works-with-children', 'threats-or-hate']);
    for (const questionId of journey.unused) {
      expect(text).not.toContain(flow.questions.find((question) => question.id === questionId)!.title);
    }
  });

  it('holds the notes exactly as typed, as plain text, and nothing the user did not enter', () => {
    const typed = '<script>alert(1)</script> called MASH 10:05 ref 1234';
    const { text, flat } = summarise(answers, { whoTold: typed });
    // After its label, wrapped at 80 characters with the lines after the first set in by four spaces.
    expect(text.replace(/\n {4}/g, ' ')).toContain(`Who I told or called, and when: ${typed}\n`);
    expect(flat).toContain(
      'The tool supports, and does not replace, professional judgement and local procedures.',
    );
  });
});
