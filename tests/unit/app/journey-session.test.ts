import { describe, expect, test } from 'vitest';
import { RouterContextProvider } from 'react-router';
import { createJourneySession } from '../../../src/app/journey-session.ts';
import { journeySessionContext } from '../../../src/app/journey-session-context.ts';
import { requireJourneyPage } from '../../../src/app/routes/enter-journey-page.ts';
import { SAVED_JOURNEY_KEY } from '../../../src/app/saved-journey.ts';
import type { Answers } from '../../../src/engine/answers.ts';
import { createMemoryStorage } from './memory-storage.ts';
import { toyFlow } from './toy-flow.ts';

const SAFE: Answers = { 'in-danger': 'no', role: 'staff', area: 'north' };

function savedAs(answers: Answers, notes?: object): Record<string, string> {
  return {
    [SAVED_JOURNEY_KEY]: JSON.stringify({ flowId: toyFlow.id, flowVersion: toyFlow.version, answers, notes }),
  };
}

const readSaved = (storage: Storage) =>
  JSON.parse(storage.getItem(SAVED_JOURNEY_KEY) ?? 'null') as { answers: Answers; notes?: object } | null;

describe('the journey session', () => {
  test('starts from the answers and notes kept in the tab, replayed through the flow', () => {
    const session = createJourneySession(createMemoryStorage(savedAs(SAFE, { notes: 'Kept' })), toyFlow);
    expect(session.answers).toEqual(SAFE);
    expect(session.journey.path).toEqual(['in-danger', 'role', 'area']);
    expect(session.journey.next?.id).toBe('worry');
    expect(session.notes).toEqual({ notes: 'Kept' });
    expect(session.takeNotice('/questions/worry')).toBeUndefined();
  });

  test('saves every answer and note in the tab', () => {
    const storage = createMemoryStorage();
    const session = createJourneySession(storage, toyFlow);
    session.answer('in-danger', 'no', { changing: false });
    session.setNotes({ referenceNumbers: 'REF-1' });
    expect(readSaved(storage)).toMatchObject({
      answers: { 'in-danger': 'no' },
      notes: { referenceNumbers: 'REF-1' },
    });
  });

  test('answers that could not be restored leave a notice for the next journey page, whichever it is', () => {
    const session = createJourneySession(createMemoryStorage({ [SAVED_JOURNEY_KEY]: '{damaged' }), toyFlow);
    expect(session.answers).toEqual({});
    expect(session.takeNotice('/questions/in-danger')).toEqual({ kind: 'saved-answers-discarded' });
    expect(session.takeNotice('/questions/in-danger')).toBeUndefined();
  });

  test('a notice left for a redirect is shown by that page only, once', () => {
    const session = createJourneySession(createMemoryStorage(), toyFlow);
    const notice = { kind: 'redirected', to: 'next-question', because: 'not-in-danger' } as const;
    session.leaveNotice('/questions/role', notice);
    expect(session.takeNotice('/questions/area')).toBeUndefined();
    expect(session.takeNotice('/questions/role')).toEqual(notice);
    expect(session.takeNotice('/questions/role')).toBeUndefined();
  });

  test('a notice about answers that could not be restored goes to the redirect target instead of a new one', () => {
    const session = createJourneySession(createMemoryStorage({ [SAVED_JOURNEY_KEY]: '[]' }), toyFlow);
    session.leaveNotice('/questions/in-danger', {
      kind: 'redirected',
      to: 'next-question',
      because: 'not-in-danger',
    });
    expect(session.takeNotice('/questions/in-danger')).toEqual({ kind: 'saved-answers-discarded' });
  });

  test('once an answer completes the journey, answers off the path are dropped, with a notice for check answers', () => {
    const storage = createMemoryStorage(savedAs({ ...SAFE, worry: ['images'], adult: 'yes' }));
    const session = createJourneySession(storage, toyFlow);
    session.answer('worry', ['bullying'], { changing: false });
    expect(session.journey.recommendation).toBeDefined();
    expect(session.answers).not.toHaveProperty('adult');
    expect(readSaved(storage)?.answers).not.toHaveProperty('adult');
    expect(session.takeNotice('/questions/worry')).toBeUndefined();
    expect(session.takeNotice('/check-answers')).toEqual({
      kind: 'answers-removed',
      removed: [{ question: toyFlow.questions[4], value: 'yes' }],
    });
  });

  test('an answer that leaves the journey unfinished keeps the answers it takes off the path', () => {
    const session = createJourneySession(
      createMemoryStorage(savedAs({ ...SAFE, worry: ['images'] })),
      toyFlow,
    );
    session.answer('in-danger', 'yes', { changing: false });
    session.answer('worry', ['bullying', 'images'], { changing: false });
    expect(session.answers).toMatchObject({ 'in-danger': 'yes', worry: ['bullying', 'images'] });
    expect(session.journey.next?.id).toBe('adult');
  });

  test('remembers a change from check answers until check answers is shown again', () => {
    const session = createJourneySession(createMemoryStorage(), toyFlow);
    session.answer('in-danger', 'no', { changing: true });
    expect(session.changing).toBe(true);
    session.finishChanging();
    expect(session.changing).toBe(false);
  });

  test('Start again forgets the answers, notes, notices and change, in the tab too', () => {
    const storage = createMemoryStorage(savedAs(SAFE, { whoTold: 'The lead' }));
    const session = createJourneySession(storage, toyFlow);
    session.answer('worry', ['images'], { changing: true });
    session.leaveNotice('/questions/adult', {
      kind: 'redirected',
      to: 'next-question',
      because: 'not-in-danger',
    });
    session.restart();
    expect(session.answers).toEqual({});
    expect(session.notes).toEqual({});
    expect(session.changing).toBe(false);
    expect(session.journey.next?.id).toBe('in-danger');
    expect(session.takeNotice('/questions/adult')).toBeUndefined();
    expect(storage.getItem(SAVED_JOURNEY_KEY)).toBeNull();
  });

  test('the shared-computer timeout forgets the answers and notes, in the tab too, and every journey page then says why, once', () => {
    const storage = createMemoryStorage(savedAs(SAFE, { whoTold: 'The lead' }));
    const session = createJourneySession(storage, toyFlow);
    const context = new RouterContextProvider();
    context.set(journeySessionContext, session);
    session.expire();
    expect(session.status).toBe('expired');
    expect(session.answers).toEqual({});
    expect(session.notes).toEqual({});
    expect(storage.getItem(SAVED_JOURNEY_KEY)).toBeNull();
    const thrown = (() => {
      try {
        requireJourneyPage(
          { context, url: new URL('http://localhost/questions/role') },
          { kind: 'question', questionId: 'role' },
        );
      } catch (response) {
        return response as Response;
      }
      return undefined;
    })();
    expect(thrown?.status).toBe(302);
    expect(thrown?.headers.get('Location')).toBe('/expired');
    session.acknowledgeExpiry();
    expect(session.status).toBe('active');
    expect(
      requireJourneyPage(
        { context, url: new URL('http://localhost/questions/in-danger') },
        { kind: 'question', questionId: 'in-danger' },
      ),
    ).toBe(session);
  });

  test('Start again after the timeout starts afresh', () => {
    const session = createJourneySession(createMemoryStorage(savedAs(SAFE)), toyFlow);
    session.expire();
    session.restart();
    expect(session.status).toBe('active');
  });
});
