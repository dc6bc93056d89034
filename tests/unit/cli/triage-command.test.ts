import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE = 'flows/scenarios/adult-asks-14-year-old-for-nudes.json';

/** Runs the real command, as `npm run --silent triage` does. */
function triage(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/triage.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The example's own answers: the bad-input cases below each break one thing in them.
const answers = (
  JSON.parse(readFileSync(join(ROOT, EXAMPLE), 'utf8')) as { answers: Record<string, string | string[]> }
).answers;

function expectBadInput(result: ReturnType<typeof triage>, message: RegExp) {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
}

describe('npm run triage', () => {
  test('prints the recommendation as one JSON object, in the order to act', () => {
    const result = triage([EXAMPLE]);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as {
      flow: { id: string; version: string };
      path: string[];
      actions: {
        route: string;
        urgency: string;
        title: string;
        reasons: string[];
        sources: string[];
        contact?: unknown;
      }[];
      warnings: { id: string; text: string }[];
      unused: string[];
    };
    expect(output.flow.id).toBe('online-abuse');
    expect(output.flow.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(output.path).toEqual(Object.keys(answers));
    expect(output.actions.map((action) => [action.route, action.urgency])).toEqual([
      ['tell-safeguarding-lead', 'now'],
      ['ceop', 'today'],
      ['childrens-social-care', 'today'],
    ]);
    for (const action of output.actions) {
      expect(action.title.length).toBeGreaterThan(0);
      expect(action.reasons.length).toBeGreaterThan(0);
      expect(action.sources.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(output.actions[2]!.contact)).toContain('023 9268 8793');
    expect(output.warnings.map((warning) => warning.id)).toEqual(['preserve-evidence']);
    expect(output.unused).toEqual([]);
  });

  test('reads the scenario from standard input with -', () => {
    const result = triage(['-'], JSON.stringify({ answers }));
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { actions: unknown[] }).actions).toHaveLength(3);
  });

  test('lists answers the path never asks as unused', () => {
    const result = triage(
      ['-'],
      JSON.stringify({ answers: { ...answers, 'threats-or-hate': 'yes', 'sexual-acts': 'no' } }),
    );
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { unused: string[] }).unused).toEqual([
      'sexual-acts',
      'threats-or-hate',
    ]);
  });

  test('--summary prints the plain-text record summary', () => {
    const result = triage([EXAMPLE, '--summary']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^RECORD SUMMARY/);
    expect(result.stdout).toContain('Decision flow: online-abuse version');
    expect(result.stdout).toContain('[Do this now] Tell your designated safeguarding lead now');
  });

  test('a missing file exits 2 with one line', () => {
    expectBadInput(triage(['flows/scenarios/no-such-file.json']), /cannot read .*no such file/);
  });

  test('a file that is not JSON exits 2', () => {
    expectBadInput(triage(['-'], '{ not json'), /is not JSON/);
  });

  test('a file that does not match the scenario shape exits 2', () => {
    expectBadInput(
      triage(['-'], JSON.stringify({ name: 'no answers' })),
      /does not match the scenario shape.*answers/,
    );
    expectBadInput(
      triage(['-'], JSON.stringify({ answers: { concerns: 3 } })),
      /does not match the scenario shape/,
    );
  });

  test('an unknown question id exits 2 and names it', () => {
    expectBadInput(
      triage(['-'], JSON.stringify({ answers: { ...answers, 'favourite-colour': 'blue' } })),
      /unknown question 'favourite-colour'/,
    );
  });

  test('a value not allowed for its question exits 2, naming the question and the allowed values', () => {
    expectBadInput(
      triage(['-'], JSON.stringify({ answers: { ...answers, 'adult-involved': 'maybe' } })),
      /"maybe" is not allowed for 'adult-involved' \(allowed: one of: yes, no, not-known\)/,
    );
    expectBadInput(
      triage(['-'], JSON.stringify({ answers: { ...answers, concerns: 'sexual-communication' } })),
      /not allowed for 'concerns' \(allowed: a list of one or more of: sexual-images, /,
    );
    expectBadInput(
      triage(['-'], JSON.stringify({ answers: { ...answers, concerns: [] } })),
      /not allowed for 'concerns'/,
    );
  });

  test('a path that reaches an unanswered question exits 2, naming it and its allowed values', () => {
    const incomplete: Partial<typeof answers> = { ...answers };
    delete incomplete['works-with-children'];
    expectBadInput(
      triage(['-'], JSON.stringify({ answers: incomplete })),
      /does not answer 'works-with-children'.*\(allowed: one of: yes, no, not-known\)/,
    );
  });

  test('no file, or an unknown option, exits 2 with the usage', () => {
    expectBadInput(triage([]), /usage: npm run --silent triage/);
    expectBadInput(triage([EXAMPLE, '--verbose']), /unknown option --verbose/);
  });
});
