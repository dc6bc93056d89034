import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Flow, FlowInput } from '../../../src/engine/flow-schema.ts';
import { parseFlow } from '../../../src/engine/parse-flow.ts';
import type { FlowDiff } from '../../../src/verification/diff-flows.ts';
import {
  diffFlows,
  keepKnownAnswers,
  listMultiplicityQuestions,
} from '../../../src/verification/diff-flows.ts';
import { ROOT } from '../../support/run-cli.ts';

/**
 * The toy flows (tests/fixtures/toy-flows) differ in ways whose effect can be
 * worked out by hand. Version 2.0.0 adds:
 *   - an answer `east` to `place` (read by wording only) and `staff` to `topics`;
 *   - a question `shared` (yes, no, not-known), asked after `adult` when topics include images;
 *   - R5: shared yes adds `support` (today);
 *   - R6: topics include staff adds `tell-lead`;
 *   - R7: danger yes adds `police`, raised to now.
 * `role` and `place` are read by no condition that decides (`place` only by a
 * step's wording), so they are counted by multiplicity: 2 x 2 = 4 for each
 * combination of the others.
 *
 * Compared (answers both flows have): danger 3 x topics, where topics [bullying]
 * ends the path (1), and [images] or [bullying, images] ask adult (3) and shared
 * (3): 3 x (1 + 2 x 9) = 57, times 4 = 228.
 * Changed, by group (times 4):
 *   + support (today): danger no or not-sure (2) x adult (3) x shared yes x topics (2) = 12 -> 48
 *   police: today -> now: danger yes x adult yes or not-known (2) x shared no or not-known (2) x topics (2) = 8 -> 32
 *   + police (now): danger yes, adult no, shared no or not-known (2) x topics (2) = 4, plus topics [bullying] 1 = 5 -> 20
 *   + support (today); police: today -> now: danger yes x adult (2) x shared yes x topics (2) = 4 -> 16
 *   + police (now); + support (today): danger yes, adult no, shared yes x topics (2) = 2 -> 8
 * New flow's journeys: role 2 x place 3 x danger 3 x (3 topic sets without images
 * + 4 with images x 9) = 702; those using east or staff: 702 - 228 = 474.
 * Old flow's journeys: 2 x 2 x 3 x (1 + 2 x 3) = 84.
 */
const TOY_FOLDER = join(ROOT, 'tests/fixtures/toy-flows');
const readToyInput = (version: string) =>
  JSON.parse(readFileSync(join(TOY_FOLDER, `toy-${version}.flow.json`), 'utf8')) as FlowInput;
const toyOld = parseFlow(readToyInput('1.0.0'), 'toy-1.0.0');
const toyNew = parseFlow(readToyInput('2.0.0'), 'toy-2.0.0');

const summarise = (diff: FlowDiff) => ({
  compared: diff.compared,
  changed: diff.changed,
  onlyNew: diff.onlyNew,
  onlyOld: diff.onlyOld,
  paths: diff.paths,
  groups: diff.groups.map(({ count, example: _example, ...change }) => ({ ...change, count })),
});

describe('diffFlows on two toy flows', () => {
  const diff = diffFlows(toyOld, toyNew);

  test('counts the combinations compared, changed and only in the new flow as worked out by hand', () => {
    expect(summarise(diff)).toEqual({
      compared: 228,
      changed: 124,
      onlyNew: 474,
      onlyOld: 0,
      paths: { old: 84, new: 702 },
      groups: [
        { adds: [{ route: 'support', urgency: 'today' }], removes: [], urgency: {}, count: 48 },
        { adds: [], removes: [], urgency: { police: ['today', 'now'] }, count: 32 },
        { adds: [{ route: 'police', urgency: 'now' }], removes: [], urgency: {}, count: 20 },
        {
          adds: [{ route: 'support', urgency: 'today' }],
          removes: [],
          urgency: { police: ['today', 'now'] },
          count: 16,
        },
        {
          adds: [
            { route: 'police', urgency: 'now' },
            { route: 'support', urgency: 'today' },
          ],
          removes: [],
          urgency: {},
          count: 8,
        },
      ],
    });
    expect(diff.onlyNewValues).toEqual([
      { question: 'place', values: ['east'] },
      { question: 'topics', values: ['staff'] },
    ]);
    expect(diff.onlyNewQuestions).toEqual(['shared']);
    expect(diff.onlyOldQuestions).toEqual([]);
  });

  test('each example is a combination of its group: both paths answered, and only answers both flows allow', () => {
    for (const group of diff.groups) {
      expect(group.example.place).toBe('north');
      expect(group.example.topics).not.toContain('staff');
      expect(keepKnownAnswers(toyOld, group.example)).not.toHaveProperty('shared');
      expect(keepKnownAnswers(toyNew, group.example)).toEqual(group.example);
    }
  });

  test('swapped, the same changes read the other way, and the answers only the new flow had are counted as only old', () => {
    const swapped = diffFlows(toyNew, toyOld);
    expect(swapped.compared).toBe(228);
    expect(swapped.changed).toBe(124);
    expect(swapped.onlyOld).toBe(474);
    expect(swapped.onlyNew).toBe(0);
    expect(swapped.groups.map((group) => [group.adds, group.removes, group.count])).toEqual(
      diff.groups.map((group) => [group.removes, group.adds, group.count]),
    );
  });
});

describe('counting by multiplicity', () => {
  test('the questions counted are those no deciding condition reads in either flow', () => {
    expect(listMultiplicityQuestions(toyOld, toyNew)).toEqual(['role', 'place']);
    const placeDecides = readToyInput('2.0.0');
    placeDecides.rules.push({
      id: 'R8',
      when: { question: 'place', is: 'east' },
      add: ['report-site'],
      reason: 'East reports to the site.',
      sources: ['toy-source'],
    });
    expect(listMultiplicityQuestions(toyOld, parseFlow(placeDecides, 'place-decides'))).toEqual(['role']);
  });

  test('gives exactly what walking every answer gives, whether or not a rule reads the question', () => {
    const placeDecides = readToyInput('2.0.0');
    placeDecides.rules.push({
      id: 'R8',
      when: { question: 'place', is: ['east', 'south'] },
      add: ['report-site'],
      reason: 'East and south report to the site.',
      sources: ['toy-source'],
    });
    const pairs: [Flow, Flow][] = [
      [toyOld, toyNew],
      [toyNew, toyOld],
      [toyOld, parseFlow(placeDecides, 'place-decides')],
    ];
    for (const [before, after] of pairs) {
      const counted = diffFlows(before, after);
      const walked = diffFlows(before, after, { countByMultiplicity: false });
      expect(walked.countedByMultiplicity).toEqual([]);
      expect(summarise(counted)).toEqual(summarise(walked));
    }
  });
});
