import { describe, expect, test } from 'vitest';
import type { Question } from '../../../src/engine/flow-schema.ts';
import { citeSource, compareUrgency, findAssumedAnswer, indexFlow } from '../../../src/engine/index-flow.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';

/** The toy flow (tests/fixtures/README.md): urgencies now, today, later; uncertain value not-sure. */
const question = (id: string, flow = toyFlow): Question =>
  flow.questions.find((candidate) => candidate.id === id)!;

describe('compareUrgency', () => {
  test('orders urgencies as roles.urgencies lists them, most urgent first', () => {
    expect(
      ['later', 'now', 'today', 'now'].sort((first, second) => compareUrgency(toyFlow, first, second)),
    ).toEqual(['now', 'now', 'today', 'later']);
    expect(compareUrgency(toyFlow, 'today', 'today')).toBe(0);
  });

  test('puts an urgency the flow does not declare after every declared one', () => {
    expect(compareUrgency(toyFlow, 'someday', 'later')).toBeGreaterThan(0);
    expect(compareUrgency(toyFlow, 'later', 'someday')).toBeLessThan(0);
  });
});

describe('findAssumedAnswer', () => {
  test("takes a one-choice question's uncertain option", () => {
    expect(findAssumedAnswer(toyFlow, question('adult'))).toBe('not-sure');
  });

  test('takes assumeIfUnanswered before an uncertain option', () => {
    const assumesNo = changeToyFlow((raw) => void (raw.questions[3]!.assumeIfUnanswered = 'no'));
    expect(findAssumedAnswer(assumesNo, question('adult', assumesNo))).toBe('no');
  });

  test('gives none for a question with neither, or a many-choice question without assumeIfUnanswered', () => {
    expect(findAssumedAnswer(toyFlow, question('role'))).toBeUndefined();
    const uncertainWorry = changeToyFlow((raw) => {
      raw.questions[2]!.options.push({ value: 'not-sure', label: "I'm not sure" });
    });
    expect(findAssumedAnswer(uncertainWorry, question('worries', uncertainWorry))).toBeUndefined();
  });
});

describe('citeSource', () => {
  test('gives the title and publisher, and says when a source was not fully confirmed', () => {
    expect(citeSource(toyFlow.sources[0]!)).toBe('Toy guide, Toytown partnership');
    expect(citeSource(toyFlow.sources[1]!)).toBe('Toy rules, Toytown council [not fully confirmed]');
  });
});

describe('indexFlow', () => {
  test("finds each of the flow's rules, warnings and law notes by its id", () => {
    const index = indexFlow(toyFlow);
    for (const rule of toyFlow.rules) expect(index.rules.get(rule.id)).toBe(rule);
    for (const warning of toyFlow.warnings) expect(index.warnings.get(warning.id)).toBe(warning);
    for (const note of toyFlow.lawNotes) expect(index.lawNotes.get(note.id)).toBe(note);
    expect([index.rules.size, index.warnings.size, index.lawNotes.size]).toEqual([
      toyFlow.rules.length,
      toyFlow.warnings.length,
      toyFlow.lawNotes.length,
    ]);
  });
});
