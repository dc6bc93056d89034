import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { BatchLine } from '../../../src/cli/run-batch.ts';
import type { TriageOutput } from '../../../src/cli/run-triage.ts';
import { readScenarioFiles } from '../../support/flow.ts';
import { ROOT, expectRefusal, runCli, runTriageInProcess } from '../../support/run-cli.ts';

/**
 * `npm run --silent triage` as a user runs it. The options are tested on a toy
 * flow (tests/fixtures/toy-flows) through `--flow`, so that content changes do
 * not break them; the project's own flow is run on one of its scenario files.
 */
const TOY_FLOW = 'tests/fixtures/toy-flows/toy-2.0.0.flow.json';
const TOY_SCENARIOS = 'tests/fixtures/toy-scenarios';
const TOY_SCENARIO = `${TOY_SCENARIOS}/images-shared-by-an-adult.json`;
const toyAnswers = (
  JSON.parse(readFileSync(join(ROOT, TOY_SCENARIO), 'utf8')) as { answers: Record<string, string | string[]> }
).answers;

const triage = (args: string[], input?: string) => runTriageInProcess(args, input);
const triageToy = (answers: unknown, ...args: string[]) =>
  triage(['-', '--flow', TOY_FLOW, ...args], JSON.stringify({ answers }));
const routesOf = (output: TriageOutput) =>
  output.actions.map(({ route, urgency }) => `${route} (${urgency})`);

function writeTemporary(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'triage-')), name);
  writeFileSync(file, text);
  return file;
}

