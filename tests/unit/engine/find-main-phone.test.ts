import { describe, expect, test } from 'vitest';
import { findMainPhone } from '../../../src/engine/find-main-phone.ts';
import { recommend } from '../../../src/engine/recommend.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';
import type { Flow } from '../../../src/engine/flow-schema.ts';
import type { Answers } from '../../../src/engine/answers.ts';

function mainPhones(answers: Answers, flow: Flow = toyFlow) {
  return Object.fromEntries(
    recommend(flow, answers).actions.map((action) => {
      const phone = findMainPhone(flow, action);
      return [
        action.route,
        phone && { value: phone.entry.value, href: phone.entry.href, condition: phone.condition },
      ];
    }),
  );
}

// The toy flow (tests/fixtures/README.md): the emergency route call-help has a phone for
// every area; report has something to have ready, a phone in North Toytown only, an
// email in South Toytown; tell-lead and keep-notes have no contacts.
describe('findMainPhone on the toy flow', () => {
  test("the emergency route's phone, and the first phone of an action with something to have ready, for the area", () => {
    expect(mainPhones({ role: 'staff', area: 'north', worries: ['hurt', 'pictures'], adult: 'yes' })).toEqual(
      {
        'call-help': { value: '01632 960000', href: 'tel:01632960000', condition: undefined },
        'tell-lead': undefined,
        report: { value: '01632 960001', href: 'tel:01632960001', condition: undefined },
      },
    );
  });

  test('no phone for the area (South Toytown has only an email), no main phone', () => {
    expect(
      mainPhones({ role: 'dsl', area: 'south', worries: ['messages'], adult: 'yes' }).report,
    ).toBeUndefined();
  });

  test('an action with nothing to have ready contacts no service: its phone is not its main number', () => {
    const flow = changeToyFlow((raw) => {
      const helpLine = raw.routes.find((route) => route.id === 'call-help')!.contacts![0]!;
      raw.routes.find((route) => route.id === 'tell-lead')!.contacts = [
        { ...helpLine, id: 'advice-line', label: 'Advice line' },
      ];
    });
    const answers = { role: 'staff', area: 'north', worries: ['hurt'] };
    const tellLead = recommend(flow, answers).actions.find((action) => action.route === 'tell-lead')!;
    expect(tellLead.contact!.entries.map((entry) => entry.kind)).toEqual(['phone']);
    expect(mainPhones(answers, flow)['tell-lead']).toBeUndefined();
  });

  test('a condition written in the label comes with the number', () => {
    const flow = changeToyFlow((raw) => {
      raw.routes.find((route) => route.id === 'report')!.contacts![0]!.label =
        'North service (if the child lives in the north)';
    });
    expect(
      mainPhones({ role: 'dsl', area: 'north', worries: ['messages'], adult: 'yes' }, flow).report,
    ).toEqual({
      value: '01632 960001',
      href: 'tel:01632960001',
      condition: 'if the child lives in the north',
    });
  });
});
