import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AnswerValue, Answers } from '../../src/engine/answers.ts';
import { parseFlow } from '../../src/engine/parse-flow.ts';
import {
  decodeRecordAnswers,
  encodeRecordCode,
  readRecordCode,
  RecordCodeError,
} from '../../src/engine/record-code.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { listPossibleAnswers } from '../../src/engine/search-journeys.ts';
import { arbitraryFullAnswers } from '../property/arbitraries.ts';
import { flow, readScenarioFiles } from '../support/flow.ts';
import { isHarmlessChange } from '../support/record-code-variants.ts';

const roundTrip = (answers: Answers) =>
  decodeRecordAnswers(flow, readRecordCode(encodeRecordCode(flow, answers)));

/**
 * A record code holds each question's answer as one digit of a mixed-radix
 * number. Decoding gives back the answers for every answer set exactly when
 * every digit reads back in its place, whatever the other digits are; so the
 * first test tries every possible answer of every question with every other
 * question unanswered, and with every other question at its largest answer
 * (so that carries would show): a sample proven equivalent to every answer
 * set of the exhaustive walk. The other tests add real journeys.
 */
describe('record codes of the real flow', () => {
  test('give back every possible answer of every question, with the others empty or at their largest', () => {
    const largest: Record<string, AnswerValue> = Object.fromEntries(
      flow.questions.map((question) => [question.id, listPossibleAnswers(question).at(-1)!]),
    );
    let tried = 0;
    for (const question of flow.questions) {
      for (const value of listPossibleAnswers(question)) {
        tried += 2;
        expect(roundTrip({ [question.id]: value })).toEqual({ [question.id]: value });
        expect(roundTrip({ ...largest, [question.id]: value })).toEqual({ ...largest, [question.id]: value });
      }
    }
    expect(tried).toBeGreaterThan(1000);
  });

  test('give back the answers of every scenario file, and of random journeys, in at most 64 characters', () => {
    const journeys = readScenarioFiles().map(({ scenario }) => replayJourney(flow, scenario.answers).answers);
    fc.assert(
      fc.property(arbitraryFullAnswers(flow), (answers) => {
        journeys.push(replayJourney(flow, answers).answers);
      }),
      { numRuns: 500 },
    );
    for (const answers of journeys) {
      const code = encodeRecordCode(flow, answers);
      expect(code.length).toBeLessThanOrEqual(64);
      expect(roundTrip(answers)).toEqual(answers);
    }
    expect(journeys.length).toBeGreaterThan(550);
  });

  test('refuse every change of one character of a real code that changes what it says', () => {
    for (const { scenario } of readScenarioFiles().slice(0, 5)) {
      const code = encodeRecordCode(flow, replayJourney(flow, scenario.answers).answers);
      for (let position = 0; position < code.length; position += 1)
        for (const character of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-') {
          // O typed for 0, and I or L for 1, read as the digit: they change nothing.
          if (character === code[position] || isHarmlessChange(code, position, character)) continue;
          const changed = `${code.slice(0, position)}${character}${code.slice(position + 1)}`;
          expect(() => decodeRecordAnswers(flow, readRecordCode(changed)), changed).toThrow(RecordCodeError);
        }
    }
  });

  test('codes of every kept version decode under that version', () => {
    const history = fileURLToPath(new URL('../../flows/history/', import.meta.url));
    const kept = readdirSync(history).filter((name) => name.endsWith('.json'));
    expect(kept.length).toBeGreaterThanOrEqual(2);
    for (const name of kept) {
      const version = parseFlow(JSON.parse(readFileSync(join(history, name), 'utf8')), name, {
        searchJourneys: false,
      });
      const answers = { 'immediate-danger': 'no', 'your-role': 'other-staff', concerns: ['cyberbullying'] };
      const parts = readRecordCode(encodeRecordCode(version, answers));
      expect(parts.version).toBe(version.version);
      expect(decodeRecordAnswers(version, parts)).toEqual(answers);
    }
  });

  // The same proven-equivalent sample as the first test, and every one-character change, for every kept version.
  test('of every kept version give back every possible answer of every question, and refuse every change of one character', () => {
    const history = fileURLToPath(new URL('../../flows/history/', import.meta.url));
    for (const name of readdirSync(history).filter((file) => file.endsWith('.json'))) {
      const version = parseFlow(JSON.parse(readFileSync(join(history, name), 'utf8')), name, {
        searchJourneys: false,
      });
      const decode = (code: string) => decodeRecordAnswers(version, readRecordCode(code));
      const largest: Record<string, AnswerValue> = Object.fromEntries(
        version.questions.map((question) => [question.id, listPossibleAnswers(question).at(-1)!]),
      );
      for (const question of version.questions)
        for (const value of listPossibleAnswers(question)) {
          expect(decode(encodeRecordCode(version, { [question.id]: value }))).toEqual({
            [question.id]: value,
          });
          const full = { ...largest, [question.id]: value };
          expect(decode(encodeRecordCode(version, full))).toEqual(full);
        }
      const code = encodeRecordCode(version, largest);
      for (let position = 0; position < code.length; position += 1)
        for (const character of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-') {
          // O typed for 0, and I or L for 1, read as the digit: they change nothing.
          if (character === code[position] || isHarmlessChange(code, position, character)) continue;
          const changed = `${code.slice(0, position)}${character}${code.slice(position + 1)}`;
          expect(() => decode(changed), `${name}: ${changed}`).toThrow(RecordCodeError);
        }
    }
  });
});