describe('npm run triage on the project flow', () => {
  const [example] = readScenarioFiles().filter((entry) => entry.scenario.expected);

  test('prints one JSON object with the actions in order, each with its words, reasons and sources', async () => {
    const result = await triage([`flows/scenarios/${example!.file}`]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as TriageOutput;
    expect(output.flow.id).toBe('online-abuse');
    expect(output.actions.map((action) => action.route)).toEqual(example!.scenario.expected!.routes);
    expect(output.warnings.map((warning) => warning.id)).toEqual(example!.scenario.expected!.warnings);
    expect(output.path).toEqual(Object.keys(example!.scenario.answers));
    for (const action of output.actions) {
      expect(action.title.length).toBeGreaterThan(0);
      expect(action.reasons.length).toBeGreaterThan(0);
      expect(action.sources.length).toBeGreaterThan(0);
    }
    expect(output.unused).toEqual([]);
  });

  test('--summary prints the core record; --summary --full adds the full reasoning as an appendix', async () => {
    const result = await triage([`flows/scenarios/${example!.file}`, '--summary']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^RECORD SUMMARY/);
    expect(result.stdout).toContain('Flow: online-abuse version');
    expect(result.stdout).toMatch(/^Record code: OA-/m);
    expect(result.stdout).not.toContain('APPENDIX');
    const full = await triage([`flows/scenarios/${example!.file}`, '--summary', '--full']);
    expect(full.status).toBe(0);
    const [core, appendix] = full.stdout.split('\nAPPENDIX: THE FULL REASONING\n');
    // The same core record, apart from the minute it was stamped.
    const unstamped = (text: string) => text.replace(/^Date and time: [^.]*\./m, '');
    expect(unstamped(`${core!.trimEnd()}\n`)).toBe(unstamped(result.stdout));
    expect(appendix).toContain('DECISIONS AND REASONS');
    expect(appendix).toContain('Decision flow: online-abuse version');
  });

  test('--full goes only with --summary', async () => {
    expect(expectRefusal(await triage([`flows/scenarios/${example!.file}`, '--full']))).toMatch(
      /^triage: --full goes with --summary; usage: /,
    );
  });

  test('a scenario that breaks the flow exits 2 with one line', async () => {
    expect(
      expectRefusal(await triage(['-'], JSON.stringify({ answers: { 'no-such-question': 'yes' } }))),
    ).toMatch(/^triage: standard input: unknown question 'no-such-question'/);
  });
});

describe('the real command, as a subprocess (the other tests call runTriageCommand in process)', () => {
  test('prints byte for byte what the in-process run prints, for a triage and for a refusal', async () => {
    for (const [args, input] of [
      [[TOY_SCENARIO, '--flow', TOY_FLOW]],
      [['-', '--flow', TOY_FLOW], JSON.stringify({ answers: { ...toyAnswers, adult: 'maybe' } })],
    ] as const) {
      const real = runCli('triage', args, input);
      expect(real.status).toBe(args[0] === '-' ? 2 : 0);
      expect(real).toEqual(await triage([...args], input));
    }
    // Two Node start-ups, each about 0.5 s alone and several times that on a busy machine.
  }, 20_000);
});

describe('npm run triage -- FILE --flow FLOW.json', () => {
  test('runs the scenario with that flow, reading standard input with -', async () => {
    const result = await triageToy(toyAnswers);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as TriageOutput;
    expect(output.flow).toEqual({
      id: 'toy',
      version: '2.0.0',
      title: 'A toy flow for the flow difference report',
    });
    expect(routesOf(output)).toEqual(['tell-lead (now)', 'police (today)', 'support (today)']);
    expect(output.actions.map((action) => action.by)).toEqual([
      'safeguarding-lead',
      'safeguarding-lead',
      'you',
    ]);
    expect(output.path).toEqual(['danger', 'role', 'place', 'topics', 'adult', 'shared']);
  });

  test('reads a scenario file, and lists answers the path never asks as unused', async () => {
    expect(JSON.parse((await triage([TOY_SCENARIO, '--flow', TOY_FLOW])).stdout)).toEqual(
      JSON.parse((await triageToy(toyAnswers)).stdout),
    );
    const unused = await triageToy({ ...toyAnswers, topics: ['bullying'] });
    expect((JSON.parse(unused.stdout) as TriageOutput).unused).toEqual(['adult', 'shared']);
  });

  test('--summary prints the record summary of that flow', async () => {
    const result = await triageToy(toyAnswers, '--summary');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^RECORD SUMMARY: A TOY FLOW/);
    expect(result.stdout).toContain('Flow: toy version 2.0.0');
  });

  test('a flow file that is missing, not JSON, or not a valid flow exits 2 with one line naming the file and the place', async () => {
    expect(expectRefusal(await triage([TOY_SCENARIO, '--flow', 'no/such.flow.json']))).toMatch(
      /^triage: no\/such\.flow\.json is not a valid flow: cannot be read/,
    );
    const notJson = writeTemporary('broken.flow.json', '{ "id": ');
    expect(expectRefusal(await triage([TOY_SCENARIO, '--flow', notJson]))).toMatch(
      /broken\.flow\.json is not a valid flow: not valid JSON/,
    );
    const toy = JSON.parse(readFileSync(join(ROOT, TOY_FLOW), 'utf8')) as {
      rules: { when: { question: string } }[];
    };
    toy.rules[0]!.when.question = 'no-such-question';
    const badPlace = writeTemporary('bad-rule.flow.json', JSON.stringify(toy));
    expect(expectRefusal(await triage([TOY_SCENARIO, '--flow', badPlace]))).toMatch(
      /bad-rule\.flow\.json is not a valid flow: rules\[0\] \(R1\)\.when: unknown question 'no-such-question'/,
    );
    const badShape = writeTemporary('bad-shape.flow.json', JSON.stringify({ ...toy, version: 'two' }));
    expect(expectRefusal(await triage([TOY_SCENARIO, '--flow', badShape]))).toMatch(
      /bad-shape\.flow\.json is not a valid flow: .*versions are MAJOR\.MINOR\.PATCH → at version/,
    );
  });
});

