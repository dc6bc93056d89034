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
import { isHarmlessChange } from '../../support/record-code-variants.ts';
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

  test('refuse every change of one character to another letter, digit or hyphen, but for O, I and L typed for 0 and 1', () => {
    const code = encodeRecordCode(toyFlow, {
      role: 'staff',
      area: 'south',
      worries: ['hurt', 'pictures'],
      adult: 'not-sure',
    });
    let tried = 0;
    let aliases = 0;
    for (let position = 0; position < code.length; position += 1) {
      for (const character of ALLOWED) {
        if (character === code[position]) continue;
        tried += 1;
        const changed = `${code.slice(0, position)}${character}${code.slice(position + 1)}`;
        if (isHarmlessChange(code, position, character)) {
          aliases += 1;
          expect(readRecordCode(changed).code, changed).toBe(code);
        } else
          expect(() => decodeRecordAnswers(toyFlow, readRecordCode(changed)), changed).toThrow(
            RecordCodeError,
          );
      }
    }
    expect(tried).toBe(code.length * (ALLOWED.length - 1));
    expect(aliases).toBeGreaterThan(0);
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

  test('say what is wrong in plain words: empty, other characters, which part, a typing mistake, too long', () => {
    expect(() => readRecordCode('  ')).toThrow('Enter a record code');
    expect(() => readRecordCode('Record code: ')).toThrow('Enter a record code');
    expect(() => readRecordCode('OA-2-0-0-12!4-5678')).toThrow(
      'A record code has only letters A to Z, numbers and hyphens, and this one has "!": check it against your record',
    );
    expect(() => readRecordCode('OA-2-0-0-12\u001b4-5678')).toThrow(
      'and this one has an invisible character (U+001B)',
    );
    expect(() => readRecordCode('HELLO')).toThrow(
      'This is not a record code: a record code starts with the letters of the tool, such as OA, and a hyphen',
    );
    expect(() => readRecordCode('OA-2-0-X-1234-5678')).toThrow(
      'This is not a record code: after OA comes the version of the tool, three numbers such as 2-0-0',
    );
    expect(() => readRecordCode('OA-2-0-0-1234')).toThrow(
      'This code is not complete: check that you copied all of it',
    );
    expect(() => readRecordCode('OA-2-0-0-1234-567')).toThrow(
      'The last group of a record code has 4 characters, and this one has 3: check that you copied all of it',
    );
    expect(() => readRecordCode('OA-2-0-0-123-5678-9ABC')).toThrow(
      'Each group of a record code has 4 characters, and 123 has 3: check it against your record',
    );
    expect(() => readRecordCode('OA-2-0-0-1234--9ABC')).toThrow('two hyphens together');
    expect(() => readRecordCode('OA-2-0-0-12U4-9ABC')).toThrow(
      'Record codes never have the letter U: check it against your record',
    );
    const code = encodeRecordCode(toyFlow, {});
    expect(() => readRecordCode(`${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`)).toThrow(
      'This code has a typing mistake: check it against your record',
    );
    expect(() => readRecordCode('A'.repeat(RECORD_CODE_MAX_LENGTH + 1))).toThrow('at most 64 characters');
    // A whole summary pasted is refused at once, without tidying it.
    expect(() => readRecordCode(`Record code: ${'A '.repeat(1_000_000)}`)).toThrow('at most 64 characters');
  });

  test('read a code as people paste it: label, dashes, spaces for hyphens, O for 0 and I or L for 1', () => {
    const code = encodeRecordCode(toyFlow, {
      role: 'dsl',
      area: 'south',
      worries: ['messages'],
      adult: 'no',
    });
    const pasted = [
      `Record code: ${code}.`,
      `RECORD CODE \u2013 ${code}`,
      `\u201c${code}\u201d`,
      code.replace(/-/g, '\u2013'),
      code.replace(/-/g, '\u2014'),
      code.replace(/-/g, ' '),
      `${code.slice(0, 4)}${code.slice(4).replace(/0/g, 'o').replace(/1/g, 'I')}`,
      code.replace(/^TOY/, 'T0Y'),
    ];
    for (const text of pasted) expect(readRecordCode(text).code, text).toBe(code);
    expect(readRecordCode(code)).toEqual({
      code,
      shortId: 'TOY',
      version: toyFlow.version,
      payload: code.split('-').slice(4, -1).join(''),
    });
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
