import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { decidePlan } from '../../../src/engine/decide-plan.ts';
import type { Flow, FlowInput } from '../../../src/engine/flow-schema.ts';
import { parseFlow } from '../../../src/engine/parse-flow.ts';
import { encodeRecordCode, RecordCodeError } from '../../../src/engine/record-code.ts';
import type { KeptFlow } from '../../../src/summary/replay-record.ts';
import { compareReplayedPlans, isUnchanged, replayRecord } from '../../../src/summary/replay-record.ts';

/**
 * Replay on the toy flows of the flow difference report (tests/fixtures/toy-flows):
 * 2.0.0 adds the question `shared` (asked with images; "I don't know" is
 * `not-known`), the route `support` (R5: shared yes), staff concerns (R6) and
 * police at `now` when the child is in danger (R7).
 */
const readToy = (version: string): FlowInput =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/toy-flows/toy-${version}.flow.json`, import.meta.url), 'utf8'),
  ) as FlowInput;
const parseToy = (raw: FlowInput) => parseFlow(raw, 'toy', { searchJourneys: false });
const old = parseToy(readToy('1.0.0'));
const current = parseToy(readToy('2.0.0'));
const keep = (...flows: Flow[]): KeptFlow[] =>
  flows.map((flow) => ({ shortId: flow.shortId, version: flow.version, load: () => flow }));
const kept = keep(old, current);
/** A variant of a toy flow, changed in one way for one test. */
const variant = (version: string, change: (raw: FlowInput) => void) => {
  const raw = readToy(version);
  change(raw);
  return parseToy(raw);
};

const IMAGES_WITH_AN_ADULT: Answers = {
  danger: 'no',
  role: 'staff',
  place: 'north',
  topics: ['images'],
  adult: 'yes',
};
const BULLYING_IN_DANGER: Answers = { danger: 'yes', role: 'lead', place: 'south', topics: ['bullying'] };

const refusal = (code: string, against: Flow = current, flows = kept) => {
  try {
    replayRecord(code, against, flows);
  } catch (error) {
    expect(error).toBeInstanceOf(RecordCodeError);
    return (error as Error).message;
  }
  throw new Error(`${code} was not refused`);
};

describe('replayRecord', () => {
  test('gives the recommendation then, under the recorded version, and now, under the current one', () => {
    const replayed = replayRecord(encodeRecordCode(old, IMAGES_WITH_AN_ADULT), current, kept);
    expect(replayed.recordedWith).toEqual({ id: 'toy', version: '1.0.0' });
    expect(replayed.then.flow).toBe(old);
    expect(replayed.then.answers).toEqual(IMAGES_WITH_AN_ADULT);
    expect(replayed.then.recommendation.actions.map((action) => action.route)).toEqual([
      'tell-lead',
      'police',
    ]);
    expect(replayed.now.flow).toBe(current);
    expect(replayed.now.recommendation.actions.map((action) => action.route)).toEqual([
      'tell-lead',
      'police',
    ]);
  });

  test('takes the answer to assume for a question the record has no answer to, and says so', () => {
    const replayed = replayRecord(encodeRecordCode(old, IMAGES_WITH_AN_ADULT), current, kept);
    expect(replayed.assuming).toEqual({ shared: 'not-known' });
    expect(replayed.now.path).toEqual(['danger', 'role', 'place', 'topics', 'adult', 'shared']);
    expect(replayed.now.answers).toEqual({ ...IMAGES_WITH_AN_ADULT, shared: 'not-known' });
    expect(replayed.differences).toEqual({
      adds: [],
      removes: [],
      urgency: {},
      warnings: { adds: [], removes: [] },
    });
    expect(isUnchanged(replayed.differences)).toBe(true);
  });

  test('flags a route added by the current version, and reads a code in lower case with spaces', () => {
    const code = encodeRecordCode(old, BULLYING_IN_DANGER);
    const replayed = replayRecord(` ${code.toLowerCase().replace(/-/g, ' - ')} `, current, kept);
    expect(replayed.code).toBe(code);
    expect(replayed.then.plan.actions.map((action) => action.route)).toEqual(['call-999', 'report-site']);
    expect(replayed.now.plan.actions.map(({ route, urgency }) => `${route} (${urgency})`)).toEqual([
      'call-999 (now)',
      'police (now)',
      'report-site (next)',
    ]);
    expect(replayed.differences.adds).toEqual(['police']);
    expect(replayed.differences.removes).toEqual([]);
    expect(isUnchanged(replayed.differences)).toBe(false);
  });

  test('replays a code of the current version as itself, with nothing assumed and nothing changed', () => {
    const answers = { ...IMAGES_WITH_AN_ADULT, shared: 'yes' };
    const replayed = replayRecord(encodeRecordCode(current, answers), current, kept);
    expect(replayed.recordedWith.version).toBe('2.0.0');
    expect(replayed.assuming).toEqual({});
    expect(replayed.unused).toEqual([]);
    expect(isUnchanged(replayed.differences)).toBe(true);
    expect(replayed.now.plan).toEqual(decidePlan(current, answers));
  });

  test('lists the recorded answers that the current version no longer asks', () => {
    const withoutPlace = variant('2.0.0', (raw) => {
      raw.questions = raw.questions.filter((question) => question.id !== 'place');
      raw.roles.recordHeader = ['role'];
      raw.roles.areaQuestion = 'role';
      for (const route of raw.routes) {
        delete route.stepsWhen;
        for (const contact of route.contacts ?? []) delete contact.areas;
      }
    });
    const replayed = replayRecord(encodeRecordCode(old, IMAGES_WITH_AN_ADULT), withoutPlace, kept);
    expect(replayed.unused).toEqual(['place']);
    expect(replayed.now.path).not.toContain('place');
  });

  test('compares plans as flow:diff does: routes added and removed, urgencies, order, and warnings', () => {
    const plan = (routes: [string, string][], warnings: string[] = []) => ({
      actions: routes.map(([route, urgency]) => ({ route, urgency, by: 'you' as const, rules: [] })),
      warnings,
      lawNotes: [],
    });
    expect(
      compareReplayedPlans(
        plan(
          [
            ['a', 'now'],
            ['b', 'today'],
            ['c', 'today'],
          ],
          ['w1'],
        ),
        plan(
          [
            ['b', 'now'],
            ['d', 'today'],
            ['c', 'today'],
          ],
          ['w2'],
        ),
      ),
    ).toEqual({
      adds: ['d'],
      removes: ['a'],
      urgency: { b: ['today', 'now'] },
      warnings: { adds: ['w2'], removes: ['w1'] },
    });
    expect(
      compareReplayedPlans(
        plan([
          ['a', 'now'],
          ['b', 'now'],
        ]),
        plan([
          ['b', 'now'],
          ['a', 'now'],
        ]),
      ).reordered,
    ).toBe(true);
  });
});

describe('replayRecord refuses, naming the problem', () => {
  test('a code that cannot be read, or whose check does not match', () => {
    expect(refusal('HELLO')).toMatch(/^This is not a record code: a record code starts with the letters/);
    const code = encodeRecordCode(old, IMAGES_WITH_AN_ADULT);
    const damaged = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    expect(refusal(damaged)).toBe('This code has a typing mistake: check it against your record');
  });

  test('a code of another tool', () => {
    const other = variant('1.0.0', (raw) => {
      raw.shortId = 'ZZ';
    });
    expect(refusal(encodeRecordCode(other, IMAGES_WITH_AN_ADULT))).toBe(
      "This record code is for another tool: it starts ZZ, and this tool's codes start TOY",
    );
  });

  test('a version that is not kept, older or newer than the current one', () => {
    const between = variant('1.0.0', (raw) => {
      raw.version = '1.5.0';
    });
    expect(refusal(encodeRecordCode(between, IMAGES_WITH_AN_ADULT))).toBe(
      'This record code was made with version 1.5.0 of the tool, which is not kept here (kept versions: 1.0.0, 2.0.0)',
    );
    const later = variant('2.0.0', (raw) => {
      raw.version = '10.0.0';
    });
    expect(refusal(encodeRecordCode(later, IMAGES_WITH_AN_ADULT))).toMatch(
      /version 10\.0\.0 of the tool, which is newer than this copy \(version 2\.0\.0\)/,
    );
  });

  test('answers that do not fit the recorded version: the wrong length, unfinished, or off the path', () => {
    const longer = variant('1.0.0', (raw) => {
      raw.questions.push({
        ...raw.questions[0]!,
        id: 'extra',
        title: 'Extra?',
        askedWhen: { question: 'danger', is: 'yes' },
      });
    });
    expect(refusal(encodeRecordCode(longer, IMAGES_WITH_AN_ADULT))).toMatch(
      /does not fit version 1\.0\.0 of the tool/,
    );
    expect(refusal(encodeRecordCode(old, { danger: 'no' }))).toMatch(
      /^The answers in this record code are not a finished journey of version 1\.0\.0/,
    );
    expect(refusal(encodeRecordCode(old, { ...BULLYING_IN_DANGER, adult: 'yes' }))).toMatch(
      /not a finished journey/,
    );
  });

  test('an answer the current version no longer allows, naming the question and the answer', () => {
    const noNorth = variant('2.0.0', (raw) => {
      const place = raw.questions.find((question) => question.id === 'place')!;
      place.options = place.options.filter((option) => option.value !== 'north');
      for (const route of raw.routes) {
        delete route.stepsWhen;
        for (const contact of route.contacts ?? [])
          if (contact.areas) contact.areas = contact.areas.filter((area) => area !== 'north');
        route.contacts = route.contacts?.filter((contact) => contact.areas?.length !== 0);
      }
    });
    expect(refusal(encodeRecordCode(old, IMAGES_WITH_AN_ADULT), noNorth, keep(old, noNorth))).toMatch(
      /^This record cannot be replayed under version 2\.0\.0: its answer to ".+" \(.+\) is not an answer in that version$/,
    );
  });

  test('a question of the current version with no answer to assume', () => {
    const noUncertain = variant('2.0.0', (raw) => {
      // Asked always: parseFlow lets only such a question have no answer to assume.
      const shared = raw.questions.find((question) => question.id === 'shared')!;
      delete shared.askedWhen;
      shared.options = shared.options.filter((option) => option.value !== 'not-known');
    });
    expect(refusal(encodeRecordCode(old, IMAGES_WITH_AN_ADULT), noUncertain, keep(old, noUncertain))).toMatch(
      /it has no answer to ".+", which that version asks, and that question has no answer to assume$/,
    );
  });
});