describe('a scenario the triage cannot run exits 2 with one line and nothing on standard output', () => {
  test('a missing file', async () => {
    expect(expectRefusal(await triage(['tests/fixtures/no-such-file.json', '--flow', TOY_FLOW]))).toMatch(
      /^triage: cannot read tests\/fixtures\/no-such-file\.json: no such file$/,
    );
  });

  test('a file that is not JSON', async () => {
    expect(expectRefusal(await triage(['-', '--flow', TOY_FLOW], '{ not json'))).toMatch(
      /^triage: standard input is not JSON/,
    );
  });

  test('a file that does not match the scenario shape', async () => {
    expect(
      expectRefusal(await triage(['-', '--flow', TOY_FLOW], JSON.stringify({ name: 'no answers' }))),
    ).toMatch(/does not match the scenario shape.*answers/);
    expect(expectRefusal(await triageToy({ topics: 3 }))).toMatch(
      /does not match the scenario shape.*answers\.topics/,
    );
  });

  test('an unknown question, named', async () => {
    expect(expectRefusal(await triageToy({ ...toyAnswers, 'favourite-colour': 'blue' }))).toMatch(
      /unknown question 'favourite-colour'/,
    );
  });

  test('a value not allowed for its question, naming the question and the allowed values', async () => {
    expect(expectRefusal(await triageToy({ ...toyAnswers, adult: 'maybe' }))).toMatch(
      /"maybe" is not allowed for 'adult' \(allowed: one of: yes, no, not-known\)/,
    );
    expect(expectRefusal(await triageToy({ ...toyAnswers, topics: 'images' }))).toMatch(
      /not allowed for 'topics' \(allowed: a list of one or more of: bullying, images, staff\)/,
    );
    expect(expectRefusal(await triageToy({ ...toyAnswers, topics: [] }))).toMatch(/not allowed for 'topics'/);
  });

  test('a path that reaches a question the scenario does not answer, naming it and its allowed values', async () => {
    const unanswered = { ...toyAnswers };
    delete unanswered.shared;
    expect(expectRefusal(await triageToy(unanswered))).toMatch(
      /does not answer 'shared', which this path asks \(allowed: one of: yes, no, not-known\)/,
    );
  });

  test('no scenario, two scenarios, an unknown option, or an option without its value, with the usage', async () => {
    for (const [args, message] of [
      [[], /give one scenario file, --batch PATH, --diagram or --replay CODE; usage: /],
      [[TOY_SCENARIO, TOY_SCENARIO], /not a scenario file and a scenario file; usage: /],
      [[TOY_SCENARIO, '--verbose'], /^triage: unknown option --verbose; usage: /],
      [[TOY_SCENARIO, '--flow'], /^triage: --flow needs a value; usage: /],
      [[TOY_SCENARIO, '--summary=yes'], /^triage: --summary takes no value; usage: /],
    ] as const) {
      expect(expectRefusal(await triage([...args]))).toMatch(message);
    }
  });
});

