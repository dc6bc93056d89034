import { describe, expect, test } from 'vitest';
import type { ReplayOutput } from '../../../src/cli/run-replay.ts';
import type { Flow } from '../../../src/engine/flow-schema.ts';
import { encodeRecordCode } from '../../../src/engine/record-code.ts';
import { flow } from '../../support/flow.ts';
import { expectRefusal, runTriageInProcess } from '../../support/run-cli.ts';
import { PREVIOUS_FLOW_FILE, previousFlow, SHARED_BETWEEN_PUPILS } from '../../support/previous-record.ts';

/** `npm run --silent triage -- --replay CODE`, as a user runs it, on codes made with the kept versions. */
const replay = (...args: string[]) => runTriageInProcess(['--replay', ...args]);
/** A variant of a flow, to make a code that is well formed and checked but names something else. */
const variant = (of: Flow, change: Partial<Flow>): Flow => ({ ...of, ...change });

const previousCode = encodeRecordCode(previousFlow, SHARED_BETWEEN_PUPILS);

describe('npm run triage -- --replay CODE', () => {
  test('prints the triage under the current flow, the version recorded with, what was assumed and what changed', async () => {
    const result = await replay(previousCode);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as ReplayOutput;
    expect(output.flow).toMatchObject({ id: flow.id, version: flow.version });
    expect(output.recordedWith).toEqual({ id: 'online-abuse', version: '1.1.0' });
    expect(output.assuming).toEqual({ 'shared-without-consent': 'not-known' });
    expect(output.then.actions.map((action) => action.route)).toEqual([
      'tell-safeguarding-lead',
      'manage-in-setting',
      'report-remove',
    ]);
    // Version 2: support for the child, the child-on-child assessment when sharing without agreement is not known, and the DSL's review meeting the same day.
    expect(output.differences).toEqual({
      adds: ['support-child', 'child-on-child-assessment'],
      removes: [],
      urgency: { 'manage-in-setting': ['next', 'today'] },
      warnings: { adds: [], removes: [] },
    });
    expect(output.actions.map((action) => action.route)).toEqual([
      'tell-safeguarding-lead',
      'support-child',
      'child-on-child-assessment',
      'manage-in-setting',
      'report-remove',
    ]);
    expect(output.unused).toEqual([]);
  });

  test('a code of the current version gives the same advice: the differences are empty', async () => {
    const answers = { ...SHARED_BETWEEN_PUPILS, 'shared-without-consent': 'no' };
    const output = JSON.parse((await replay(encodeRecordCode(flow, answers))).stdout) as ReplayOutput;
    expect(output.recordedWith.version).toBe(flow.version);
    expect(output.assuming).toEqual({});
    expect(output.differences).toEqual({
      adds: [],
      removes: [],
      urgency: {},
      warnings: { adds: [], removes: [] },
    });
  });

  test('reads the code as people paste it: the label, en dashes, small letters, O for 0, a full stop', async () => {
    const pasted = `Record code: ${previousCode.replace(/-/g, '\u2013').toLowerCase().replace(/0/g, 'o')}.`;
    const result = await replay(pasted);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as ReplayOutput;
    expect(output.recordedWith).toEqual({ id: 'online-abuse', version: '1.1.0' });
    expect(output.then.actions.map((action) => action.route)).toEqual([
      'tell-safeguarding-lead',
      'manage-in-setting',
      'report-remove',
    ]);
  });

  test('with --flow, replays under that flow instead of the current one', async () => {
    const output = JSON.parse(
      (await replay(previousCode, '--flow', PREVIOUS_FLOW_FILE)).stdout,
    ) as ReplayOutput;
    expect(output.flow.version).toBe('1.1.0');
    expect(output.differences.adds).toEqual([]);
  });
});

describe('npm run triage -- --replay CODE refuses with exit 2 and one line naming the problem', () => {
  test('a code that cannot be read', async () => {
    expect(expectRefusal(await replay('HELLO'))).toBe(
      'triage: This is not a record code: a record code starts with the letters of the tool, such as OA, and a hyphen',
    );
    expect(expectRefusal(await replay('OA-2-0-0-12!4-5678'))).toBe(
      'triage: A record code has only letters A to Z, numbers and hyphens, and this one has "!": check it against your record',
    );
  });

  test('a code whose check is wrong', async () => {
    const damaged = `${previousCode.slice(0, -1)}${previousCode.endsWith('0') ? '1' : '0'}`;
    expect(expectRefusal(await replay(damaged))).toBe(
      'triage: This code has a typing mistake: check it against your record',
    );
  });

  test('a code of a flow that is not kept', async () => {
    expect(expectRefusal(await replay(encodeRecordCode(variant(flow, { shortId: 'ZZ' }), {})))).toBe(
      "triage: This record code is for another tool: it starts ZZ, and this tool's codes start OA",
    );
  });

  test('a version that is not kept', async () => {
    expect(expectRefusal(await replay(encodeRecordCode(variant(flow, { version: '1.5.0' }), {})))).toBe(
      'triage: This record code was made with version 1.5.0 of the tool, which is not kept here (kept versions: 1.1.0, 2.0.0, 3.0.0, 3.1.0)',
    );
    expect(expectRefusal(await replay(encodeRecordCode(variant(flow, { version: '9.0.0' }), {})))).toMatch(
      /^triage: This record code was made with version 9\.0\.0 of the tool, which is newer than this copy/,
    );
  });

  test('answers that do not fit the version: the wrong length, or not a finished journey', async () => {
    const longer = variant(previousFlow, {
      questions: [...previousFlow.questions, ...previousFlow.questions.slice(0, 3)],
    });
    expect(expectRefusal(await replay(encodeRecordCode(longer, SHARED_BETWEEN_PUPILS)))).toMatch(
      /^triage: This record code does not fit version 1\.1\.0 of the tool: it is damaged/,
    );
    expect(expectRefusal(await replay(encodeRecordCode(previousFlow, { 'immediate-danger': 'no' })))).toMatch(
      /^triage: The answers in this record code are not a finished journey of version 1\.1\.0/,
    );
  });

  test('no code, or a code with a scenario file or --summary as well, with the usage', async () => {
    expect(expectRefusal(await runTriageInProcess(['--replay']))).toMatch(
      /^triage: --replay needs a value; usage: /,
    );
    expect(expectRefusal(await replay(previousCode, 'flows/scenarios/racist-threats-online.json'))).toMatch(
      /^triage: give one scenario file, --batch PATH, --diagram or --replay CODE, not a scenario file and --replay; usage: /,
    );
    expect(expectRefusal(await replay(previousCode, '--summary'))).toMatch(
      /--summary goes with one scenario file/,
    );
  });
});
