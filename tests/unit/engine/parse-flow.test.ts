import { describe, expect, test } from 'vitest';
import type { FlowInput } from '../../../src/engine/flow-schema.ts';
import { MAX_FILE_VALUES } from '../../../src/engine/flow-schema.ts';
import { FlowError, canConditionHold, parseFlow } from '../../../src/engine/parse-flow.ts';
import { MAX_SEARCH_STEPS } from '../../../src/engine/search-journeys.ts';
import { TOY_FLOW_FILE, copyToyFlow, toyFlow } from '../../support/toy-flow.ts';

/**
 * A flow with a mistake fails with a FlowError that names the file and the
 * place of every problem, so the author can fix it. Each test makes one
 * mistake in a copy of the toy flow (tests/fixtures/README.md lists its parts:
 * questions role, area, worries, adult; routes call-help, tell-lead, report,
 * keep-notes; rules R1 to R5).
 */

type Change = (raw: FlowInput) => void;
/** A row of a table of mistakes: what is wrong, how to make the mistake, the problem or place expected. */
type Mistake = [what: string, change: Change, expected: string];
/** A part of the raw flow as a plain record, to write what the types would not allow. */
const loose = (part: object) => part as Record<string, unknown>;

/** The problems parseFlow finds after `change`; fails the test if the flow is accepted. */
function problemsAfter(change: Change, options?: Parameters<typeof parseFlow>[2]): string[] {
  const raw = copyToyFlow();
  change(raw);
  try {
    parseFlow(raw, TOY_FLOW_FILE, options);
  } catch (error) {
    if (error instanceof FlowError) return error.problems;
    throw error;
  }
  throw new Error('the flow with the mistake was accepted');
}

function acceptsAfter(change: Change): boolean {
  const raw = copyToyFlow();
  change(raw);
  return parseFlow(raw, TOY_FLOW_FILE).id === 'toy';
}

describe('parseFlow on a good flow', () => {
  test('accepts the toy flow, so each failure below comes from the one mistake made', () => {
    expect(parseFlow(copyToyFlow(), TOY_FLOW_FILE).questions.map((question) => question.id)).toEqual([
      'role',
      'area',
      'worries',
      'adult',
    ]);
  });

  test('writes every condition value and rule addition in one shape', () => {
    const r5 = toyFlow.rules.find((rule) => rule.id === 'R5')!;
    expect(r5.when).toEqual({ question: 'worries', includes: ['messages'] });
    expect(r5.add).toEqual([{ route: 'keep-notes', when: { question: 'area', is: ['south'] } }]);
    expect(toyFlow.rules.find((rule) => rule.id === 'R1')!.add).toEqual([{ route: 'call-help' }]);
  });
});

