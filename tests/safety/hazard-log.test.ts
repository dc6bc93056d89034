import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Keeps docs/safety/hazard-log.md honest: every hazard has its fields and at
 * least one verifying test, its risk matches the log's own matrix, and every
 * test it names exists (an `it` or `test` with exactly that title, not
 * skipped) in the file it names. Test names are written `FILE::TITLE`.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const LOG_FILE = 'docs/safety/hazard-log.md';
const CASE_FILE = 'docs/safety/safety-case.md';

const SEVERITIES = ['Minor', 'Significant', 'Considerable', 'Major', 'Catastrophic'];
const LIKELIHOODS = ['Very high', 'High', 'Medium', 'Low', 'Very low'];
const FIELDS = ['Cause', 'Effect', 'Severity', 'Likelihood', 'Risk', 'Controls', 'Verified by'];

type Hazard = {
  id: string;
  title: string;
  fields: Map<string, string>;
  tests: { file: string; title: string }[];
};

/** Splits the log into hazards (`### H-NN: title`) and reads each `- **Field:** value` and each `FILE::TITLE`. */
function readHazards(text: string): Hazard[] {
  const headings = [...text.matchAll(/^### (H-\d{2}): (.+)$/gm)];
  return headings.map((heading, index) => {
    const body = text.slice(heading.index + heading[0].length, headings[index + 1]?.index ?? text.length);
    const fields = new Map<string, string>();
    const fieldMatches = [...body.matchAll(/^- \*\*([^*]+):\*\*(.*)$/gm)];
    fieldMatches.forEach((match, fieldIndex) => {
      const end = fieldMatches[fieldIndex + 1]?.index ?? body.length;
      fields.set(match[1]!.trim(), body.slice(match.index + 2 + match[1]!.length + 5, end).trim());
    });
    const verifiedBy = fields.get('Verified by') ?? '';
    const tests = [...verifiedBy.matchAll(/`([^`\s]+?)::([^`]+)`/g)].map((match) => ({
      file: match[1]!,
      title: match[2]!,
    }));
    return { id: heading[1]!, title: heading[2]!, fields, tests };
  });
}

/** The risk matrix as the log states it: likelihood -> severity -> risk. */
function readMatrix(text: string): Map<string, Map<string, number>> {
  const matrix = new Map<string, Map<string, number>>();
  for (const likelihood of LIKELIHOODS) {
    // Whitespace-tolerant, so that Prettier aligning the table's columns does not break the check.
    const row = new RegExp(`^\\|\\s*${likelihood}\\s*\\|((?:\\s*\\d\\s*\\|){5})\\s*$`, 'm').exec(text);
    if (!row) continue;
    const cells = row[1]!
      .split('|')
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '')
      .map(Number);
    matrix.set(likelihood, new Map(SEVERITIES.map((severity, index) => [severity, cells[index]!])));
  }
  return matrix;
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `source` declares a test with exactly this title: it('…'), test("…"), test.each(…)(`…`), and whether that test is skipped. */
function findTestTitle(source: string, title: string): 'found' | 'skipped' | 'missing' {
  const quoted = `(['"\`])${escapeForRegExp(title)}\\2`;
  const declared = new RegExp(`\\b(?:it|test)(\\.(?:each|for)\\([\\s\\S]*?\\))?\\(\\s*${quoted}`);
  const skipped = new RegExp(
    `\\b(?:it|test)\\.(?:skip|todo|only|fails)(\\.(?:each|for)\\([\\s\\S]*?\\))?\\(\\s*${quoted}`,
  );
  if (skipped.test(source)) return 'skipped';
  return declared.test(source) ? 'found' : 'missing';
}

const logText = readFileSync(join(root, LOG_FILE), 'utf8');
const hazards = readHazards(logText);
const matrix = readMatrix(logText);

describe('the hazard log', () => {
  it('lists hazards H-01 onwards, in order, each once', () => {
    expect(hazards.length).toBeGreaterThanOrEqual(9);
    expect(hazards.map((hazard) => hazard.id)).toEqual(
      hazards.map((_, index) => `H-${String(index + 1).padStart(2, '0')}`),
    );
  });

  it('gives every hazard a cause, effect, severity, likelihood, risk, controls and at least one verifying test', () => {
    const missing = hazards.flatMap((hazard) =>
      FIELDS.filter((field) => !hazard.fields.get(field)).map((field) => `${hazard.id}: no ${field}`),
    );
    expect(missing).toEqual([]);
    expect(
      hazards
        .filter((hazard) => hazard.tests.length === 0)
        .map((hazard) => `${hazard.id} has no verifying test`),
    ).toEqual([]);
  });

  it("rates every hazard on the log's scales, with the risk its matrix gives", () => {
    expect([...matrix.keys()]).toEqual(LIKELIHOODS);
    const wrong = hazards.flatMap((hazard) => {
      const severity = hazard.fields.get('Severity') ?? '';
      const likelihood = hazard.fields.get('Likelihood') ?? '';
      if (!SEVERITIES.includes(severity)) return [`${hazard.id}: unknown severity '${severity}'`];
      if (!LIKELIHOODS.includes(likelihood)) return [`${hazard.id}: unknown likelihood '${likelihood}'`];
      const expected = matrix.get(likelihood)!.get(severity);
      return hazard.fields.get('Risk') === String(expected)
        ? []
        : [`${hazard.id}: risk should be ${expected} for ${likelihood} x ${severity}`];
    });
    expect(wrong).toEqual([]);
    // Risks of 4 or 5 are unacceptable: such a hazard needs more controls before release.
    expect(
      hazards.filter((hazard) => Number(hazard.fields.get('Risk')) >= 4).map((hazard) => hazard.id),
    ).toEqual([]);
  });

  it('names only verifying tests that exist, under tests/, and are not skipped', () => {
    const problems = hazards.flatMap((hazard) =>
      hazard.tests.flatMap(({ file, title }) => {
        const path = join(root, file);
        if (!file.startsWith('tests/') || !existsSync(path)) return [`${hazard.id}: no test file ${file}`];
        const found = findTestTitle(readFileSync(path, 'utf8'), title);
        return found === 'found'
          ? []
          : [
              `${hazard.id}: ${file}::${title} is ${found === 'skipped' ? 'skipped' : 'not a test in that file'}`,
            ];
      }),
    );
    expect(problems).toEqual([]);
    expect(hazards.flatMap((hazard) => hazard.tests).length).toBeGreaterThan(hazards.length);
  });

  it('covers the hazards the issue names', () => {
    const titles = hazards.map((hazard) => hazard.title.toLowerCase()).join('\n');
    for (const words of [
      'immediate danger',
      'adult-involved imagery',
      'view',
      "wrong area's contact",
      'ceop',
      'out-of-date',
      'answers lost or changed',
      'leak from the browser',
      'misleading record summary',
    ]) {
      expect(titles, words).toContain(words);
    }
  });

  it('is argued from in the safety case, which refers to every hazard', () => {
    const caseText = readFileSync(join(root, CASE_FILE), 'utf8');
    expect(hazards.filter((hazard) => !caseText.includes(hazard.id)).map((hazard) => hazard.id)).toEqual([]);
    expect(caseText).toMatch(/supports?, (and )?(never|does not) replace/i);
  });
});

describe('the hazard log checker', () => {
  it('finds a test title however it is quoted, and notices a missing or skipped one', () => {
    const source = [
      "it('plain title', () => {});",
      'test("title with \'quotes\'", () => {});',
      "test.each([[1], [2]])('%s each title', () => {});",
      // Built from parts so that no search for skipped tests mistakes this fixture for one.
      `it.${'skip'}('skipped title', () => {});`,
    ].join('\n');
    expect(findTestTitle(source, 'plain title')).toBe('found');
    expect(findTestTitle(source, "title with 'quotes'")).toBe('found');
    expect(findTestTitle(source, '%s each title')).toBe('found');
    expect(findTestTitle(source, 'skipped title')).toBe('skipped');
    expect(findTestTitle(source, 'plain')).toBe('missing');
  });

  it('reads fields and FILE::TITLE entries from a hazard', () => {
    const [hazard] = readHazards(
      '### H-01: Example\n\n- **Cause:** a cause\n- **Verified by:**\n  - `tests/a.test.ts::does a thing`\n',
    );
    expect(hazard?.fields.get('Cause')).toBe('a cause');
    expect(hazard?.tests).toEqual([{ file: 'tests/a.test.ts', title: 'does a thing' }]);
  });
});
