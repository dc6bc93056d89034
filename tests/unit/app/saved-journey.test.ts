import { describe, expect, test } from 'vitest';
import { loadFlow } from '../../../src/app/load-flow.ts';
import { readSavedJourney, SAVED_JOURNEY_KEY, writeSavedJourney } from '../../../src/app/saved-journey.ts';
import { createMemoryStorage } from './memory-storage.ts';

const flow = loadFlow();

const memoryStorage = (initial?: string) =>
  createMemoryStorage(initial === undefined ? {} : { [SAVED_JOURNEY_KEY]: initial });

const saved = (value: object) => JSON.stringify({ flowId: flow.id, flowVersion: flow.version, ...value });

describe('readSavedJourney', () => {
  test('reads back what writeSavedJourney wrote, which carries the flow version and the time it was saved', () => {
    const storage = memoryStorage();
    writeSavedJourney(storage, flow, { 'immediate-danger': 'no', concerns: ['sextortion'] }, {}, 1_000);
    expect(JSON.parse(storage.getItem(SAVED_JOURNEY_KEY)!)).toEqual({
      flowId: flow.id,
      flowVersion: flow.version,
      answers: { 'immediate-danger': 'no', concerns: ['sextortion'] },
      lastActiveAt: 1_000,
    });
    expect(readSavedJourney(storage, flow)).toEqual({
      answers: { 'immediate-danger': 'no', concerns: ['sextortion'] },
      notes: {},
      discarded: false,
    });
  });

  test('nothing saved is an empty journey, not a problem', () => {
    expect(readSavedJourney(memoryStorage(), flow)).toEqual({ answers: {}, notes: {}, discarded: false });
  });

  test.each([
    ['text that is not JSON', '{'],
    ['a list', '[]'],
    ['answers that are not a map', saved({ answers: ['no'] })],
    ['an extra field', saved({ answers: {}, name: 'x' })],
    ['a last activity that is not a time', saved({ answers: {}, lastActiveAt: 'yesterday' })],
    ['an unknown question', saved({ answers: { 'shoe-size': '9' } })],
    ['a value not allowed', saved({ answers: { 'immediate-danger': 'perhaps' } })],
    ['a list for a one-choice question', saved({ answers: { 'immediate-danger': ['no'] } })],
    ['an empty list for a many-choice question', saved({ answers: { concerns: [] } })],
    [
      'another flow version with something other than answers wrong',
      JSON.stringify({ flowId: flow.id, flowVersion: '0.0.0', answers: {}, name: 'x' }),
    ],
    ['another flow', JSON.stringify({ flowId: 'another-flow', flowVersion: flow.version, answers: {} })],
    ['null', 'null'],
    ['no answers at all', saved({})],
    ['answers that are null', saved({ answers: null })],
    ['an answer that is a number', saved({ answers: { 'immediate-danger': 1 } })],
    ['a list holding something other than text', saved({ answers: { concerns: ['sextortion', 2] } })],
    ['an answer to "__proto__"', saved({ answers: { proto: 'no' } }).replace('"proto"', '"__proto__"')],
  ])('discards %s, removes it and says so', (_what, text) => {
    const storage = memoryStorage(text);
    expect(readSavedJourney(storage, flow)).toEqual({ answers: {}, notes: {}, discarded: true });
    expect(storage.getItem(SAVED_JOURNEY_KEY)).toBeNull();
  });

  test('a journey saved under another version of the flow is carried over: allowed answers and notes kept, the rest left out and named', () => {
    const storage = memoryStorage(
      JSON.stringify({
        flowId: flow.id,
        flowVersion: '1.9.0',
        answers: { 'immediate-danger': 'no', area: 'atlantis', 'shoe-size': '9' },
        notes: { referenceNumbers: 'MASH-123' },
      }),
    );
    expect(readSavedJourney(storage, flow)).toEqual({
      answers: { 'immediate-danger': 'no' },
      notes: { referenceNumbers: 'MASH-123' },
      discarded: false,
      updatedFrom: '1.9.0',
      dropped: { area: 'atlantis', 'shoe-size': '9' },
    });
  });

  test('storage that throws is treated as empty', () => {
    const storage = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readSavedJourney(storage, flow)).toEqual({ answers: {}, notes: {}, discarded: false });
    expect(() => writeSavedJourney(storage, flow, {})).not.toThrow();
  });
});

describe('the record notes', () => {
  const notes = {
    whoTold: 'Told the DSL at 09:10',
    referenceNumbers: 'CEOP 123',
    notes: 'Line one\nLine two',
  };

  test('are saved with the answers and read back, so a reload keeps what the user typed', () => {
    const storage = memoryStorage();
    writeSavedJourney(storage, flow, { 'immediate-danger': 'no' }, notes);
    expect(readSavedJourney(storage, flow)).toEqual({
      answers: { 'immediate-danger': 'no' },
      notes,
      discarded: false,
    });
  });

  test('are left out of storage while empty', () => {
    const storage = memoryStorage();
    writeSavedJourney(storage, flow, { 'immediate-danger': 'no' }, { whoTold: '' });
    expect(JSON.parse(storage.getItem(SAVED_JOURNEY_KEY)!)).not.toHaveProperty('notes');
  });

  test.each([
    ['longer than its limit', { notes: { referenceNumbers: 'x'.repeat(201) } }],
    ['not text', { notes: { whoTold: 42 } }],
    ['an unknown field', { notes: { password: 'secret' } }],
    ['null', { notes: null }],
    ['a list', { notes: ['Told the DSL'] }],
  ])('that are %s make the saved journey unusable, and it is discarded', (_what, value) => {
    const storage = memoryStorage(saved({ answers: { 'immediate-danger': 'no' }, ...value }));
    expect(readSavedJourney(storage, flow)).toEqual({ answers: {}, notes: {}, discarded: true });
  });

  test('may be as long as each limit, and no longer', () => {
    const atLimit = { whoTold: 'x'.repeat(1000), referenceNumbers: 'x'.repeat(200), notes: 'x'.repeat(3000) };
    const storage = memoryStorage(saved({ answers: { 'immediate-danger': 'no' }, notes: atLimit }));
    expect(readSavedJourney(storage, flow)).toEqual({
      answers: { 'immediate-danger': 'no' },
      notes: atLimit,
      discarded: false,
    });
  });
});
