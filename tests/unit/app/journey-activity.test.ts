import { describe, expect, test } from 'vitest';
import {
  ACTIVITY_WRITE_EVERY_MS,
  clearIdleJourney,
  IDLE_LIMIT_MS,
  noteActivity,
  readLastActivity,
  SAVED_JOURNEY_KEY,
} from '../../../src/app/journey-activity.ts';
import { createMemoryStorage } from './memory-storage.ts';

const journey = (fields: object) =>
  createMemoryStorage({
    [SAVED_JOURNEY_KEY]: JSON.stringify({
      flowId: 'online-abuse',
      flowVersion: '2.0.0',
      answers: {},
      ...fields,
    }),
  });

describe('the last activity kept with the journey', () => {
  test('the idle limit is the warning time plus the time the warning gives: 22 minutes', () => {
    expect(IDLE_LIMIT_MS).toBe(22 * 60 * 1000);
  });

  test('activity is written into the saved journey, at most once every few seconds, and never creates one', () => {
    const storage = journey({ lastActiveAt: 1_000 });
    noteActivity(storage, 1_000 + ACTIVITY_WRITE_EVERY_MS - 1);
    expect(readLastActivity(storage)).toBe(1_000);
    noteActivity(storage, 1_000 + ACTIVITY_WRITE_EVERY_MS);
    expect(readLastActivity(storage)).toBe(1_000 + ACTIVITY_WRITE_EVERY_MS);
    expect(JSON.parse(storage.getItem(SAVED_JOURNEY_KEY)!)).toMatchObject({
      flowVersion: '2.0.0',
      answers: {},
    });

    const empty = createMemoryStorage({});
    noteActivity(empty, 5_000);
    expect(empty.getItem(SAVED_JOURNEY_KEY)).toBeNull();
  });

  test('a journey idle for the whole limit is cleared, one idle for less is kept', () => {
    const kept = journey({ lastActiveAt: 0 });
    expect(clearIdleJourney(kept, IDLE_LIMIT_MS - 1)).toBe(false);
    expect(kept.getItem(SAVED_JOURNEY_KEY)).not.toBeNull();

    const idle = journey({ lastActiveAt: 0 });
    expect(clearIdleJourney(idle, IDLE_LIMIT_MS)).toBe(true);
    expect(idle.getItem(SAVED_JOURNEY_KEY)).toBeNull();
  });

  test('a journey that does not say when it was used (saved before this release) is left to the count in the page', () => {
    const storage = journey({});
    expect(readLastActivity(storage)).toBeUndefined();
    expect(clearIdleJourney(storage, Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(storage.getItem(SAVED_JOURNEY_KEY)).not.toBeNull();
  });
});
