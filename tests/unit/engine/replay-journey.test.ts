import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { recommend } from '../../../src/engine/recommend.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import { toyFlow } from '../../support/toy-flow.ts';

/** Journeys through the toy flow (tests/fixtures/README.md). */

const replay = (answers: Answers) => replayJourney(toyFlow, answers);
const complete: Answers = { role: 'staff', area: 'north', worries: ['messages'], adult: 'not-sure' };

describe('replayJourney', () => {
  test('gives the path, the answers on it and the recommendation for a complete set of answers', () => {
    const journey = replay(complete);
    expect(journey.path).toEqual(['role', 'area', 'worries', 'adult']);
    expect(journey.answers).toEqual(complete);
    expect(journey.unused).toEqual([]);
    expect(journey.next).toBeUndefined();
    expect(journey.invalidAnswer).toBeUndefined();
    expect(journey.recommendation).toEqual(recommend(toyFlow, complete));
  });

  test('starts at the first question when nothing is answered', () => {
    const journey = replay({});
    expect(journey.path).toEqual([]);
    expect(journey.next?.id).toBe('role');
    expect(journey.recommendation).toBeUndefined();
  });

  test('stops at the first question on the path that has no answer', () => {
    const journey = replay({ role: 'staff', area: 'north', worries: ['pictures'] });
    expect(journey.path).toEqual(['role', 'area', 'worries']);
    expect(journey.next?.id).toBe('adult');
    expect(journey.invalidAnswer).toBeUndefined();
    expect(journey.recommendation).toBeUndefined();
  });

  test('drops an answer to a question the path no longer asks, and lists it as unused', () => {
    const journey = replay({ ...complete, worries: ['hurt'], adult: 'yes' });
    expect(journey.path).toEqual(['role', 'area', 'worries']);
    expect(journey.answers).not.toHaveProperty('adult');
    expect(journey.unused).toEqual(['adult']);
    expect(journey.recommendation?.actions.map((action) => action.route)).toEqual(['call-help', 'tell-lead']);
  });

  test('stops at a question whose answer is not allowed, and says so', () => {
    const journey = replay({ ...complete, area: 'east' });
    expect(journey.path).toEqual(['role']);
    expect(journey.next?.id).toBe('area');
    expect(journey.invalidAnswer).toBe(true);
    expect(journey.answers).toEqual({ role: 'staff' });
    expect(journey.unused).not.toContain('area');
    expect(journey.recommendation).toBeUndefined();
  });

  test('follows the order of the flow, whatever order the answers are written in', () => {
    const backwards: Answers = { adult: 'not-sure', worries: ['messages'], area: 'north', role: 'staff' };
    expect(replay(backwards)).toEqual(replay(complete));
  });

  test('puts a many-choice answer in option order, so equal answers give equal journeys', () => {
    const first = replay({ ...complete, worries: ['pictures', 'messages'] });
    const second = replay({ ...complete, worries: ['messages', 'pictures'] });
    expect(first.answers.worries).toEqual(['messages', 'pictures']);
    expect(first).toEqual(second);
  });
});
