import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import {
  decodeRecordAnswers,
  encodeRecordCode,
  readRecordCode,
  RECORD_CODE_MAX_LENGTH,
  RecordCodeError,
} from '../../../src/engine/record-code.ts';
import { forEachCompleteJourney } from '../../../src/engine/search-journeys.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';

const ALLOWED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-';
const roundTrip = (answers: Answers) =>
  decodeRecordAnswers(toyFlow, readRecordCode(encodeRecordCode(toyFlow, answers)));

describe('record codes on the toy flow', () => {
  test('name the flow and its version, and use only capital letters, digits and hyphens', () => {
    const code = encodeRecordCode(toyFlow, { role: 'staff', area: 'north', worries: ['hurt'] });
    expect(code).toMatch(new RegExp(`^${toyFlow.shortId}-${toyFlow.version.replace(/\./g, '-')}-`));
    expect(code).toMatch(/^[A-Z0-9-]+$/);
    expect(code.length).toBeLessThanOrEqual(RECORD_CODE_MAX_LENGTH);
  });

  test('give back exactly the answers of every complete journey of the toy flow', () => {
    let journeys = 0;
    forEachCompleteJourney(toyFlow, (answers) => {
      journeys += 1;
      expect(roundTrip(answers)).toEqual(answers);
    });
    expect(journeys).toBe(76);
  });

  test('read the same code in lower case and with spaces', () => {
    const code = encodeRecordCode(toyFlow, {
      role: 'dsl',
      area: 'south',
      worries: ['messages'],
      adult: 'no',
    });
    expect(readRecordCode(` ${code.toLowerCase().replace(/-/g, ' - ')} `)).toEqual(readRecordCode(code));
  });

  test('refuse every change of one character to another letter, digit or hyphen', () => {
    const code = encodeRecordCode(toyFlow, {
      role: 'staff',
      area: 'south',
      worries: ['hurt', 'pictures'],
      adult: 'not-sure',
    });
    let tried = 0;
    for (let position = 0; position < code.length; position += 1) {
      for (const character of ALLOWED) {
        if (character === code[position]) continue;
        tried += 1;
        const changed = `${code.slice(0, position)}${character}${code.slice(position + 1)}`;
        expect(() => decodeRecordAnswers(toyFlow, readRecordCode(changed)), changed).toThrow(RecordCodeError);
      }
    }
    expect(tried).toBe(code.length * (ALLOWED.length - 1));
  });

  test('refuse a code with a character missing, added, or two neighbours swapped', () => {
    const code = encodeRecordCode(toyFlow, {
      role: 'dsl',
      area: 'north',
      worries: ['messages', 'pictures'],
      adult: 'yes',
    });
    for (let position = 0; position < code.length; position += 1) {
      const missing = code.slice(0, position) + code.slice(position + 1);
      expect(() => decodeRecordAnswers(toyFlow, readRecordCode(missing)), missing).toThrow(RecordCodeError);
      const added = `${code.slice(0, position)}7${code.slice(position)}`;
      expect(() => decodeRecordAnswers(toyFlow, readRecordCode(added)), added).toThrow(RecordCodeError);
      if (position + 1 < code.length && code[position] !== code[position + 1]) {
        const swapped =
          code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
        expect(() => decodeRecordAnswers(toyFlow, readRecordCode(swapped)), swapped).toThrow(RecordCodeError);
      }
    }
  });

  test('say what is wrong: empty, other characters, the wrong shape, a wrong check', () => {
    expect(() => readRecordCode('  ')).toThrow('Enter a record code');
    expect(() => readRecordCode('OA-2-0-0-12!4-5678')).toThrow('only letters A to Z, numbers and hyphens');
    expect(() => readRecordCode('HELLO')).toThrow('This is not a record code');
    const code = encodeRecordCode(toyFlow, {});
    expect(() => readRecordCode(`${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`)).toThrow(
      'mistyped or damaged',
    );
    expect(() => readRecordCode('A'.repeat(RECORD_CODE_MAX_LENGTH + 1))).toThrow('at most 64 characters');
  });

  test('are tied to the version: a code of one version does not decode under another', () => {
    const parts = readRecordCode(
      encodeRecordCode(toyFlow, { role: 'dsl', area: 'north', worries: ['hurt'] }),
    );
    const later = changeToyFlow((raw) => {
      raw.version = '9.0.0';
    });
    expect(() => decodeRecordAnswers(later, parts)).toThrow('not');
    expect(readRecordCode(encodeRecordCode(later, {})).version).toBe('9.0.0');
  });
});
