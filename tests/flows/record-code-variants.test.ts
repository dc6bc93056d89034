import { describe, expect, test } from 'vitest';
import { readKeptFlows } from '../../src/cli/read-kept-flows.ts';
import { encodeRecordCode, readRecordCode, RecordCodeError } from '../../src/engine/record-code.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { replayRecord } from '../../src/summary/replay-record.ts';
import { flow, readScenarioFiles } from '../support/flow.ts';
import {
  listHarmlessVariants,
  listOneCharacterChanges,
  listTranspositions,
  VARIATIONS,
} from '../support/record-code-variants.ts';

// Each kept version parsed once for the file, not once for each of the thousands of codes tried.
const kept = readKeptFlows().map((version) => {
  const parsed = version.load();
  return { ...version, load: () => parsed };
});

/** Twenty real codes: every third scenario file's journey, under the current flow. */
const CODES = readScenarioFiles()
  .filter((_, index) => index % 3 === 0)
  .slice(0, 20)
  .map(({ scenario }) => encodeRecordCode(flow, replayJourney(flow, scenario.answers).answers));

/** What a replay says, for comparing a variant's replay with the code's own. */
function replayed(text: string) {
  const { code, recordedWith, then, now, assuming, differences } = replayRecord(text, flow, kept);
  return { code, recordedWith, then: then.plan, now: now.plan, assuming, differences };
}

/** The texts of `texts` that are not refused with a reason (a RecordCodeError). */
function listAccepted(texts: readonly string[]): string[] {
  return texts.filter((text) => {
    try {
      replayRecord(text, flow, kept);
      return true;
    } catch (error) {
      if (error instanceof RecordCodeError) return false;
      throw error;
    }
  });
}

describe('record codes as people paste them, on twenty codes of real journeys', () => {
  test('are twenty different codes', () => {
    expect(new Set(CODES).size).toBe(20);
  });

  // The replay reads the pasted text only through readRecordCode: a variant read as the same parts
  // replays to the same plan. Every variant is read; each variation alone, and all at once, is
  // replayed in full too (a full replay takes about 5 ms, too long for all 4,600). About 2 s alone:
  // 440 full replays and 4,600 readings.
  test('every harmless variant is accepted and replays to the same plan', { timeout: 30_000 }, () => {
    let tried = 0;
    let replays = 0;
    for (const code of CODES) {
      const expected = replayed(code);
      const parts = readRecordCode(code);
      expect(expected.code).toBe(code);
      for (const { names, text } of listHarmlessVariants(code)) {
        tried += 1;
        const label = `${names}: ${JSON.stringify(text)}`;
        let read;
        try {
          read = readRecordCode(text);
        } catch (error) {
          throw new Error(`${label} was refused: ${(error as Error).message}`, { cause: error });
        }
        expect(read, label).toEqual(parts);
        if (names.includes(' + ') && names.split(' + ').length < VARIATIONS.length - 2) continue;
        replays += 1;
        expect(replayed(text), label).toEqual(expected);
      }
    }
    // Each variation alone, each pair but the two that clash, and all but two together.
    const pairs = (VARIATIONS.length * (VARIATIONS.length - 1)) / 2 - 2;
    expect(tried).toBe(20 * (VARIATIONS.length + pairs + 1));
    expect(replays).toBe(20 * (VARIATIONS.length + 1));
  });

  test('the variants include each normalisation of the contract', () => {
    const variants = listHarmlessVariants(CODES[0]!).map(({ text }) => text);
    const code = CODES[0]!;
    expect(variants).toContain(`Record code: ${code}`);
    expect(variants).toContain(`${code}.`);
    expect(variants).toContain(code.toLowerCase());
    expect(variants).toContain(code.replace(/-/g, '\u2013'));
    expect(variants).toContain(code.replace(/-/g, '\u2014'));
    expect(variants).toContain(code.replace(/-/g, ' '));
    expect(variants.some((text) => /^OA(-[0-9A-Z]+)+$/.test(text) && text.slice(3).includes('O'))).toBe(true);
    expect(variants.some((text) => /^OA(-[0-9A-Z]+)+$/.test(text) && /[IL]/.test(text.slice(3)))).toBe(true);
  });

  // About 1.5 s alone: 20 codes × 23 positions × 70 characters, each read and most refused at once.
  test(
    'every change of one character to another letter, digit, dash, space or punctuation is refused',
    {
      timeout: 20_000,
    },
    () => {
      const changes = CODES.flatMap(listOneCharacterChanges);
      expect(changes.length).toBeGreaterThan(20 * 23 * 70);
      expect(listAccepted(changes)).toEqual([]);
    },
  );

  test('every swap of two different characters, neighbours or not, is refused', () => {
    const swaps = CODES.flatMap(listTranspositions);
    expect(swaps.filter(({ neighbours }) => neighbours).length).toBeGreaterThan(20 * 15);
    expect(listAccepted(swaps.map(({ text }) => text))).toEqual([]);
  });
});
