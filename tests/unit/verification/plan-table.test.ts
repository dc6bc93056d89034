import { describe, expect, test } from 'vitest';
import type { Plan } from '../../../src/engine/decide-plan.ts';
import { createPlanTable, samePlan } from '../../../src/verification/plan-table.ts';

const plan: Plan = {
  actions: [
    { route: 'call-help', urgency: 'now', by: 'you', rules: ['R1'] },
    { route: 'report', urgency: 'today', by: 'safeguarding-lead', lead: 'head-teacher', rules: ['R3', 'R4'] },
  ],
  warnings: ['w1', 'w2'],
  lawNotes: ['n1'],
};

/** The plan with one field changed, for each field the checks can read. */
const variants: [string, Plan][] = [
  ['route', { ...plan, actions: [{ ...plan.actions[0]!, route: 'tell-lead' }, plan.actions[1]!] }],
  ['urgency', { ...plan, actions: [{ ...plan.actions[0]!, urgency: 'today' }, plan.actions[1]!] }],
  ['doer', { ...plan, actions: [{ ...plan.actions[0]!, by: 'safeguarding-lead' }, plan.actions[1]!] }],
  ['lead', { ...plan, actions: [plan.actions[0]!, { ...plan.actions[1]!, lead: undefined }] }],
  ['rules', { ...plan, actions: [plan.actions[0]!, { ...plan.actions[1]!, rules: ['R3'] }] }],
  ['action order', { ...plan, actions: [plan.actions[1]!, plan.actions[0]!] }],
  ['an action fewer', { ...plan, actions: [plan.actions[0]!] }],
  ['warnings', { ...plan, warnings: ['w2', 'w1'] }],
  ['law notes', { ...plan, lawNotes: [] }],
];

describe('the plan table', () => {
  test('gives an equal plan, built afresh, the same number', () => {
    const table = createPlanTable();
    expect(table.numberOf(plan)).toBe(0);
    expect(table.numberOf(structuredClone(plan))).toBe(0);
    expect(table.plans).toEqual([plan]);
  });

  test.each(variants)('gives a plan differing only in %s a new number', (_field, variant) => {
    const table = createPlanTable();
    table.numberOf(plan);
    expect(samePlan(plan, variant)).toBe(false);
    expect(table.numberOf(variant)).toBe(1);
    expect(table.numberOf(plan)).toBe(0);
  });
});
