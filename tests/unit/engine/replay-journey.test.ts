import { describe, expect, test } from 'vitest';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import { flow, machine } from '../../support/flow.ts';

const complete = {
  'immediate-danger': 'no',
  'your-role': 'safeguarding-lead',
  setting: 'education-setting',
  area: 'southampton',
  'child-age': '13-to-15',
  concerns: ['cyberbullying'],
  'threats-or-hate': 'no',
};

describe('replayJourney', () => {
  test('returns the path, the answers on it and the recommendation for a complete set of answers', () => {
    const journey = replayJourney(flow, machine, complete);
    expect(journey.path).toEqual(Object.keys(complete));
    expect(journey.answers).toEqual(complete);
    expect(journey.next).toBeUndefined();
    expect(journey.recommendation?.actions.map((action) => action.route)).toEqual([
      'anti-bullying-response',
      'report-harmful-content',
    ]);
  });

  test('stops at the first unanswered question on the path', () => {
    const journey = replayJourney(flow, machine, { 'immediate-danger': 'yes' });
    expect(journey.path).toEqual(['immediate-danger']);
    expect(journey.next?.id).toBe('your-role');
    expect(journey.recommendation).toBeUndefined();
  });

  test('drops answers to questions the path no longer asks, and lists them as unused', () => {
    const journey = replayJourney(flow, machine, {
      ...complete,
      'adult-involved': 'yes',
      'works-with-children': 'yes',
    });
    expect(journey.answers).not.toHaveProperty('adult-involved');
    expect(journey.unused).toEqual(['adult-involved', 'works-with-children']);
    expect(journey.recommendation?.actions.map((action) => action.route)).not.toContain('lado');
  });

  test('stops at a question whose answer is not allowed, and says so', () => {
    const journey = replayJourney(flow, machine, { ...complete, area: 'narnia' });
    expect(journey.next?.id).toBe('area');
    expect(journey.invalidAnswer).toBe(true);
    expect(journey.recommendation).toBeUndefined();
  });

  test("puts many-choice answers in the flow's order, so equal answers give equal journeys", () => {
    const first = replayJourney(flow, machine, {
      ...complete,
      concerns: ['harmful-content', 'cyberbullying'],
    });
    const second = replayJourney(flow, machine, {
      ...complete,
      concerns: ['cyberbullying', 'harmful-content'],
    });
    expect(first.answers.concerns).toEqual(['cyberbullying', 'harmful-content']);
    expect(first).toEqual(second);
  });
});
