import { describe, expect, test } from 'vitest';
import { compareActions } from '../../../src/engine/compare-actions.ts';
import type { Plan } from '../../../src/engine/decide-plan.ts';

describe('compareActions', () => {
  const plan = (...actions: [string, string][]): Plan => ({
    actions: actions.map(([route, urgency]) => ({ route, urgency, by: 'you', rules: [] })),
    warnings: [],
    lawNotes: [],
  });

  test('finds no change when the routes, their order and their urgencies are the same', () => {
    expect(
      compareActions(plan(['a', 'now'], ['b', 'today']), plan(['a', 'now'], ['b', 'today'])),
    ).toBeUndefined();
  });

  test('names routes added, removed and moved to another urgency', () => {
    expect(
      compareActions(
        plan(['a', 'now'], ['b', 'today'], ['c', 'next']),
        plan(['c', 'now'], ['a', 'now'], ['d', 'next']),
      ),
    ).toEqual({
      adds: [{ route: 'd', urgency: 'next' }],
      removes: [{ route: 'b', urgency: 'today' }],
      urgency: { c: ['next', 'now'] },
    });
  });

  test('marks two routes that keep their urgency but swap places as reordered', () => {
    expect(
      compareActions(plan(['a', 'today'], ['b', 'today']), plan(['b', 'today'], ['a', 'today'])),
    ).toEqual({
      adds: [],
      removes: [],
      urgency: {},
      reordered: true,
    });
  });
});
