import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { findMainContact, listKnownPlaces, selectContacts } from '../../../src/engine/find-main-contact.ts';
import type { ContactInput, Flow, FlowInput } from '../../../src/engine/flow-schema.ts';
import { FlowError } from '../../../src/engine/parse-flow.ts';
import { recommend } from '../../../src/engine/recommend.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';

// The toy flow (tests/fixtures/README.md): `report` has north-line (phone, north),
// south-email (email, south) and report-website (every area); call-help has help-line.
const reportContacts = (raw: FlowInput) => raw.routes.find((route) => route.id === 'report')!.contacts!;
const contactOf = (raw: FlowInput, id: string) => reportContacts(raw).find((contact) => contact.id === id)!;

/** The toy flow with a main contact for each area: the north line in the north, the website elsewhere. */
function withMainContacts(change: (raw: FlowInput) => void = () => {}): Flow {
  return changeToyFlow((raw) => {
    contactOf(raw, 'north-line').main = true;
    contactOf(raw, 'report-website').main = true;
    change(raw);
  });
}

const mainOf = (flow: Flow, answers: Answers, route = 'report') => {
  const action = recommend(flow, answers).actions.find((candidate) => candidate.route === route)!;
  const found = action.mainContact;
  return found && { main: found.main.id, beside: found.beside.map((entry) => entry.id) };
};

const DSL_NORTH: Answers = { role: 'dsl', area: 'north', worries: ['messages'], adult: 'yes' };
const DSL_SOUTH: Answers = { ...DSL_NORTH, area: 'south' };

describe('listKnownPlaces', () => {
  test('knows where the child lives from the area question, and nothing that was not asked', () => {
    expect([...listKnownPlaces(toyFlow, DSL_SOUTH)]).toEqual([['child-home', 'south']]);
  });

  test('knows a place the flow asks about in roles.placeQuestions', () => {
    const flow = changeToyFlow((raw) => void (raw.roles.placeQuestions = { 'adult-workplace': 'area' }));
    expect([...listKnownPlaces(flow, DSL_NORTH)]).toEqual([
      ['child-home', 'north'],
      ['adult-workplace', 'north'],
    ]);
  });
});

describe('selectContacts', () => {
  const contacts = toyFlow.routes.find((route) => route.id === 'report')!.contacts;

  test("keeps the national contacts and those for the child's area, in the flow's order", () => {
    expect(selectContacts(contacts, new Map([['child-home', 'south']])).map((contact) => contact.id)).toEqual(
      ['south-email', 'report-website'],
    );
  });

  test('keeps every contact decided by a place that was not asked, for the user to choose by its condition', () => {
    const flow = changeToyFlow((raw) => void (contactOf(raw, 'north-line').decidedBy = 'adult-workplace'));
    const report = flow.routes.find((route) => route.id === 'report')!.contacts;
    expect(selectContacts(report, new Map([['child-home', 'south']])).map((contact) => contact.id)).toEqual([
      'north-line',
      'south-email',
      'report-website',
    ]);
    expect(selectContacts(undefined, new Map())).toEqual([]);
  });
});

describe('findMainContact', () => {
  test("chooses the main contact for the child's area over the national one, from the data alone", () => {
    expect(mainOf(withMainContacts(), DSL_NORTH)).toEqual({ main: 'north-line', beside: [] });
    expect(mainOf(withMainContacts(), DSL_SOUTH)).toEqual({ main: 'report-website', beside: [] });
  });

  test('never chooses a contact decided by a place the user was not asked, even with no other number', () => {
    const flow = withMainContacts((raw) => void (contactOf(raw, 'north-line').decidedBy = 'adult-workplace'));
    // The north line is listed, with its condition, but the one tap is the national website.
    expect(mainOf(flow, DSL_NORTH)).toEqual({ main: 'report-website', beside: [] });
    const action = recommend(flow, DSL_NORTH).actions.find((candidate) => candidate.route === 'report')!;
    expect(action.contact!.entries.map((entry) => [entry.id, entry.decidedBy])).toContainEqual([
      'north-line',
      'adult-workplace',
    ]);
  });

  test('chooses it once the flow asks about that place, with no change to the engine', () => {
    const flow = withMainContacts((raw) => {
      contactOf(raw, 'north-line').decidedBy = 'adult-workplace';
      raw.roles.placeQuestions = { 'adult-workplace': 'area' };
    });
    expect(mainOf(flow, DSL_NORTH)).toEqual({ main: 'north-line', beside: [] });
  });

  test('puts the out-of-hours line first beside the main contact, then another way, each for the area', () => {
    const flow = withMainContacts((raw) => {
      const contacts = reportContacts(raw);
      const line = contactOf(raw, 'north-line');
      contacts.push(
        { ...line, id: 'north-other-way', value: '01632 960003', main: undefined, beside: 'alternative' },
        { ...line, id: 'north-night', value: '01632 960002', main: undefined, beside: 'out-of-hours' },
        { ...line, id: 'south-night', areas: ['south'], main: undefined, beside: 'out-of-hours' },
      );
    });
    expect(mainOf(flow, DSL_NORTH)).toEqual({
      main: 'north-line',
      beside: ['north-night', 'north-other-way'],
    });
    expect(mainOf(flow, DSL_SOUTH)).toEqual({ main: 'report-website', beside: ['south-night'] });
  });

  test('gives no main contact to an action whose data names none (it contacts no service)', () => {
    expect(mainOf(toyFlow, DSL_NORTH)).toBeUndefined();
    expect(findMainContact(undefined, new Map())).toBeUndefined();
  });
});

describe('parseFlow checks the contacts that decide the one tap', () => {
  const problemsOf = (change: (raw: FlowInput) => void) => {
    try {
      changeToyFlow(change);
    } catch (error) {
      if (error instanceof FlowError) return error.problems.join('\n');
      throw error;
    }
    return '';
  };
  const mark = (raw: FlowInput, id: string, fields: Partial<ContactInput>) =>
    Object.assign(contactOf(raw, id), fields);

  test('refuses a route with a main contact that leaves an area without one', () => {
    expect(problemsOf((raw) => mark(raw, 'north-line', { main: true }))).toContain(
      "routes[2] (report).contacts: no main contact for 'south'",
    );
  });

  test('refuses two main contacts for the same place and area', () => {
    expect(
      problemsOf((raw) => {
        mark(raw, 'report-website', { main: true });
        reportContacts(raw).push({ ...contactOf(raw, 'report-website'), id: 'second-website' });
      }),
    ).toContain("second-website and report-website are both the main contact for national 'every area'");
  });

  test('refuses a main contact that is not a link, a national contact with areas, and a place without areas', () => {
    expect(problemsOf((raw) => mark(raw, 'south-email', { main: true }))).toContain(
      'a main contact, or one shown beside it, is a phone or a website',
    );
    expect(problemsOf((raw) => mark(raw, 'north-line', { decidedBy: 'national' }))).toContain(
      'a national contact serves every area',
    );
    expect(problemsOf((raw) => mark(raw, 'report-website', { decidedBy: 'adult-workplace' }))).toContain(
      'a contact decided by a place names the areas it serves',
    );
  });

  test('refuses areas that are not answers, and a place question the flow does not have', () => {
    expect(problemsOf((raw) => mark(raw, 'north-line', { areas: ['east'] }))).toContain(
      "'east' is not an answer to the area question 'area'",
    );
    expect(problemsOf((raw) => void (raw.roles.placeQuestions = { setting: 'setting' }))).toContain(
      "roles.placeQuestions.setting: unknown question 'setting'",
    );
  });
});
