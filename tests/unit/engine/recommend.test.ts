import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { recommend } from '../../../src/engine/recommend.ts';
import { flow } from '../../support/flow.ts';

const base: Answers = {
  'immediate-danger': 'no',
  'your-role': 'safeguarding-lead',
  setting: 'education-setting',
  area: 'hampshire',
  'child-age': '13-to-15',
};
const areas = flow.questions
  .find((question) => question.id === 'area')!
  .options.map((option) => option.value);

/** Answers that make every route fire at once, so each route's contacts can be checked in each area. */
const everyRoute: Answers = {
  ...base,
  'immediate-danger': 'yes',
  'your-role': 'other-staff',
  concerns: [
    'sexual-images',
    'sexual-communication',
    'sextortion',
    'live-streaming',
    'terrorist-material',
    'radicalisation',
    'cyberbullying',
    'harmful-content',
  ],
  'adult-involved': 'yes',
  'works-with-children': 'yes',
  'threats-or-hate': 'yes',
};

describe('recommend: contacts for the chosen area', () => {
  test.each(areas)(
    "in %s, every contact shown serves that area, and no other area's contact appears",
    (area) => {
      const recommendation = recommend(flow, { ...everyRoute, area });
      for (const action of recommendation.actions) {
        const route = flow.routes.find((candidate) => candidate.id === action.route)!;
        const expected = (route.contacts ?? [])
          .filter((contact) => !contact.areas || contact.areas.includes(area))
          .map((contact) => contact.value);
        expect(action.contact?.entries.map((entry) => entry.value) ?? [], action.route).toEqual(expected);
        if (action.contact) expect(action.contact.area).toBe(area);
      }
    },
  );

  test("children's social care gives each area its own front door", () => {
    const numbersFor = (area: string) =>
      recommend(flow, { ...everyRoute, area })
        .actions.find((action) => action.route === 'childrens-social-care')!
        .contact!.entries.map((entry) => entry.value);
    expect(numbersFor('hampshire')).toContain('01329 225379');
    expect(numbersFor('isle-of-wight')).toContain('01983 823436');
    expect(numbersFor('portsmouth')).toContain('023 9268 8793');
    expect(numbersFor('southampton')).toContain('023 8083 2300');
    expect(numbersFor('southampton')).not.toContain('01329 225379');
    expect(numbersFor('outside-area').join(' ')).not.toMatch(/\d{4}/);
  });

  test('phone numbers, emails and websites come with links, and every contact with its last-checked date', () => {
    const entries = recommend(flow, { ...everyRoute, area: 'isle-of-wight' }).actions.flatMap(
      (action) => action.contact?.entries ?? [],
    );
    expect(entries.find((entry) => entry.value === '999')?.href).toBe('tel:999');
    expect(entries.find((entry) => entry.value === '01983 823436')?.href).toBe('tel:01983823436');
    expect(entries.find((entry) => entry.value === 'mash@iow.gov.uk')?.href).toBe('mailto:mash@iow.gov.uk');
    expect(entries.find((entry) => entry.kind === 'website')?.href).toMatch(/^https:\/\//);
    for (const entry of entries) expect(entry.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('the wording for the setting changes only the steps, never the actions', () => {
    const images: Answers = {
      ...base,
      concerns: ['sexual-images'],
      'adult-involved': 'no',
      'coercion-or-blackmail': 'no',
      'unusual-or-violent': 'no',
    };
    const school = recommend(flow, images);
    const youthClub = recommend(flow, { ...images, setting: 'other-setting' });
    expect(youthClub.actions.map((action) => action.route)).toEqual(
      school.actions.map((action) => action.route),
    );
    const stepsOf = (recommendation: typeof school) =>
      recommendation.actions.find((action) => action.route === 'manage-in-setting')!.steps.join(' ');
    expect(stepsOf(youthClub)).toMatch(/Other settings, such as youth organisations/);
    expect(stepsOf(school)).not.toMatch(/Other settings, such as youth organisations/);
  });
});

describe('recommend: reasons and sources', () => {
  const grooming = (age: string, adult = 'yes'): Answers => ({
    ...base,
    'child-age': age,
    concerns: ['sexual-communication'],
    'adult-involved': adult,
    'works-with-children': 'no',
  });
  const ceopText = (answers: Answers) => {
    const action = recommend(flow, answers).actions.find((candidate) => candidate.route === 'ceop')!;
    return [...action.reasons, ...action.sources].join(' ');
  };

  test('R15: the CEOP action cites s67 for a child under 16, and not for a child of 16 or 17', () => {
    expect(ceopText(grooming('13-to-15'))).toMatch(/Serious Crime Act 2015 s67/);
    expect(ceopText(grooming('under-13'))).toMatch(/s15A/);
    expect(ceopText(grooming('16-to-17'))).not.toMatch(/s67|s15A/);
    expect(ceopText(grooming('13-to-15', 'not-known'))).not.toMatch(/s67/);
  });

  test('a reason names the answers that made it fire, and says when a fact could not be ruled out', () => {
    const action = recommend(flow, grooming('13-to-15', 'not-known')).actions.find(
      (candidate) => candidate.route === 'ceop',
    )!;
    expect(action.reasons[0]).toMatch(/Adult involved: I don't know/);
    expect(action.reasons[0]).toMatch(/could not be ruled out/);
    expect(action.rules).toEqual(['R4']);
  });

  test('a route added by several rules appears once, with every reason', () => {
    const recommendation = recommend(flow, {
      ...base,
      concerns: ['sexual-images', 'sextortion'],
      'adult-involved': 'yes',
      'works-with-children': 'no',
    });
    const socialCare = recommendation.actions.filter((action) => action.route === 'childrens-social-care');
    expect(socialCare).toHaveLength(1);
    expect(socialCare[0]!.rules).toEqual(['R3', 'R5']);
    expect(socialCare[0]!.reasons).toHaveLength(2);
  });

  test('R7 says that the DSL may escalate at any time', () => {
    const recommendation = recommend(flow, {
      ...base,
      concerns: ['sexual-images'],
      'adult-involved': 'no',
      'coercion-or-blackmail': 'no',
      'unusual-or-violent': 'no',
    });
    const inSetting = recommendation.actions.find((action) => action.route === 'manage-in-setting')!;
    expect(inSetting.reasons[0]).toMatch(/can refer at any time/);
    expect(recommendation.actions.map((action) => action.route)).not.toContain('police');
  });
});

describe('recommend: warnings, law notes and versions', () => {
  test('sextortion adds the advice not to pay to the evidence warning', () => {
    const recommendation = recommend(flow, {
      ...base,
      concerns: ['sextortion'],
      'adult-involved': 'not-known',
      'works-with-children': 'no',
    });
    // The order of the two warnings is checked in tests/safety/flow-content.test.ts.
    const evidence = recommendation.warnings.find((warning) => warning.id === 'preserve-evidence')!;
    expect(evidence.items.join(' ')).toMatch(/not to pay/);
  });

  test('image concerns bring the current-law notes on the replaced sexting guidance and the repealed revenge porn offence', () => {
    const notes = recommend(flow, {
      ...base,
      concerns: ['sexual-images'],
      'adult-involved': 'yes',
      'works-with-children': 'no',
    }).lawNotes.map((note) => note.id);
    expect(notes).toEqual(
      expect.arrayContaining(['sexting-guidance-replaced', 'revenge-porn-repealed', 'police-renamed']),
    );
    const bullying = recommend(flow, {
      ...base,
      concerns: ['cyberbullying'],
      'threats-or-hate': 'no',
    }).lawNotes.map((note) => note.id);
    expect(bullying).not.toContain('revenge-porn-repealed');
  });

  test('carries the flow id and version, the procedure date and the dates of the content used', () => {
    const recommendation = recommend(flow, { ...base, concerns: ['harmful-content'] });
    expect(recommendation.flow).toEqual({ id: flow.id, version: flow.version, title: flow.title });
    expect(recommendation.procedure.printedOn).toBe('2022-05-18');
    expect(recommendation.content.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(recommendation.content.reviewBy >= recommendation.content.lastChecked).toBe(true);
  });
});
