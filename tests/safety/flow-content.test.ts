import { describe, expect, it } from 'vitest';
import { readFlowFile } from '../../src/cli/read-flow-file.ts';
import { listConditionQuestions } from '../../src/engine/condition.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';

/**
 * Checks on the words and order of the flow content, for hazards that the
 * decision logic alone cannot show: what the user is told to do with images,
 * how soon the 999 advice can appear, and whether out-of-date law is flagged.
 */

const flow = readFlowFile();

/** Every sentence of advice a user can read in the flow (everything but the questions themselves), with where it is. */
function listSentences(): { place: string; sentence: string }[] {
  const texts: { place: string; text: string }[] = [];
  flow.questions.forEach((question) => {
    if (question.hint) texts.push({ place: `question ${question.id} hint`, text: question.hint });
    for (const option of question.options)
      if (option.hint)
        texts.push({ place: `question ${question.id} option ${option.value}`, text: option.hint });
  });
  for (const route of flow.routes) {
    for (const step of [...route.steps, ...(route.stepsWhen ?? []).map((item) => item.text)])
      texts.push({ place: `route ${route.id}`, text: step });
  }
  for (const warning of flow.warnings) {
    for (const item of [
      warning.title,
      ...warning.items,
      ...(warning.itemsWhen ?? []).map((entry) => entry.text),
    ])
      texts.push({ place: `warning ${warning.id}`, text: item });
  }
  for (const rule of flow.rules) texts.push({ place: `rule ${rule.id}`, text: rule.reason });
  for (const note of flow.lawNotes) texts.push({ place: `law note ${note.id}`, text: note.text });
  return texts.flatMap(({ place, text }) =>
    text.split(/(?<=[.!?])\s+/).map((sentence) => ({ place, sentence })),
  );
}

const BASE_ANSWERS = {
  'immediate-danger': 'no',
  'your-role': 'other-staff',
  setting: 'education-setting',
  area: 'hampshire',
  'child-age': '13-to-15',
};

/** The items of the do-not-view warning as the plan shows them for these answers. */
function imageWarning(answers: Answers): string[] {
  const recommendation = recommend(flow, { ...BASE_ANSWERS, concerns: ['sexual-images'], ...answers });
  return recommendation.warnings.find((warning) => warning.id === 'do-not-view-imagery')!.items;
}

