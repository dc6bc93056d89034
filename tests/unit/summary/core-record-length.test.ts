import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import type { RecordNotes } from '../../../src/summary/record-notes.ts';
import { SUMMARY_WIDTH } from '../../../src/summary/wrap-text.ts';
import { writeCoreRecord } from '../../../src/summary/write-core-record.ts';
import { flow } from '../../support/flow.ts';
import {
  CORE_RECORD_ACTIONS,
  fingerprintRouteSets,
  readRecordRouteSets,
} from '../../support/record-route-sets.ts';

/** The most lines the core record may take, for a plan of up to 6 actions (issue 17, docs/decisions/0063). */
const MOST_LINES = 30;

/**
 * Notes as a person fills them in at the moment of need (assumed, as the
 * decision records): a line for whom they told, a reference number, a short
 * note, the child's words as a short sentence, and a line on the parents.
 * Each fits on one line of the record; longer notes make it longer, which the
 * record allows: what the user writes is never cut.
 */
const NOTES_AS_A_PERSON_WRITES: RecordNotes = {
  whoTold: 'Told Mrs Patel (DSL) in person at 10:15.',
  referenceNumbers: 'MASH 2026-1203-17',
  notes: 'Child calm; back in class with a TA.',
  childsWords: 'he said send more or he puts them on my insta',
  parentsTold: 'Not yet: the DSL will decide with social care.',
};

const RECORDED_AT = new Date('2026-12-03T18:40:00Z');

describe('the core record fits a records system', () => {
  const listed = readRecordRouteSets();

  test('the list of route sets is there, and made from the flow as it is now', () => {
    const remake =
      'The flow decides differently now: run `node tests/support/write-record-route-sets.ts` and commit the list.';
    expect(listed, remake).toBeDefined();
    expect(listed!.fingerprint, remake).toBe(fingerprintRouteSets(flow));
    expect(listed!.cases.length).toBeGreaterThan(0);
  });

  test(`for every route set of at most ${CORE_RECORD_ACTIONS} actions, in every area, with notes: at most ${MOST_LINES} lines of at most ${SUMMARY_WIDTH} characters`, () => {
    const areas = flow.questions.find((question) => question.id === flow.roles.areaQuestion)!.options;
    // Collected and checked once: an expect per line would take longer than the records.
    const tooLong: string[] = [];
    const tooWide: string[] = [];
    const wrongRoutes: string[] = [];
    let checked = 0;
    const recordIn = (answers: Answers, area: string) => {
      const journey = replayJourney(flow, { ...answers, [flow.roles.areaQuestion]: area });
      const recommendation = journey.recommendation!;
      const text = writeCoreRecord(
        flow,
        journey.answers,
        journey.path,
        recommendation,
        RECORDED_AT,
        NOTES_AS_A_PERSON_WRITES,
      );
      checked += 1;
      return { routes: recommendation.actions.map((action) => action.route).join(' '), text };
    };
    for (const { routes, answers } of listed!.cases) {
      if (routes.length > CORE_RECORD_ACTIONS) wrongRoutes.push(routes.join(' '));
      const [first, ...others] = areas;
      const check = (area: string) => {
        const made = recordIn(answers, area);
        if (made.routes !== routes.join(' '))
          wrongRoutes.push(`${routes.join(' ')} became ${made.routes} in ${area}`);
        const lines = made.text.trimEnd().split('\n');
        if (lines.length > MOST_LINES) tooLong.push(made.text);
        tooWide.push(...lines.filter((line) => line.length > SUMMARY_WIDTH));
        return lines;
      };
      const lines = check(first!.value);
      // The area changes only the contacts and the area's own name: at most one more line for
      // each action whose contact has no line of its own here, and one for the answers. Only a
      // record that could then pass the limit is made in every other area too (the length, not
      // the time, is what is checked).
      const ownContactLines = lines.filter((line) => /^ {3}Contact/.test(line)).length;
      const atMost = lines.length + (routes.length - ownContactLines) + 1;
      if (atMost > MOST_LINES) for (const { value } of others) check(value);
    }
    expect(checked).toBeGreaterThanOrEqual(listed!.cases.length);
    expect(wrongRoutes).toEqual([]);
    expect(tooWide).toEqual([]);
    expect(tooLong.slice(0, 2), `${tooLong.length} records are longer than ${MOST_LINES} lines`).toEqual([]);
  });
});
