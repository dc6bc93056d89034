import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FlowError, canConditionHold, parseFlow } from '../../../src/engine/parse-flow.ts';
import { flow } from '../../support/flow.ts';

const raw = JSON.parse(
  readFileSync(new URL('../../../flows/online-abuse.flow.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('parseFlow', () => {
  test('accepts the real flow and keeps every contract id of decision-rules.md', () => {
    const parsed = parseFlow(raw, 'online-abuse.flow.json');
    expect(parsed.questions.map((question) => question.id)).toEqual([
      'immediate-danger',
      'your-role',
      'setting',
      'area',
      'child-age',
      'concerns',
      'adult-involved',
      'works-with-children',
      'coercion-or-blackmail',
      'unusual-or-violent',
      'sexual-acts',
      'threats-or-hate',
    ]);
    const routes = parsed.routes.map((route) => route.id);
    for (const id of [
      'emergency-999',
      'tell-safeguarding-lead',
      'police',
      'ceop',
      'childrens-social-care',
      'lado',
      'prevent',
      'report-terrorist-material',
      'manage-in-setting',
      'report-remove',
      'anti-bullying-response',
      'report-harmful-content',
    ]) {
      expect(routes).toContain(id);
    }
    expect(parsed.warnings.map((warning) => warning.id)).toEqual(
      expect.arrayContaining(['do-not-view-imagery', 'preserve-evidence']),
    );
    expect(parsed.rules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(Array.from({ length: 16 }, (_, index) => `R${index + 1}`)),
    );
  });

  test('rejects a rule that adds an unknown route, naming the file and the place', () => {
    const broken = structuredClone(raw) as { rules: { add: string[] }[] };
    broken.rules[0]!.add = ['call-batman'];
    expect(() => parseFlow(broken, 'broken.flow.json')).toThrow(FlowError);
    expect(() => parseFlow(broken, 'broken.flow.json')).toThrow(
      /broken\.flow\.json[\s\S]*rules\[0\] \(R1\)\.add\[0\]: unknown route 'call-batman'/,
    );
  });

  test('canConditionHold finds conditions no journey can satisfy', () => {
    expect(canConditionHold(flow, { question: 'sexual-acts', is: ['yes'] })).toBe(true);
    expect(
      canConditionHold(flow, {
        all: [
          { question: 'sexual-acts', is: ['yes'] },
          { question: 'child-age', is: ['16-to-17'] },
        ],
      }),
    ).toBe(false);
  });
});

describe('parseFlow: dates', () => {
  test('refuses a review-by date earlier than the last-checked date, naming the place', () => {
    const broken = structuredClone(raw) as { sources: { reviewBy: string }[] };
    broken.sources[0]!.reviewBy = '2020-01-01';
    expect(() => parseFlow(broken, 'dates.flow.json')).toThrow(
      /sources\[0\]\.reviewBy[\s\S]*must not be earlier than lastChecked|reviewBy must not be earlier than lastChecked[\s\S]*sources\[0\]\.reviewBy/,
    );
  });

  test('says a missing last-checked date is required', () => {
    const broken = structuredClone(raw) as { sources: { lastChecked?: string }[] };
    delete broken.sources[0]!.lastChecked;
    expect(() => parseFlow(broken, 'dates.flow.json')).toThrow(
      /a date is required here[\s\S]*sources\[0\]\.lastChecked|sources\[0\]\.lastChecked[\s\S]*a date is required here/,
    );
  });
});

describe('parseFlow: searchJourneys', () => {
  const neverFires = () => {
    const broken = structuredClone(raw) as { rules: { when: unknown }[] };
    broken.rules[0]!.when = {
      all: [
        { question: 'sexual-acts', is: 'yes' },
        { question: 'child-age', is: '16-to-17' },
      ],
    };
    return broken;
  };

  test('finds a rule that can never fire by default', () => {
    expect(() => parseFlow(neverFires(), 'never.flow.json')).toThrow(
      /rules\[0\] \(R1\)\.when: can never fire/,
    );
  });

  test('can skip the journey search (the browser does, after the build has run it), but still checks shape and ids', () => {
    expect(() => parseFlow(neverFires(), 'never.flow.json', { searchJourneys: false })).not.toThrow();
    const unknownRoute = structuredClone(raw) as { rules: { add: string[] }[] };
    unknownRoute.rules[0]!.add = ['nowhere'];
    expect(() => parseFlow(unknownRoute, 'x.flow.json', { searchJourneys: false })).toThrow(
      /unknown route 'nowhere'/,
    );
  });
});