describe('npm run triage -- --batch PATH', () => {
  const parseLines = (stdout: string) =>
    stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as BatchLine);

  test('over a folder: one JSON line per scenario file, in name order, each the output of the single triage', async () => {
    const result = await triage(['--batch', TOY_SCENARIOS, '--flow', TOY_FLOW]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = parseLines(result.stdout);
    expect(lines.map((line) => line.scenario)).toEqual([
      'bullying-in-danger.json',
      'images-shared-by-an-adult.json',
    ]);
    for (const line of lines) {
      expect('result' in line && line.result).toEqual(
        JSON.parse((await triage([`${TOY_SCENARIOS}/${line.scenario}`, '--flow', TOY_FLOW])).stdout),
      );
    }
  });

  test('over a .jsonl file: one line per scenario, named FILE:LINE; a bad line gives an error line and exit 2, and the others still run', async () => {
    const jsonl = writeTemporary(
      'cases.jsonl',
      [
        JSON.stringify({ answers: toyAnswers }),
        '',
        '{ not json',
        JSON.stringify({ answers: { ...toyAnswers, adult: 'maybe' } }),
        JSON.stringify({ answers: { ...toyAnswers, topics: ['bullying'] } }),
      ].join('\n'),
    );
    const result = await triage(['--batch', jsonl, '--flow', TOY_FLOW]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('');
    const lines = parseLines(result.stdout);
    expect(lines.map((line) => [line.scenario, 'error' in line ? 'error' : 'result'])).toEqual([
      ['cases.jsonl:1', 'result'],
      ['cases.jsonl:3', 'error'],
      ['cases.jsonl:4', 'error'],
      ['cases.jsonl:5', 'result'],
    ]);
    const errors = lines.map((line) => ('error' in line ? line.error : ''));
    expect(errors[1]).toMatch(/^cases\.jsonl:3 is not JSON/);
    expect(errors[2]).toMatch(/^cases\.jsonl:4: "maybe" is not allowed for 'adult'/);
  });

  test('a path that is missing, empty, or neither a folder nor a .jsonl file exits 2 with one line', async () => {
    expect(expectRefusal(await triage(['--batch', 'no/such/folder']))).toMatch(
      /^triage: cannot read no\/such\/folder: no such file or folder$/,
    );
    expect(expectRefusal(await triage(['--batch', 'package.json']))).toMatch(
      /package\.json is neither a folder of scenario files nor a \.jsonl file/,
    );
    expect(expectRefusal(await triage(['--batch', writeTemporary('empty.jsonl', '\n')]))).toMatch(
      /empty\.jsonl holds no scenarios/,
    );
  });

  test('a broken --flow exits 2 before any scenario runs', async () => {
    expect(expectRefusal(await triage(['--batch', TOY_SCENARIOS, '--flow', 'no/such.flow.json']))).toMatch(
      /no\/such\.flow\.json is not a valid flow/,
    );
  });

  test('does not take a scenario file or --summary as well', async () => {
    expect(expectRefusal(await triage(['--batch', TOY_SCENARIOS, TOY_SCENARIO]))).toMatch(
      /not a scenario file and --batch; usage: /,
    );
    expect(expectRefusal(await triage(['--batch', TOY_SCENARIOS, '--summary']))).toMatch(
      /--summary goes with one scenario file; usage: /,
    );
  });
});

describe('npm run triage: what would change the plan (changes)', () => {
  /** Scenarios with "I don't know" answers, several concerns (so values removed as well as added), and a simple one. */
  const SCENARIOS = [
    'sextortion-of-15-year-old-boy-by-stranger.json',
    'cyberbullying-by-classmates.json',
    'under-13-semi-nude-no-sexual-acts.json',
    'every-concern-at-once.json',
    'teaching-assistant-hears-of-images-nothing-known.json',
  ];
  type Answers = Record<string, string | string[]>;

  /** The scenario's answers with the change made, as the contract says: `question` set to the changed answer, `assuming` added. */
  function applyChange(answers: Answers, change: TriageOutput['changes'][number]): Answers {
    const current = answers[change.question]!;
    let changed: string | string[] = change.value;
    if (change.choice === 'added') changed = [...[current].flat(), change.value];
    if (change.choice === 'removed') changed = [current].flat().filter((value) => value !== change.value);
    return { ...answers, [change.question]: changed, ...(change.assuming as Answers) };
  }

  test.each(SCENARIOS)(
    '%s: every listed change, triaged again, gives exactly the routes plus adds minus removes',
    async (name) => {
      const file = `flows/scenarios/${name}`;
      const answers = (JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { answers: Answers }).answers;
      const output = JSON.parse((await triage([file])).stdout) as TriageOutput;
      const routes = output.actions.map((action) => action.route);
      expect(output.changes.length).toBeGreaterThan(0);
      for (const change of output.changes) {
        expect(Object.keys(change).sort()).toEqual(
          ['adds', 'assuming', 'question', 'removes', 'value', ...(change.choice ? ['choice'] : [])].sort(),
        );
        expect(change.adds.length + change.removes.length).toBeGreaterThan(0);
        expect(output.path).toContain(change.question);
      }
      // All the changed scenarios in one batch: one process rather than one per change.
      const batch = writeTemporary(
        'changes.jsonl',
        output.changes.map((change) => JSON.stringify({ answers: applyChange(answers, change) })).join('\n'),
      );
      const result = await triage(['--batch', batch]);
      expect(result.status).toBe(0);
      const rerun = result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { result: TriageOutput }).result);
      expect(rerun).toHaveLength(output.changes.length);
      output.changes.forEach((change, index) => {
        const expected = [...routes.filter((route) => !change.removes.includes(route)), ...change.adds];
        expect(
          rerun[index]!.actions.map((action) => action.route).sort(),
          `${change.question} ${change.choice ?? 'set to'} ${change.value}`,
        ).toEqual(expected.sort());
      });
    },
  );

  test('a many-choice change says whether the value is added or removed, and never empties the answer', async () => {
    const output = JSON.parse(
      (await triage(['flows/scenarios/every-concern-at-once.json'])).stdout,
    ) as TriageOutput;
    const concerns = output.changes.filter((change) => change.question === 'concerns');
    expect(concerns.length).toBeGreaterThan(0);
    expect(concerns.every((change) => change.choice === 'removed')).toBe(true);
    const single = JSON.parse(
      (await triage(['flows/scenarios/cyberbullying-by-classmates.json'])).stdout,
    ) as TriageOutput;
    const added = single.changes.filter((change) => change.question === 'concerns');
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((change) => change.choice === 'added')).toBe(true);
    expect(single.changes.filter((change) => change.question !== 'concerns').every((c) => !c.choice)).toBe(
      true,
    );
  });
});