describe('what the user is told about images', () => {
  it('never tells the user to view, copy, save, send or forward images: every such sentence is a prohibition', () => {
    const handling =
      /\b(view|look(ing)? at|cop(y|ies)|screenshots?|forward|download|save|store|print|send|show)\b/i;
    const imagery = /\b(images?|imagery|videos?|material|nudes?)\b/i;
    const prohibition = /\b(never|not|don't)\b/i;
    // The single exception the national guidance makes, worded as a restriction on the DSL.
    const allowed = /^Only in exceptional circumstances may the DSL need to view an image/;
    const offending = listSentences().filter(
      ({ sentence }) =>
        handling.test(sentence) &&
        imagery.test(sentence) &&
        !prohibition.test(sentence) &&
        !allowed.test(sentence),
    );
    expect(offending).toEqual([]);
  });

  it('tells the user not to look at the images wherever a question asks what they show', () => {
    const aboutImages = flow.questions.filter((question) => /\bimages\b/i.test(question.title));
    expect(aboutImages.length).toBeGreaterThan(0);
    for (const question of aboutImages)
      expect(question.hint, question.id).toMatch(/do not look at the images/i);
  });

  it('warns, for every image concern, not to view, copy, share, forward or save images, not to ask a child to send them, and not to delete them', () => {
    const warning = flow.warnings.find((candidate) => candidate.id === 'do-not-view-imagery')!;
    const text = warning.items.join(' ');
    for (const word of ['view', 'copy', 'share', 'forward', 'save']) expect(text).toContain(word);
    expect(text).toMatch(/do not ask a child to send/i);
    expect(text).toMatch(/do not delete/i);
    for (const concern of ['sexual-images', 'sextortion', 'live-streaming']) {
      const recommendation = recommend(flow, {
        ...BASE_ANSWERS,
        concerns: [concern],
        'adult-involved': 'not-known',
        'works-with-children': 'no',
      });
      expect(recommendation.warnings[0]?.id, concern).toBe('do-not-view-imagery');
    }
  });

  it('puts the warning not to view images before the evidence advice', () => {
    const recommendation = recommend(flow, {
      ...BASE_ANSWERS,
      concerns: ['sextortion'],
      'adult-involved': 'not-known',
      'works-with-children': 'no',
    });
    expect(recommendation.warnings.map((warning) => warning.id)).toEqual([
      'do-not-view-imagery',
      'preserve-evidence',
    ]);
  });
});

describe('immediate danger', () => {
  it('is the first question, and the 999 rule reads no other answer, so 999 advice can be given before anything else is asked', () => {
    expect(flow.questions[0]!.id).toBe('immediate-danger');
    expect(flow.questions[0]!.askedWhen).toBeUndefined();
    const emergencyRules = flow.rules.filter((rule) =>
      rule.add.some((addition) => addition.route === 'emergency-999'),
    );
    expect(emergencyRules.length).toBeGreaterThan(0);
    for (const rule of emergencyRules)
      expect(listConditionQuestions(rule.when)).toEqual(['immediate-danger']);
    expect(flow.routes.find((route) => route.id === 'emergency-999')!.urgency).toBe('now');
  });
});

describe('out-of-date law and guidance', () => {
  it('flags where the 2022 procedure is out of date, whenever it applies', () => {
    const images = recommend(flow, {
      ...BASE_ANSWERS,
      concerns: ['sexual-images'],
      'adult-involved': 'yes',
      'works-with-children': 'no',
    });
    expect(images.lawNotes.map((note) => note.id)).toEqual(
      expect.arrayContaining(['sexting-guidance-replaced', 'revenge-porn-repealed', 'police-renamed']),
    );
    const bullying = recommend(flow, {
      ...BASE_ANSWERS,
      concerns: ['cyberbullying'],
      'threats-or-hate': 'no',
    });
    expect(bullying.lawNotes.map((note) => note.id)).toContain('police-renamed');
  });

  it('uses the old names only where a law note explains they are out of date', () => {
    const outdated = [
      /Hampshire Constabulary(?! is now)/,
      // The offence was repealed; the Revenge Porn Helpline (a service for adults) keeps its name.
      /revenge porn(?! Helpline)/i,
      /Sexting in schools/i,
      /Criminal Justice and Courts Act 2015 s33/,
    ];
    const offending = listSentences().filter(
      ({ place, sentence }) =>
        !place.startsWith('law note') && outdated.some((pattern) => pattern.test(sentence)),
    );
    expect(offending).toEqual([]);
  });

  it('gives every source and contact a last-checked and a review-by date, review after check', () => {
    const dated = [...flow.sources, ...flow.routes.flatMap((route) => route.contacts ?? [])];
    for (const item of dated) expect(item.reviewBy > item.lastChecked, item.id).toBe(true);
  });
});

describe('version 2 content: what the spec and the November 2026 research require the words to say', () => {
  const route = (id: string) => flow.routes.find((candidate) => candidate.id === id)!;
  const allText = (id: string) =>
    [...route(id).steps, ...(route(id).stepsWhen ?? []).map((step) => step.text)].join(' ');
  const note = (id: string) => flow.lawNotes.find((candidate) => candidate.id === id)!.text;

  it('words a DSL action for other staff as the DSL\'s, and every action as "You do this" for the DSL', () => {
    expect(flow.roles.actionBy.safeguardingLead).toBe(
      'Your DSL does this today; do it yourself only if no DSL or deputy can be reached today.',
    );
    expect(flow.roles.actionBy.you).toBe('You do this.');
  });

  it('lists what to have ready for every action that contacts a service, and only for those', () => {
    const contacting = [
      'emergency-999',
      'police',
      'ceop',
      'childrens-social-care',
      'lado',
      'prevent',
      'report-terrorist-material',
    ];
    for (const candidate of flow.routes)
      expect((candidate.haveReady ?? []).length > 0, candidate.id).toBe(contacting.includes(candidate.id));
    expect(route('childrens-social-care').haveReady!.join(' ')).toMatch(/date of birth.*address.*school/s);
  });

  it('tells other staff what to do when the concern is about the DSL or the head, with the NSPCC whistleblowing line', () => {
    // 3.0.0 asks who the adult is (F-01); these words stay for someone who does not know yet.
    const tell = allText('tell-safeguarding-lead');
    expect(tell).toMatch(/about the DSL or a deputy, tell the head teacher/);
    expect(tell).toMatch(/chair of governors or the proprietor, or go straight to the LADO/);
    expect(route('tell-safeguarding-lead').contacts!.map((contact) => contact.value)).toContain(
      '0800 028 0285',
    );
  });

  it('gives the LADO its four criteria, "within one working day", and every LADO contact wherever the child lives', () => {
    const lado = allText('lado');
    expect(lado).toMatch(/within one working day/);
    expect(lado).toMatch(
      /harmed a child.*offence against or related to a child.*pose a risk.*not be suitable/s,
    );
    // Shown wherever the child lives: each is national, or decided by where the adult works, which is not asked.
    for (const contact of route('lado').contacts!)
      expect(['national', 'adult-workplace'], contact.id).toContain(contact.decidedBy);
  });

  it('gives support for the child: safe now, not their fault, no secrets, urgent help, and sextortion advice', () => {
    const support = allText('support-child');
    expect(support).toMatch(/safe now/);
    expect(support).toMatch(/not their fault/);
    expect(support).toMatch(/Do not promise to keep it secret/);
    expect(support).toMatch(/NHS 111/);
    expect(support).toMatch(/Childline \(0800 1111\)/);
    expect(support).toMatch(/Papyrus HOPELINE247 \(0800 068 4141\)/);
    expect(support).toMatch(/not to pay/);
  });

  it('keeps device advice to who may take a device: in a school the DSL decides; elsewhere nobody takes it', () => {
    const warnings = flow.warnings
      .flatMap((warning) => (warning.itemsWhen ?? []).map((item) => item.text))
      .join(' ');
    // 3.0.0 (content review F-04, F-06): what to do with the device in your hand now, and with an adult's.
    expect(warnings).toMatch(/If you have the device now: do not look at it and do not hand it back/);
    expect(warnings).toMatch(
      /in a school, switch it off or secure it and take it straight to the DSL\. The DSL .* decides whether to confiscate/,
    );
    expect(warnings).toMatch(
      /outside a school, do not take it or look at it; tell the DSL or the police at once\. Nobody takes a child's device/,
    );
    expect(warnings).toMatch(
      /If an adult, including a member of staff, holds the images: do not approach them or try to take their device; tell the police now/,
    );
    expect(flow.warnings.find((warning) => warning.id === 'preserve-evidence')!.items.join(' ')).toMatch(
      /Do not go through a child's device/,
    );
  });

  it('states the law of November 2026, and marks what is not confirmed', () => {
    expect(note('intimate-image-offences-2026')).toMatch(/Royal Assent 29 April 2026/);
    expect(note('intimate-image-offences-2026')).toMatch(/29 June 2026/);
    expect(note('duty-to-report')).toMatch(/not confirmed: check/);
    expect(note('statutory-guidance')).toMatch(/KCSIE 2026.*not confirmed: check/s);
    expect(allText('report-remove')).toMatch(/Proving their age with ID is optional/);
    expect(allText('police')).toMatch(/CEOP's advice to adults is to call 101/);
    expect(allText('manage-in-setting')).toMatch(/Outcome 21/);
    expect(flow.sources.find((source) => source.id === 'kcsie-2026')!.confirmed).toBe(false);
    expect(flow.sources.find((source) => source.id === 'crime-and-policing-act-2026')!.confirmed).toBe(true);
  });

  it('tells someone who has already seen an image that they did nothing wrong (content review F-05)', () => {
    const items = imageWarning({ 'adult-involved': 'no', 'works-with-children': 'no' }).join(' ');
    expect(items).toMatch(
      /If you have already seen an image .* you have done nothing wrong: tell the DSL you saw it, record that you did, and do not look again/,
    );
  });

  // Decision 0050, second amendment: where the DSL, a deputy or the head is
  // the person of concern, no warning sends the device or the disclosure to "the DSL".
  it.each(['dsl-or-deputy', 'head'])(
    'sends nothing to "the DSL" in the image warning when the concern is about %s',
    (role) => {
      const items = imageWarning({
        concerns: ['staff-conduct', 'sexual-images'],
        'adult-involved': 'yes',
        'staff-role-of-concern': role,
      }).join(' ');
      expect(items).toMatch(
        /you have done nothing wrong: record that you did, tell the person who leads this plan \(never the person the concern is about\)/,
      );
      expect(items).toMatch(
        /give it only to the person who leads this plan .* never to the person the concern is about/,
      );
      expect(items).not.toMatch(/tell the DSL you saw it|straight to the DSL/);
    },
  );

  it('tells a user whose head teacher is also the DSL not to tell the head, whichever role they chose', () => {
    const options = flow.questions.find((question) => question.id === 'staff-role-of-concern')!.options;
    expect(options.find((option) => option.value === 'dsl-or-deputy')!.label).toMatch(
      /who is not the head teacher/,
    );
    expect(options.find((option) => option.value === 'head')!.label).toMatch(/also if they are your DSL/);
    const recommendation = recommend(flow, {
      ...BASE_ANSWERS,
      concerns: ['staff-conduct', 'sexual-images'],
      'adult-involved': 'yes',
      'staff-role-of-concern': 'dsl-or-deputy',
    });
    const first = recommendation.actions[0]!;
    expect(first.route).toBe('tell-head-teacher');
    expect(first.steps.join(' ')).toMatch(
      /If the concern is in fact about your head teacher \(also if they are your DSL\), do not tell them: go back and choose the head teacher as who the adult is, or tell the chair of governors or proprietor, or the LADO, now/,
    );
    // A head who is the DSL is the right person for a concern about a deputy (re-review of 3.1.0, Q1).
    expect(recommendation.actions.map((action) => action.who).join(' ')).not.toMatch(
      /If the head teacher is also your DSL/,
    );
  });

  it('has the police told now, not today, when an adult holds images of a child, by whoever leads or by you (3.1.0)', () => {
    const policeFor = (answers: Answers) =>
      recommend(flow, { ...BASE_ANSWERS, ...answers }).actions.find((action) => action.route === 'police');
    const adultWithImages: Answers = {
      'child-age': '13-to-15',
      concerns: ['sexual-images'],
      'adult-involved': 'yes',
      'works-with-children': 'no',
    };
    for (const answers of [
      adultWithImages,
      { ...adultWithImages, 'adult-involved': 'not-known' },
      { ...adultWithImages, 'your-role': 'safeguarding-lead' },
      { ...adultWithImages, 'works-with-children': 'yes', 'staff-role-of-concern': 'head' },
      { ...adultWithImages, 'works-with-children': 'yes', 'staff-role-of-concern': 'dsl-or-deputy' },
    ]) {
      const police = policeFor(answers)!;
      expect(police.urgency, JSON.stringify(answers)).toBe('now');
      expect([police.who, ...police.steps].join(' '), JSON.stringify(answers)).not.toMatch(/\btoday\b/);
      expect(police.who, JSON.stringify(answers)).toMatch(/You do this|do it yourself now/);
    }
    expect(policeFor({ ...adultWithImages, 'adult-involved': 'yes' })!.steps.join(' ')).toMatch(
      /the police secure their device: do not approach the adult or try to take it/,
    );
    // For a person aged 18 or over, their own agreement comes first: not "now".
    expect(policeFor({ ...adultWithImages, 'child-age': '18-or-over' })!.urgency).toBe('today');
    // The first action's fallback for other staff is "at once" for a "now" referral, not "today" (Q3).
    const first = recommend(flow, { ...BASE_ANSWERS, ...adultWithImages }).actions[0]!;
    expect(first.route).toBe('tell-safeguarding-lead');
    expect(first.steps.join(' ')).toMatch(/those under 'Do this now' at once, the others today/);
    expect(first.steps.join(' ')).not.toMatch(/reached today/);
  });

  it("has CEOP told now when an adult holds a child's images through sextortion or live-streaming (3.1.0)", () => {
    for (const concern of ['sextortion', 'live-streaming']) {
      for (const adult of ['yes', 'not-known']) {
        const answers: Answers = {
          ...BASE_ANSWERS,
          concerns: [concern],
          'adult-involved': adult,
          'works-with-children': 'no',
        };
        const ceop = recommend(flow, answers).actions.find((action) => action.route === 'ceop');
        expect(ceop?.urgency, JSON.stringify(answers)).toBe('now');
        expect(ceop!.who, JSON.stringify(answers)).not.toMatch(/\btoday\b/);
      }
    }
    // An adult asking for images, with none known to be held, stays today.
    const asking = recommend(flow, {
      ...BASE_ANSWERS,
      concerns: ['sexual-communication'],
      'adult-involved': 'yes',
      'works-with-children': 'no',
    });
    expect(asking.actions.find((action) => action.route === 'ceop')!.urgency).toBe('today');
  });

  it("never has the person of concern decide about a child's device in the keep-evidence warning (re-review of 3.1.0, Q4)", () => {
    for (const role of ['dsl-or-deputy', 'head']) {
      const answers: Answers = {
        ...BASE_ANSWERS,
        concerns: ['staff-conduct', 'sexual-communication'],
        'adult-involved': 'yes',
        'staff-role-of-concern': role,
      };
      const items = recommend(flow, answers)
        .warnings.filter((warning) => warning.id === 'preserve-evidence')
        .flatMap((warning) => warning.items)
        .join(' ');
      expect(items, role).toMatch(/do not give a child's device to the person the concern is about/);
      expect(items, role).not.toMatch(/the head teacher or staff they authorise/);
    }
  });

  it('lets only the DSL, once handling it in the setting, ask for supervised deletion (content review F-07)', () => {
    const steps = route('manage-in-setting').steps.join(' ');
    expect(steps).toMatch(
      /the DSL may ask the young people to delete the images from their devices and from cloud accounts, and to confirm they have, in a supervised way in which nobody views the images/,
    );
    expect(steps).toMatch(/Other staff never delete images or ask anyone to delete them/);
  });

  it('shows no telephone number that is not in the research notes', () => {
    const known = new Set([
      '999',
      '101',
      '111',
      '0800 1111',
      '0800 068 4141',
      '0808 800 5000',
      '0800 028 0285',
      '0344 381 4772',
      '0345 6000 459',
      '0800 789 321',
      '0800 011 3764',
      '01329 225379',
      '0300 555 1384',
      '0300 555 1373',
      '01983 823436',
      '01983 823435',
      '023 9268 8793',
      '023 8083 2300',
      '023 8083 3004',
      '023 8023 3344',
      '01962 876364',
    ]);
    const phones = flow.routes.flatMap((candidate) =>
      (candidate.contacts ?? [])
        .filter((contact) => contact.kind === 'phone')
        .map((contact) => contact.value),
    );
    expect(phones.filter((phone) => !known.has(phone))).toEqual([]);
    const inText = listSentences().flatMap(
      ({ sentence }) => sentence.match(/\b0\d{2,4}[ \d]{6,9}\d\b/g) ?? [],
    );
    expect(inText.filter((phone) => !known.has(phone.trim()))).toEqual([]);
    // The old Portsmouth MASH number is never shown (a stressed user could ring it).
    expect(JSON.stringify(flow)).not.toContain('0845 671 0271');
  });
});
