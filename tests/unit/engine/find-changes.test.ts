import { describe, expect, test } from 'vitest';
import { decidePlan } from '../../../src/engine/decide-plan.ts';
import { explainMissingReferrals, findChanges } from '../../../src/engine/find-changes.ts';
import { toyFlow } from '../../support/toy-flow.ts';

// Worked out by hand from tests/fixtures/README.md.
describe('findChanges on the toy flow', () => {
  test('lists each other answer that changes the routes, with what it adds and removes', () => {
    const answers = { role: 'dsl', area: 'south', worries: ['messages'], adult: 'no' };
    expect(findChanges(toyFlow, answers, ['role', 'area', 'worries', 'adult'])).toEqual([
      { question: 'role', value: 'staff', assuming: {}, adds: ['tell-lead'], removes: [] },
      { question: 'area', value: 'north', assuming: {}, adds: [], removes: ['keep-notes'] },
      { question: 'worries', value: 'hurt', choice: 'added', assuming: {}, adds: ['call-help'], removes: [] },
      { question: 'adult', value: 'yes', assuming: {}, adds: ['report'], removes: [] },
      { question: 'adult', value: 'not-sure', assuming: {}, adds: ['report'], removes: [] },
    ]);
  });

  test('leaves out changes that keep the same routes (adding pictures when no adult is involved)', () => {
    const answers = { role: 'dsl', area: 'south', worries: ['messages'], adult: 'no' };
    const changes = findChanges(toyFlow, answers, ['role', 'area', 'worries', 'adult']);
    expect(changes.some((change) => change.value === 'pictures')).toBe(false);
  });

  test('assumes the uncertain answer for a question the change brings onto the path, and says so', () => {
    const answers = { role: 'staff', area: 'north', worries: ['hurt'] };
    expect(findChanges(toyFlow, answers, ['role', 'area', 'worries'])).toEqual([
      { question: 'role', value: 'dsl', assuming: {}, adds: [], removes: ['tell-lead'] },
      {
        question: 'worries',
        value: 'messages',
        choice: 'added',
        assuming: { adult: 'not-sure' },
        adds: ['report'],
        removes: [],
      },
      {
        question: 'worries',
        value: 'pictures',
        choice: 'added',
        assuming: { adult: 'not-sure' },
        adds: ['report'],
        removes: [],
      },
    ]);
  });

  test('never empties a many-choice answer, and drops the answers a change takes off the path', () => {
    const answers = { role: 'dsl', area: 'north', worries: ['hurt', 'pictures'], adult: 'yes' };
    const changes = findChanges(toyFlow, answers, ['role', 'area', 'worries', 'adult']);
    // Removing pictures leaves hurt only: adult is no longer asked, so report goes.
    expect(changes).toContainEqual({
      question: 'worries',
      value: 'pictures',
      choice: 'removed',
      assuming: {},
      adds: [],
      removes: ['report'],
    });
    expect(
      changes.every(
        (change) => change.question !== 'worries' || change.value !== 'hurt' || change.choice === 'removed',
      ),
    ).toBe(true);
  });
});

describe('explainMissingReferrals on the toy flow', () => {
  test('names each referral the plan lacks, with the changes that would bring it in', () => {
    const answers = { role: 'dsl', area: 'south', worries: ['messages'], adult: 'no' };
    const path = ['role', 'area', 'worries', 'adult'];
    const changes = findChanges(toyFlow, answers, path);
    expect(explainMissingReferrals(toyFlow, decidePlan(toyFlow, answers), changes)).toEqual([
      { route: 'report', broughtInBy: [changes[3], changes[4]] },
    ]);
  });

  test('says nothing of a referral that is in the plan', () => {
    const answers = { role: 'dsl', area: 'south', worries: ['messages'], adult: 'yes' };
    const path = ['role', 'area', 'worries', 'adult'];
    expect(
      explainMissingReferrals(toyFlow, decidePlan(toyFlow, answers), findChanges(toyFlow, answers, path)),
    ).toEqual([]);
  });
});
