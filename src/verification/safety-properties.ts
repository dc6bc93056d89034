import type { Answers } from '../engine/answers.ts';
import type { Flow } from '../engine/flow-schema.ts';
import type { Recommendation } from '../engine/recommend.ts';
import { indexFlow } from '../engine/index-flow.ts';
import type { CompletePath } from './walk-machine-paths.ts';

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

/**
 * The safety properties of ../shared/spec/decision-rules.md, checked on one
 * complete journey. The one list shared by the exhaustive path test, the
 * property tests and `npm run verify:all`.
 */
const has = (answers: Answers, question: string, ...values: string[]) => {
  const answer = answers[question];
  if (answer === undefined) return false;
  return typeof answer === 'string'
    ? values.includes(answer)
    : values.some((value) => answer.includes(value));
};

/** The median of a list of numbers (the lower middle value for an even count). */
export function findMedian(values: number[]): number {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export type Failure = { property: string; path: CompletePath };

/** The names of the safety properties a recommendation breaks for these answers: empty when it keeps them all. */
export function findBrokenProperties(flow: Flow, answers: Answers, recommendation: Recommendation): string[] {
  const broken: string[] = [];
  checkPath(flow, { path: [], answers, recommendation }, (property) => broken.push(property));
  return broken;
}

export function checkPath(flow: Flow, complete: CompletePath, fail: (property: string) => void) {
  const { answers, recommendation } = complete;
  const routes = recommendation.actions.map((action) => action.route);
  const warnings = recommendation.warnings.map((warning) => warning.id);
  const includes = (route: string) => routes.includes(route);
  const sexualImages = has(answers, 'concerns', 'sexual-images');
  const anySexualConcern = has(
    answers,
    'concerns',
    'sexual-images',
    'sexual-communication',
    'sextortion',
    'live-streaming',
  );
  const adultMaybe = has(answers, 'adult-involved', 'yes', 'not-known');

  if (routes.length === 0) fail('every recommendation has at least one action');
  if (new Set(routes).size !== routes.length) fail('a route appears once');
  const { urgencyRank } = indexFlow(flow);
  const ranks = recommendation.actions.map((action) => urgencyRank.get(action.urgency) ?? -1);
  if (ranks.some((rank, index) => index > 0 && rank < ranks[index - 1]!))
    fail('urgency order now, today, next is never broken');
  if (recommendation.actions.some((action) => action.reasons.length === 0 || action.sources.length === 0))
    fail('every action has reasons and sources');

  const danger = has(answers, 'immediate-danger', 'yes', 'not-sure');
  if (danger && routes[0] !== 'emergency-999') fail('danger yes or not-sure puts emergency-999 first');
  if (!danger && includes('emergency-999')) fail('no 999 without immediate danger');
  if (has(answers, 'your-role', 'other-staff') !== includes('tell-safeguarding-lead'))
    fail('staff other than the DSL are told to tell the DSL, and only they');

  if (sexualImages && adultMaybe && (!includes('police') || !includes('childrens-social-care')))
    fail("R3: an adult (or maybe an adult) with sexual images goes to police and children's social care");
  if (adultMaybe && includes('manage-in-setting'))
    fail('an adult involved with sexual images never yields manage-in-setting');
  if (
    has(answers, 'concerns', 'sextortion') &&
    !['ceop', 'childrens-social-care', 'report-remove'].every(includes)
  )
    fail("R5: sextortion goes to CEOP, children's social care and Report Remove");
  if (has(answers, 'concerns', 'sextortion') && includes('manage-in-setting'))
    fail('sextortion is never handled in the setting');
  if (
    has(answers, 'concerns', 'sexual-communication', 'live-streaming') &&
    adultMaybe &&
    (!includes('ceop') || !includes('childrens-social-care'))
  )
    fail("R4: sexual contact by an adult goes to CEOP and children's social care");
  if (
    includes('ceop') &&
    !(
      has(answers, 'concerns', 'sextortion') ||
      (has(answers, 'concerns', 'sexual-communication', 'live-streaming') && adultMaybe)
    )
  )
    fail('CEOP only for sexual contact by an adult or sextortion: never for cyberbullying');
  if (has(answers, 'concerns', 'sexual-images', 'sextortion') && !includes('report-remove'))
    fail('R8: Report Remove for images and sextortion');
  if (adultMaybe && has(answers, 'works-with-children', 'yes', 'not-known') !== includes('lado'))
    fail('R9: the LADO when an adult who may work with children may be involved');
  if (!adultMaybe && includes('lado')) fail('no LADO without an adult');
  if (has(answers, 'concerns', 'terrorist-material') !== includes('report-terrorist-material'))
    fail('R10: terrorist material is reported');
  if (has(answers, 'concerns', 'radicalisation') !== includes('prevent'))
    fail('R11: radicalisation goes to Prevent');
  if (
    has(answers, 'concerns', 'cyberbullying') &&
    !(includes('anti-bullying-response') && includes('report-harmful-content'))
  )
    fail('R12: cyberbullying gets the anti-bullying response and Report Harmful Content');
  if (has(answers, 'threats-or-hate', 'yes') && !includes('police'))
    fail('R13: threats or hate go to the police');
  if (has(answers, 'concerns', 'harmful-content') && !includes('report-harmful-content'))
    fail('R14: harmful content is reported');

  const criteria =
    has(answers, 'coercion-or-blackmail', 'yes', 'not-known') ||
    has(answers, 'unusual-or-violent', 'yes', 'not-known') ||
    (has(answers, 'child-age', 'under-13') && has(answers, 'sexual-acts', 'yes', 'not-known')) ||
    danger;
  if (sexualImages && has(answers, 'adult-involved', 'no')) {
    if (criteria && (!includes('police') || !includes('childrens-social-care')))
      fail("R6: a UKCIS criterion means police and children's social care");
    if (criteria && includes('manage-in-setting'))
      fail('R6: a UKCIS criterion is never handled in the setting alone');
    const handledInSetting =
      !criteria &&
      !has(answers, 'concerns', 'sextortion', 'live-streaming') &&
      !has(answers, 'child-age', '18-or-over');
    if (handledInSetting !== includes('manage-in-setting'))
      fail(
        'R7: only children, no criterion, no sextortion or live-streaming, under 18: handled in the setting, and only then',
      );
  } else if (includes('manage-in-setting')) fail('manage-in-setting only for images shared by children');
  if (
    has(answers, 'concerns', 'sexual-communication', 'live-streaming') &&
    has(answers, 'adult-involved', 'no') &&
    !includes('child-on-child-assessment')
  )
    fail('R16: the DSL assesses child-on-child sexual contact');
  if (
    has(answers, 'concerns', 'live-streaming') &&
    has(answers, 'adult-involved', 'no', 'not-known') &&
    !(includes('police') && includes('childrens-social-care'))
  )
    fail(
      "R18: a child pressured into live-streaming by other children is coerced (UKCIS criterion 2): police and children's social care",
    );
  if (sexualImages && has(answers, 'child-age', '18-or-over') && !includes('police'))
    fail(
      'R19: images taken under 18 are still indecent images of a child: police, even when everyone is now an adult',
    );

  const s67 = /s15A|s67|Serious Crime Act/;
  const citesS67 = recommendation.actions.some(
    (action) =>
      ['ceop', 'police'].includes(action.route) &&
      [...action.reasons, ...action.sources].some((text) => s67.test(text)),
  );
  const s67Applies =
    has(answers, 'concerns', 'sexual-communication') &&
    has(answers, 'adult-involved', 'yes') &&
    has(answers, 'child-age', 'under-13', '13-to-15');
  if (citesS67 !== s67Applies)
    fail('R15: s67 is cited exactly when an adult communicates sexually with a child under 16');

  if (
    has(answers, 'concerns', 'sexual-images', 'sextortion', 'live-streaming') !==
    warnings.includes('do-not-view-imagery')
  )
    fail('do-not-view-imagery accompanies every image concern');
  if (
    has(answers, 'concerns', 'sexual-communication', 'sextortion', 'live-streaming') !==
    warnings.includes('preserve-evidence')
  )
    fail('preserve-evidence accompanies every contact concern');
  if (has(answers, 'child-age', '18-or-over') !== warnings.includes('adult-not-child'))
    fail('18 or over is told the tool is for children');
  if (
    anySexualConcern &&
    warnings.indexOf('do-not-view-imagery') > warnings.indexOf('preserve-evidence') &&
    warnings.includes('preserve-evidence') &&
    warnings.includes('do-not-view-imagery')
  )
    fail('do-not-view-imagery comes before evidence advice');

  const area = typeof answers.area === 'string' ? answers.area : undefined;
  for (const action of recommendation.actions) {
    const route = flow.routes.find((candidate) => candidate.id === action.route);
    if (route?.urgency !== action.urgency) fail("each action has its route's urgency");
    const serving = (route?.contacts ?? []).filter(
      (contact) => !contact.areas || (area !== undefined && contact.areas.includes(area)),
    );
    const shown = action.contact?.entries.map((entry) => `${entry.label}|${entry.value}`) ?? [];
    if (shown.join('\n') !== serving.map((contact) => `${contact.label}|${contact.value}`).join('\n'))
      fail("every contact shown serves the child's area, and none is missing");
    if (action.contact && action.contact.area !== area) fail('contacts are for the chosen area');
  }
}
