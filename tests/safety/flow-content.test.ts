import { describe, expect, it } from 'vitest';
import { readFlowFile } from '../../src/cli/read-flow-file.ts';
import { listConditionQuestions } from '../../src/engine/condition.ts';
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