describe('the error', () => {
  test('names the file, then lists every problem on its own line', () => {
    const raw = copyToyFlow();
    raw.rules[0]!.when = { question: 'worry', includes: 'hurt' };
    raw.rules[1]!.when = { question: 'job', is: 'staff' };
    let caught: unknown;
    try {
      parseFlow(raw, 'broken.flow.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FlowError);
    const error = caught as FlowError;
    expect(error.file).toBe('broken.flow.json');
    expect(error.problems).toEqual([
      "rules[0] (R1).when: unknown question 'worry'",
      "rules[1] (R2).when: unknown question 'job'",
    ]);
    expect(error.message).toBe(
      [
        'broken.flow.json is not a valid flow:',
        "  - rules[0] (R1).when: unknown question 'worry'",
        "  - rules[1] (R2).when: unknown question 'job'",
      ].join('\n'),
    );
  });
});

describe('problems of shape', () => {
  /** A shape problem is two lines: the message, then the place. */
  const expectShapeProblem = (problems: string[], message: string, place: string) => {
    const pairs = problems.slice(0, -1).map((line, index) => `${line}\n${problems[index + 1]}`);
    expect(pairs).toContain(`✖ ${message}\n  → at ${place}`);
  };

  test.each<[string, Change, string, string]>([
    [
      'a question kind that does not exist',
      (raw) => void (loose(raw.questions[0]!).kind = 'three'),
      'Invalid option: expected one of "one"|"many"',
      'questions[0].kind',
    ],
    [
      'a field the format does not have',
      (raw) => void (loose(raw.questions[1]!).colour = 'blue'),
      'Unrecognized key: "colour"',
      'questions[1]',
    ],
    [
      'an id that is not kebab-case',
      (raw) => void (raw.routes[1]!.id = 'Tell_Lead'),
      'ids are kebab-case: lower-case letters, digits and single hyphens',
      'routes[1].id',
    ],
    [
      'a rule id that is not R and a number',
      (raw) => void (raw.rules[0]!.id = 'rule-1'),
      'rule ids are R followed by a number, as in the spec',
      'rules[0].id',
    ],
    [
      'a short title longer than 45 characters',
      (raw) => void (raw.routes[1]!.short = 'x'.repeat(46)),
      'a short title has at most 45 characters',
      'routes[1].short',
    ],
  ])('names %s, with its place', (_, change, message, place) => {
    expectShapeProblem(problemsAfter(change), message, place);
  });

  test('names a date that is missing, not written YYYY-MM-DD, not a real day, or before the date last checked', () => {
    const problems = problemsAfter((raw) => {
      delete loose(raw.routes[0]!.contacts![0]!).lastChecked;
      raw.sources[0]!.reviewBy = '2020-01-01';
      raw.sources[1]!.lastChecked = '01/02/2026';
      raw.routes[2]!.contacts![0]!.reviewBy = '2026-02-30';
    });
    expectShapeProblem(problems, 'a date is required here', 'routes[0].contacts[0].lastChecked');
    expectShapeProblem(problems, 'reviewBy must not be earlier than lastChecked', 'sources[0].reviewBy');
    expectShapeProblem(problems, 'dates are written YYYY-MM-DD', 'sources[1].lastChecked');
    expectShapeProblem(problems, 'dates are written YYYY-MM-DD', 'routes[2].contacts[0].reviewBy');
  });
});

describe('problems with ids', () => {
  test.each([
    [
      'a question id',
      (raw) => void (raw.questions[1]!.id = 'role'),
      "question id 'role' is used more than once",
    ],
    ['a route id', (raw) => void (raw.routes[3]!.id = 'report'), "route id 'report' is used more than once"],
    ['a rule id', (raw) => void (raw.rules[4]!.id = 'R1'), "rule id 'R1' is used more than once"],
    [
      'a contact id, even on another route',
      (raw) => void (raw.routes[2]!.contacts![0]!.id = 'help-line'),
      "contact id 'help-line' is used more than once",
    ],
    [
      'an urgency id',
      (raw) => void (raw.roles.urgencies[2]!.id = 'now'),
      "urgency id 'now' is used more than once",
    ],
    [
      'an option value within a question',
      (raw) => void (raw.questions[2]!.options[1]!.value = 'hurt'),
      "questions[2] (worries): option value 'hurt' is used more than once",
    ],
  ] satisfies Mistake[])('names %s used twice', (_, change, problem) => {
    expect(problemsAfter(change)).toContain(problem);
  });

  test.each([
    [
      'a question read by a condition',
      (raw) => void (raw.rules[0]!.when = { question: 'worry', includes: 'hurt' }),
      "rules[0] (R1).when: unknown question 'worry'",
    ],
    [
      'a route added by a rule',
      (raw) => void (raw.rules[1]!.add = ['tell-boss']),
      "rules[1] (R2).add[0]: unknown route 'tell-boss'",
    ],
    [
      'a source cited by a route',
      (raw) => void (raw.routes[1]!.sources = ['toy-book']),
      "routes[1] (tell-lead).sources: unknown source 'toy-book'",
    ],
    [
      'a source cited by a contact',
      (raw) => void (raw.routes[2]!.contacts![0]!.source = 'toy-book'),
      "routes[2] (report).contacts[0] (north-line).source: unknown source 'toy-book'",
    ],
    [
      'a source cited by the procedure',
      (raw) => void (raw.procedure.source = 'toy-book'),
      "procedure.source: unknown source 'toy-book'",
    ],
  ] satisfies Mistake[])('names an unknown id: %s', (_, change, problem) => {
    expect(problemsAfter(change)).toContain(problem);
  });

  test('names a route that no rule adds', () => {
    expect(problemsAfter((raw) => void raw.rules.splice(4, 1))).toEqual([
      'routes[3] (keep-notes): no rule adds this route',
    ]);
  });
});

describe('problems in conditions', () => {
  const nobody = { question: 'nobody', is: 'x' };

  test.each([
    [
      'a question asked sometimes',
      (raw) => void (raw.questions[3]!.askedWhen = nobody),
      'questions[3] (adult).askedWhen',
    ],
    [
      'a conditional hint',
      (raw) => void (raw.questions[2]!.hintsWhen![0]!.when = nobody),
      'questions[2] (worries).hintsWhen[0].when',
    ],
    ['a rule', (raw) => void (raw.rules[0]!.when = nobody), 'rules[0] (R1).when'],
    [
      'a rule addition',
      (raw) => void (raw.rules[4]!.add = [{ route: 'keep-notes', when: nobody }]),
      'rules[4] (R5).add[0].when',
    ],
    [
      'a conditional reason',
      (raw) => void (raw.rules[3]!.reasonWhen![0]!.when = nobody),
      'rules[3] (R4).reasonWhen[0].when',
    ],
    [
      'a conditional step',
      (raw) => void (raw.routes[2]!.stepsWhen![0]!.when = nobody),
      'routes[2] (report).stepsWhen[0].when',
    ],
    ['a warning', (raw) => void (raw.warnings[0]!.when = nobody), 'warnings[0] (do-not-copy).when'],
    [
      'a conditional warning item',
      (raw) => void (raw.warnings[0]!.itemsWhen![0]!.when = nobody),
      'warnings[0] (do-not-copy).itemsWhen[0].when',
    ],
    ['a law note', (raw) => void (raw.lawNotes[0]!.when = nobody), 'lawNotes[0] (rules-changed).when'],
  ] satisfies Mistake[])('checks the condition of %s, naming its place', (_, change, place) => {
    expect(problemsAfter(change)).toContain(`${place}: unknown question 'nobody'`);
  });

  test("names 'is' used on a many-choice question", () => {
    expect(problemsAfter((raw) => void (raw.rules[0]!.when = { question: 'worries', is: 'hurt' }))).toEqual([
      "rules[0] (R1).when: use 'includes', not 'is', for the many-choice question 'worries'",
    ]);
  });

  test("names 'includes' used on a one-choice question", () => {
    expect(
      problemsAfter((raw) => void (raw.rules[1]!.when = { question: 'role', includes: 'staff' })),
    ).toEqual(["rules[1] (R2).when: use 'is', not 'includes', for the one-choice question 'role'"]);
  });

  test('names a value the question does not offer, with the values it does', () => {
    expect(
      problemsAfter((raw) => void (raw.rules[1]!.when = { question: 'role', is: ['staff', 'teacher'] })),
    ).toEqual(["rules[1] (R2).when: 'teacher' is not an answer to 'role' (allowed: dsl, staff)"]);
  });

  test('names a question that depends on a later question, or on itself', () => {
    expect(
      problemsAfter((raw) => void (raw.questions[2]!.askedWhen = { question: 'adult', is: 'yes' })),
    ).toContain(
      "questions[2] (worries).askedWhen: depends on 'adult', which is not asked before this question",
    );
    expect(
      problemsAfter((raw) => void (raw.questions[3]!.askedWhen = { question: 'adult', is: 'yes' })),
    ).toContain(
      "questions[3] (adult).askedWhen: depends on 'adult', which is not asked before this question",
    );
  });

  test('names a hint that depends on a later question, since a hint is shown with its question', () => {
    expect(
      problemsAfter((raw) => void (raw.questions[2]!.hintsWhen![0]!.when = { question: 'adult', is: 'yes' })),
    ).toEqual([
      "questions[2] (worries).hintsWhen[0].when: depends on 'adult', which is not asked before this question",
    ]);
  });

  test('lets a step, like a rule or a warning, read any question, since it is shown at the end', () => {
    expect(
      acceptsAfter((raw) => {
        raw.routes[1]!.stepsWhen = [
          { text: 'Say that an adult is involved.', when: { question: 'adult', is: 'yes' } },
        ];
      }),
    ).toBe(true);
  });
});

describe('problems with roles', () => {
  test.each([
    [
      'an emergency route the flow does not have',
      (raw) => void (raw.roles.emergencyRoute = 'call-999'),
      "roles.emergencyRoute: unknown route 'call-999'",
    ],
    [
      'an uncertain value that no question offers',
      (raw) => void raw.roles.uncertainValues.push('maybe'),
      "roles.uncertainValues[1]: 'maybe' is not an answer to any question",
    ],
    [
      'a user role question the flow does not have',
      (raw) => void (raw.roles.userRole.question = 'job'),
      "roles.userRole.question: unknown question 'job'",
    ],
    [
      'a user role question that is many-choice',
      (raw) => void (raw.roles.userRole = { question: 'worries', safeguardingLead: 'hurt' }),
      "roles.userRole.question: 'worries' must be a one-choice question that is always asked",
    ],
    [
      'a user role question asked only sometimes',
      (raw) => void (raw.roles.userRole = { question: 'adult', safeguardingLead: 'yes' }),
      "roles.userRole.question: 'adult' must be a one-choice question that is always asked",
    ],
    [
      'a safeguarding-lead answer the role question does not offer',
      (raw) => void (raw.roles.userRole.safeguardingLead = 'head'),
      "roles.userRole.safeguardingLead: 'head' is not an answer to 'role'",
    ],
    [
      'an area question the flow does not have',
      (raw) => void (raw.roles.areaQuestion = 'region'),
      "roles.areaQuestion: unknown question 'region'",
    ],
    [
      'an area question asked only sometimes',
      (raw) => void (raw.roles.areaQuestion = 'adult'),
      "roles.areaQuestion: 'adult' must be a one-choice question that is always asked",
    ],
    [
      'a contact for an area the area question does not offer',
      (raw) => void (raw.routes[2]!.contacts![0]!.areas = ['north', 'east']),
      "routes[2] (report).contacts[0] (north-line).areas: 'east' is not an answer to the area question 'area'",
    ],
    [
      'a record header question the flow does not have',
      (raw) => void raw.roles.recordHeader.push('setting'),
      "roles.recordHeader[2]: unknown question 'setting'",
    ],
    [
      'a route urgency that is not declared',
      (raw) => void (raw.routes[3]!.urgency = 'someday'),
      "routes[3] (keep-notes).urgency: 'someday' is not one of the urgencies in roles.urgencies (now, today, later)",
    ],
    [
      'a rule urgency that is not declared',
      (raw) => void (raw.rules[2]!.add = [{ route: 'report', urgency: 'asap' }]),
      "rules[2] (R3).add[0].urgency: 'asap' is not one of the urgencies in roles.urgencies",
    ],
    [
      "a rule that lowers a route's urgency",
      (raw) => void (raw.rules[2]!.add = [{ route: 'report', urgency: 'later' }]),
      "rules[2] (R3).add[0].urgency: a rule may raise a route's urgency, never lower it ('report' is 'today')",
    ],
  ] satisfies Mistake[])('names %s', (_, change, problem) => {
    expect(problemsAfter(change)).toContain(problem);
  });

  test('checks the roles only once every id is known, so one mistake is reported once', () => {
    expect(
      problemsAfter((raw) => {
        raw.routes[0]!.id = 'call-999';
        raw.rules[0]!.add = ['call-999'];
      }),
    ).toEqual(["roles.emergencyRoute: unknown route 'call-help'"]);
    expect(
      problemsAfter((raw) => {
        raw.routes[0]!.id = 'call-999';
      }),
    ).toEqual([
      "rules[0] (R1).add[0]: unknown route 'call-help'",
      'routes[0] (call-999): no rule adds this route',
    ]);
  });
});

describe('answers to assume for a question asked only sometimes', () => {
  /** A question asked only of staff, with no uncertain option. */
  const addPetsQuestion: Change = (raw) => {
    raw.questions.push({
      id: 'pets',
      kind: 'one',
      title: 'Is a pet involved?',
      summaryLabel: 'Pet involved',
      errorMessage: 'Select whether a pet is involved',
      askedWhen: { question: 'role', is: 'staff' },
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    });
  };

  test('names a question asked only sometimes that has no answer to assume', () => {
    expect(problemsAfter(addPetsQuestion)).toEqual([
      'questions[4] (pets): a question asked only sometimes needs an answer to assume when it has none: give it an option from roles.uncertainValues, or assumeIfUnanswered',
    ]);
  });

  test('accepts it with assumeIfUnanswered, or with an uncertain option', () => {
    expect(
      acceptsAfter((raw) => {
        addPetsQuestion(raw);
        raw.questions[4]!.assumeIfUnanswered = 'no';
      }),
    ).toBe(true);
    expect(
      acceptsAfter((raw) => {
        addPetsQuestion(raw);
        raw.questions[4]!.options.push({ value: 'not-sure', label: "I'm not sure" });
      }),
    ).toBe(true);
  });

  test("names an assumed answer that is not one of the question's answers", () => {
    expect(problemsAfter((raw) => void (raw.questions[3]!.assumeIfUnanswered = 'maybe'))).toEqual([
      "questions[3] (adult).assumeIfUnanswered: 'maybe' is not one of its answers",
    ]);
  });
});

describe('content that no journey can use', () => {
  const neither = (question: string, value: string) => ({
    all: [{ question, includes: value }, { not: { question, includes: value } }],
  });

  test('names a question that can never be reached', () => {
    expect(
      problemsAfter((raw) => void (raw.questions[3]!.askedWhen = neither('worries', 'messages'))),
    ).toContain('questions[3] (adult): can never be reached');
  });

  test('names a rule that can never fire, found by following the journeys', () => {
    // `adult` is only asked when the worries include messages or pictures.
    const adultWithoutThem = {
      all: [
        { question: 'adult', is: 'yes' },
        { not: { question: 'worries', includes: ['messages', 'pictures'] } },
      ],
    };
    expect(problemsAfter((raw) => void (raw.rules[2]!.when = adultWithoutThem))).toEqual([
      'rules[2] (R3).when: can never fire',
    ]);
  });

  test('names a conditional addition that can never apply with its rule', () => {
    expect(
      problemsAfter(
        (raw) =>
          void (raw.rules[4]!.add = [
            { route: 'keep-notes', when: { not: { question: 'worries', includes: 'messages' } } },
          ]),
      ),
    ).toEqual(['rules[4] (R5).add[0].when: can never apply']);
  });

  test('names a conditional step that can never be shown when its route is given', () => {
    // `report` is only given when an adult is or may be involved.
    expect(
      problemsAfter((raw) => void (raw.routes[2]!.stepsWhen![0]!.when = { question: 'adult', is: 'no' })),
    ).toEqual(['routes[2] (report).stepsWhen[0]: can never be shown']);
  });

  test('names a warning and a law note that can never apply', () => {
    expect(
      problemsAfter((raw) => {
        raw.warnings[0]!.when = neither('worries', 'pictures');
        raw.lawNotes[0]!.when = neither('worries', 'pictures');
      }),
    ).toEqual([
      'warnings[0] (do-not-copy).when: can never apply',
      'lawNotes[0] (rules-changed).when: can never apply',
    ]);
  });

  test('can skip the journey search (the browser does, after the build has run it) but still checks ids', () => {
    const breakRule: Change = (raw) => void (raw.rules[2]!.when = neither('worries', 'pictures'));
    expect(() => {
      const raw = copyToyFlow();
      breakRule(raw);
      parseFlow(raw, TOY_FLOW_FILE, { searchJourneys: false });
    }).not.toThrow();
    expect(
      problemsAfter(
        (raw) => {
          breakRule(raw);
          raw.rules[1]!.when = { question: 'job', is: 'staff' };
        },
        { searchJourneys: false },
      ),
    ).toEqual(["rules[1] (R2).when: unknown question 'job'"]);
  });
});

describe('canConditionHold', () => {
  test('is true when some journey ends with the condition true', () => {
    expect(canConditionHold(toyFlow, { question: 'adult', is: ['yes'] })).toBe(true);
    expect(
      canConditionHold(toyFlow, {
        all: [
          { question: 'role', is: ['dsl'] },
          { not: { question: 'adult', is: ['yes', 'no', 'not-sure'] } },
        ],
      }),
    ).toBe(true);
  });

  test('is false when the condition needs a question the journey does not ask', () => {
    expect(
      canConditionHold(toyFlow, {
        all: [
          { question: 'adult', is: ['no'] },
          { question: 'worries', includes: ['hurt'] },
          { not: { question: 'worries', includes: ['messages', 'pictures'] } },
        ],
      }),
    ).toBe(false);
  });
});

describe('parseFlow bounds the work of checking a flow (decision 0030)', () => {
  test(`refuses a file of more than ${MAX_FILE_VALUES.toLocaleString('en-GB')} values before parsing it`, () => {
    expect(
      problemsAfter((raw) => {
        raw.routes[0]!.steps = Array.from({ length: MAX_FILE_VALUES }, () => 'Step.');
      }),
    ).toEqual([
      'the file holds more than 20,000 values (each text, number, list and object counts): a flow this large takes too long to check',
    ]);
  });

  test('refuses a flow whose journey search would pass its budget, naming where it gave up', () => {
    const problems = problemsAfter((raw) => {
      // Thirty questions, each always asked: a rule that can never fire,
      // known only at the last, leaves 2^29 prefixes the search cannot merge.
      const added = Array.from({ length: 30 }, (_, index) => `extra-${index + 1}`);
      for (const id of added)
        raw.questions.push({
          id,
          kind: 'one',
          title: `${id}?`,
          summaryLabel: id,
          errorMessage: `Select ${id}`,
          options: [
            { value: 'first', label: 'First' },
            { value: 'second', label: 'Second' },
          ],
        });
      const last = { question: added.at(-1)!, is: 'first' };
      raw.rules.push({
        ...raw.rules[0]!,
        id: 'R99',
        when: {
          all: [
            { any: added.slice(0, -1).map((id) => ({ question: id, is: 'second' })) },
            last,
            { not: last },
          ],
        },
      });
    });
    expect(problems).toEqual([
      `rules[5] (R99).when: too many combinations of answers to check (at most ${MAX_SEARCH_STEPS.toLocaleString('en-GB')} steps of search): name fewer options in conditions, or make fewer questions depend on others`,
    ]);
  });
});
