import { describe, expect, test } from 'vitest';
import { createJourneyNavigation } from '../../../src/app/journey-navigation.ts';
import type { Answers } from '../../../src/engine/answers.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import { toyFlow } from './toy-flow.ts';

const navigation = createJourneyNavigation(toyFlow);
const journeyOf = (answers: Answers) => replayJourney(toyFlow, answers);

const SAFE: Answers = { 'in-danger': 'no', role: 'staff', area: 'north' };
const COMPLETE: Answers = { ...SAFE, worry: ['bullying'] };
const IN_DANGER_COMPLETE: Answers = { ...COMPLETE, 'in-danger': 'yes' };

describe('which pages a journey may show', () => {
  test('a question on the path, and the next question, can be shown', () => {
    const journey = journeyOf(SAFE);
    expect(navigation.checkPage(journey, { kind: 'question', questionId: 'role' })).toEqual({
      status: 'show',
    });
    expect(navigation.checkPage(journey, { kind: 'question', questionId: 'worry' })).toEqual({
      status: 'show',
    });
  });

  test('a question the answers have not reached redirects to the next question', () => {
    expect(
      navigation.checkPage(journeyOf({ 'in-danger': 'no' }), { kind: 'question', questionId: 'area' }),
    ).toEqual({
      status: 'redirect',
      to: '/questions/role',
      toCheckAnswers: false,
      because: 'question-does-not-apply',
    });
  });

  test('a question off the path of a complete journey redirects to check answers', () => {
    expect(navigation.checkPage(journeyOf(COMPLETE), { kind: 'question', questionId: 'adult' })).toEqual({
      status: 'redirect',
      to: '/check-answers',
      toCheckAnswers: true,
      because: 'question-does-not-apply',
    });
  });

  test('a question the flow does not have is not found', () => {
    expect(navigation.checkPage(journeyOf({}), { kind: 'question', questionId: 'shoe-size' })).toEqual({
      status: 'not-found',
    });
  });

  test.each(['yes', 'not-sure'])('the call 999 page can be shown once danger is answered %s', (value) => {
    expect(navigation.checkPage(journeyOf({ 'in-danger': value }), { kind: 'call-999' })).toEqual({
      status: 'show',
    });
  });

  test('without danger, the call 999 page redirects to the next question', () => {
    expect(navigation.checkPage(journeyOf({ 'in-danger': 'no' }), { kind: 'call-999' })).toMatchObject({
      status: 'redirect',
      to: '/questions/role',
      because: 'not-in-danger',
    });
  });

  test('check answers and the recommendation wait for every question on the path', () => {
    const unfinished = journeyOf(SAFE);
    expect(navigation.checkPage(unfinished, { kind: 'check-answers' })).toMatchObject({
      status: 'redirect',
      to: '/questions/worry',
      because: 'unanswered-before-check',
    });
    expect(navigation.checkPage(unfinished, { kind: 'recommendation' })).toMatchObject({
      status: 'redirect',
      because: 'unanswered-before-recommendation',
    });
    expect(navigation.checkPage(journeyOf(COMPLETE), { kind: 'check-answers' })).toEqual({ status: 'show' });
    expect(navigation.checkPage(journeyOf(COMPLETE), { kind: 'recommendation' })).toEqual({ status: 'show' });
  });
});

describe('where an answer leads', () => {
  test.each(['yes', 'not-sure'])('danger answered %s opens the call 999 page straight after', (value) => {
    expect(navigation.pathAfterAnswer(journeyOf({ 'in-danger': value }), 'in-danger')).toBe('/call-999');
  });

  test('no danger goes to the next question', () => {
    expect(navigation.pathAfterAnswer(journeyOf({ 'in-danger': 'no' }), 'in-danger')).toBe('/questions/role');
  });

  test('a later answer goes on to the next question, not back to the 999 page', () => {
    expect(navigation.pathAfterAnswer(journeyOf({ 'in-danger': 'yes', role: 'lead' }), 'role')).toBe(
      '/questions/area',
    );
  });

  test('the last answer goes to check answers', () => {
    expect(navigation.pathAfterAnswer(journeyOf(COMPLETE), 'worry')).toBe('/check-answers');
  });

  test('an answer that brings a question onto the path goes to that question', () => {
    expect(navigation.pathAfterAnswer(journeyOf({ ...SAFE, worry: ['images'] }), 'worry')).toBe(
      '/questions/adult',
    );
  });

  test('Continue on the call 999 page goes to the next question, or check answers when all are answered', () => {
    expect(navigation.pathAfterEmergency(journeyOf({ 'in-danger': 'yes' }))).toBe('/questions/role');
    expect(navigation.pathAfterEmergency(journeyOf(IN_DANGER_COMPLETE))).toBe('/check-answers');
  });
});

describe('where Back goes', () => {
  test('from the first question, to the start page', () => {
    expect(navigation.backFromQuestion(journeyOf({}), 'in-danger', false)).toBe('/');
  });

  test('from a question, to the question before it', () => {
    expect(navigation.backFromQuestion(journeyOf(SAFE), 'area', false)).toBe('/questions/role');
  });

  test('from the question after the danger question, to the call 999 page when that answer opened it', () => {
    expect(navigation.backFromQuestion(journeyOf({ 'in-danger': 'not-sure' }), 'role', false)).toBe(
      '/call-999',
    );
  });

  test('from the next question to answer, to the last page answered', () => {
    expect(navigation.backFromQuestion(journeyOf(SAFE), 'worry', false)).toBe('/questions/area');
  });

  test('from any question during a change, to check answers', () => {
    expect(navigation.backFromQuestion(journeyOf(COMPLETE), 'area', true)).toBe('/check-answers');
  });

  test('from the call 999 page, to the question whose answer opened it', () => {
    expect(navigation.backFromEmergency(journeyOf(IN_DANGER_COMPLETE))).toBe('/questions/in-danger');
  });

  test('from check answers, to the last question', () => {
    expect(navigation.backFromCheckAnswers(journeyOf(COMPLETE))).toBe('/questions/worry');
  });
});
