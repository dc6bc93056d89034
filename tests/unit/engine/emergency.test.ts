import { describe, expect, test } from 'vitest';
import {
  listEmergencyConditions,
  listEmergencyQuestions,
  needsEmergencyCall,
} from '../../../src/engine/emergency.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';

/** The toy flow's emergency route is call-help, added by R1 when the worries include hurt (tests/fixtures/README.md). */

describe('the emergency route', () => {
  test('is called for by the conditions of the rules that add it', () => {
    expect(listEmergencyConditions(toyFlow)).toEqual([{ question: 'worries', includes: ['hurt'] }]);
  });

  test('is needed as soon as the answers so far call for it', () => {
    expect(needsEmergencyCall(toyFlow, { role: 'staff', area: 'north', worries: ['messages', 'hurt'] })).toBe(
      true,
    );
    expect(needsEmergencyCall(toyFlow, { role: 'staff', area: 'north', worries: ['messages'] })).toBe(false);
    expect(needsEmergencyCall(toyFlow, {})).toBe(false);
  });

  test('opens straight after the questions whose answers can call for it', () => {
    expect(listEmergencyQuestions(toyFlow)).toEqual(new Set(['worries']));
  });

  test("counts a conditional addition of the route with its rule's condition and its own", () => {
    const alsoForAnAdult = changeToyFlow((raw) => {
      raw.rules[4]!.add.push({ route: 'call-help', when: { question: 'adult', is: 'yes' } });
    });
    expect(listEmergencyConditions(alsoForAnAdult)).toEqual([
      { question: 'worries', includes: ['hurt'] },
      {
        all: [
          { question: 'worries', includes: ['messages'] },
          { question: 'adult', is: ['yes'] },
        ],
      },
    ]);
    expect(listEmergencyQuestions(alsoForAnAdult)).toEqual(new Set(['worries', 'adult']));
    expect(needsEmergencyCall(alsoForAnAdult, { worries: ['messages'], adult: 'yes' })).toBe(true);
    expect(needsEmergencyCall(alsoForAnAdult, { worries: ['messages'], adult: 'no' })).toBe(false);
  });

  test('is the route roles.emergencyRoute names, whatever its id', () => {
    const renamed = changeToyFlow((raw) => {
      raw.roles.emergencyRoute = 'ring-now';
      raw.routes[0]!.id = 'ring-now';
      raw.rules[0]!.add = ['ring-now'];
    });
    expect(needsEmergencyCall(renamed, { worries: ['hurt'] })).toBe(true);
    const reportIsTheEmergency = changeToyFlow((raw) => void (raw.roles.emergencyRoute = 'report'));
    expect(listEmergencyQuestions(reportIsTheEmergency)).toEqual(new Set(['adult', 'worries']));
    expect(needsEmergencyCall(reportIsTheEmergency, { worries: ['hurt'] })).toBe(false);
  });
});
