import { expect } from 'vitest';
import type { Answers } from '../../src/engine/answers.ts';
import type { Flow } from '../../src/engine/flow-schema.ts';
import type { Recommendation } from '../../src/engine/recommend.ts';
import { citeSource, URGENCY_ORDER } from '../../src/engine/recommend.ts';

/**
 * The safety properties of ../shared/spec/decision-rules.md, checked on one
 * complete journey. Each check says which spec rule it guards, so a failure
 * from a random case points straight at the rule it breaks.
 */

const SEXUAL_CONCERNS = ['sexual-images', 'sexual-communication', 'sextortion', 'live-streaming'];
const IMAGERY_CONCERNS = ['sexual-images', 'sextortion', 'live-streaming'];
const EVIDENCE_CONCERNS = ['sexual-communication', 'sextortion', 'live-streaming'];

/** The routes that are statutory referrals or emergency calls: the response an uncertain answer must never lose. */
export const REFERRAL_ROUTES = [
  'emergency-999',
  'tell-safeguarding-lead',
  'police',
  'ceop',
  'childrens-social-care',
  'lado',
  'prevent',
];

export function listConcerns(answers: Answers): readonly string[] {
  const concerns = answers.concerns;
  return concerns === undefined || typeof concerns === 'string' ? [] : concerns;
}

export function checkSafetyProperties(flow: Flow, answers: Answers, recommendation: Recommendation): void {
  const routes = recommendation.actions.map((action) => action.route);
  const warnings = recommendation.warnings.map((warning) => warning.id);
  const concerns = listConcerns(answers);
  const has = (concern: string) => concerns.includes(concern);
  const context = JSON.stringify(answers);

  // R1: immediate danger yes or not sure -> 999, before everything else.
  if (answers['immediate-danger'] === 'yes' || answers['immediate-danger'] === 'not-sure') {
    expect(routes[0], `R1: 999 first for ${context}`).toBe('emergency-999');
  }

  // R2: staff who are not the DSL tell the DSL now.
  if (answers['your-role'] === 'other-staff')
    expect(routes, `R2 for ${context}`).toContain('tell-safeguarding-lead');

  // R3: an adult involved (or not ruled out) with sexual images -> police and children's social care, never handled in the setting.
  if (
    has('sexual-images') &&
    (answers['adult-involved'] === 'yes' || answers['adult-involved'] === 'not-known')
  ) {
    expect(routes, `R3 for ${context}`).toEqual(expect.arrayContaining(['police', 'childrens-social-care']));
    expect(routes, `R3: never manage-in-setting for ${context}`).not.toContain('manage-in-setting');
  }

  // R5: sextortion, whoever the offender is -> police or CEOP, children's social care and Report Remove.
  if (has('sextortion')) {
    expect(routes.includes('ceop') || routes.includes('police'), `R5: police or CEOP for ${context}`).toBe(
      true,
    );
    expect(routes, `R5 for ${context}`).toEqual(
      expect.arrayContaining(['childrens-social-care', 'report-remove']),
    );
    expect(routes, `R5: sextortion is never handled in the setting alone, for ${context}`).not.toContain(
      'manage-in-setting',
    );
  }

  // R9: an adult who works with children -> LADO.
  if (answers['adult-involved'] === 'yes' && answers['works-with-children'] === 'yes')
    expect(routes, `R9 for ${context}`).toContain('lado');

  // R12: CEOP does not take bullying reports: never suggest it for bullying without a sexual concern.
  if (has('cyberbullying') && !SEXUAL_CONCERNS.some(has))
    expect(routes, `R12: never CEOP for ${context}`).not.toContain('ceop');
  if (has('cyberbullying'))
    expect(routes, `R12 for ${context}`).toEqual(
      expect.arrayContaining(['anti-bullying-response', 'report-harmful-content']),
    );

  // Warnings: never view imagery; preserve the evidence; and the imagery warning comes before any evidence advice.
  if (IMAGERY_CONCERNS.some(has))
    expect(warnings, `do-not-view-imagery for ${context}`).toContain('do-not-view-imagery');
  if (EVIDENCE_CONCERNS.some(has))
    expect(warnings, `preserve-evidence for ${context}`).toContain('preserve-evidence');
  if (warnings.includes('do-not-view-imagery') && warnings.includes('preserve-evidence')) {
    expect(
      warnings.indexOf('do-not-view-imagery'),
      `imagery warning before evidence advice for ${context}`,
    ).toBeLessThan(warnings.indexOf('preserve-evidence'));
  }

  // Ordering: now, then today, then next; each route once.
  const ranks = recommendation.actions.map((action) => URGENCY_ORDER.indexOf(action.urgency));
  expect(ranks, `urgency order for ${context}`).toEqual([...ranks].sort((first, second) => first - second));
  expect(new Set(routes).size, `each route once for ${context}`).toBe(routes.length);
  for (const action of recommendation.actions) {
    expect(action.urgency, `urgency of ${action.route}`).toBe(
      flow.routes.find((route) => route.id === action.route)?.urgency,
    );
    expect(action.reasons.length, `${action.route} has a reason`).toBeGreaterThan(0);
    expect(action.sources.length, `${action.route} has a source`).toBeGreaterThan(0);
  }

  // R15: Serious Crime Act 2015 s67 is cited for an adult's sexual communication with a child under 16, and only for under-16s.
  const s67 = flow.sources.find((source) => source.id === 'serious-crime-act-2015-s67');
  if (s67) {
    const citation = citeSource(s67);
    const citing = recommendation.actions.filter(
      (action) =>
        action.sources.includes(citation) || action.reasons.some((reason) => /s67|s15A/.test(reason)),
    );
    const underSixteen = answers['child-age'] === 'under-13' || answers['child-age'] === '13-to-15';
    if (citing.length > 0)
      expect(underSixteen, `R15: s67 cited only for under-16s, for ${context}`).toBe(true);
    if (has('sexual-communication') && answers['adult-involved'] === 'yes' && underSixteen) {
      expect(
        citing.some((action) => action.route === 'ceop' || action.route === 'police'),
        `R15: s67 cited for ${context}`,
      ).toBe(true);
    }
  }

  // Contacts: every contact shown serves the child's area, and a route with contacts for that area shows them.
  const area = typeof answers.area === 'string' ? answers.area : undefined;
  for (const action of recommendation.actions) {
    const route = flow.routes.find((candidate) => candidate.id === action.route)!;
    const serving = (route.contacts ?? []).filter(
      (contact) => !contact.areas || (area !== undefined && contact.areas.includes(area)),
    );
    expect(
      action.contact?.entries.map((entry) => `${entry.label}|${entry.value}`) ?? [],
      `contacts of ${action.route} for area ${area}`,
    ).toEqual(serving.map((contact) => `${contact.label}|${contact.value}`));
    if (action.contact) expect(action.contact.area).toBe(area);
  }
}
