import { describe, expect, test } from 'vitest';
import { runBatch } from '../../../src/cli/run-batch.ts';
import { runTriage } from '../../../src/cli/run-triage.ts';
import { toyFlow } from '../../support/toy-flow.ts';

/**
 * triage --fill-unknown (contracts.md, version 3 additions), on the toy flow
 * (tests/fixtures/README.md): `adult` is asked for messages or pictures and
 * has the uncertain answer `not-sure`; `area` has none.
 */
const scenario = (answers: object) => JSON.stringify({ answers });
const staffMessages = scenario({ role: 'staff', area: 'north', worries: ['messages'] });

describe('triage --fill-unknown', () => {
  test("answers a question the scenario leaves out with its uncertain value, and lists it in 'assuming'", () => {
    const result = runTriage(toyFlow, staffMessages, 'case.json', { fillUnknown: true });
    expect(result.status).toBe(0);
    if (result.status !== 0) return;
    expect(result.output.assuming).toEqual({ adult: 'not-sure' });
    expect(result.output.path).toEqual(['role', 'area', 'worries', 'adult']);
    // 'not-sure' about an adult still brings the lead's report (rule R4): the safer answer.
    expect(result.output.actions.map((action) => action.route)).toContain('report');
  });

  test('without the option, the same scenario still exits 2 naming the question', () => {
    expect(runTriage(toyFlow, staffMessages, 'case.json')).toEqual({
      status: 2,
      error: "case.json does not answer 'adult', which this path asks (allowed: one of: yes, no, not-sure)",
    });
  });

  test("a question without an uncertain answer still stops the triage, named, and a full scenario has an empty 'assuming'", () => {
    const result = runTriage(toyFlow, scenario({ role: 'staff' }), 'case.json', { fillUnknown: true });
    expect(result.status).toBe(2);
    if (result.status === 2) expect(result.error).toMatch(/does not answer 'area'/);
    const full = runTriage(toyFlow, scenario({ role: 'dsl', area: 'south', worries: ['hurt'] }), 'x', {
      fillUnknown: true,
    });
    expect(full.status === 0 && full.output.assuming).toEqual({});
  });

  test('works with --batch: each scenario of the batch is filled', () => {
    const lines = [
      ...runBatch(toyFlow, [{ scenario: 'a.json', read: () => staffMessages }], { fillUnknown: true }),
    ];
    expect(lines).toHaveLength(1);
    expect('result' in lines[0]! && lines[0].result.assuming).toEqual({ adult: 'not-sure' });
  });
});
