import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRulebook } from '../../../src/cli/build-rulebook.ts';
import { RequirementsCatalogueSchema } from '../../../src/verification/requirements-schema.ts';
import { toyFlow } from '../../support/toy-flow.ts';

const catalogue = RequirementsCatalogueSchema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/toy.requirements.json', import.meta.url), 'utf8')),
);
const files = { flow: 'toy.flow.json', catalogue: 'toy.requirements.json' };
const rulebook = buildRulebook(toyFlow, catalogue, files);

/** The text of one `### ` section of the rulebook, up to the next heading. */
function section(heading: string): string {
  const start = rulebook.indexOf(`### ${heading}\n`);
  expect(start, `no section ${heading}`).toBeGreaterThanOrEqual(0);
  const end = rulebook.indexOf('\n#', start + 4);
  return rulebook.slice(start, end < 0 ? undefined : end);
}

describe('buildRulebook on the toy flow', () => {
  it('writes each rule in plain words: when, what the plan includes, and why', () => {
    expect(section('R3')).toContain(
      "When Adult involved is 'Yes', the plan includes 'Report it to the toy service', raised to 'Do this now', because an adult is involved: report it now.",
    );
  });

  it("writes a rule's conditional reason with its condition in words", () => {
    expect(section('R4')).toContain(
      "- And, when Worries includes 'Pictures shared': Pictures make this more serious.",
    );
  });

  it('lists under each rule the requirements that cite it, with their source and date read', () => {
    expect(section('R1')).toContain(
      '**TOY-HURT-CALL-HELP**: When a child is hurt, call for help at once. _(Toy guidance, Part 1; read 2026-12-03)_',
    );
    expect(section('R3')).toContain('**Not confirmed.**');
  });

  it('gives every question its answers and why it is asked', () => {
    const role = section(`Q1. ${toyFlow.questions[0]!.title}`);
    expect(role).toMatch(/Answers: .*\(`dsl`\).*\(`staff`\)/);
    expect(role).toContain('Why it is asked: It decides rule R2.');
  });

  it('gives every action who does it and its urgency', () => {
    const report = section('Report it to the toy service');
    expect(report).toContain('Who does it: the designated safeguarding lead (DSL)');
    expect(report).toContain('Added by: R3 and R4.');
    expect(section('Get help now')).toContain("Urgency: 'Do this now'");
  });

  it('says what is out of scope and why, and what is not yet met', () => {
    expect(rulebook).toContain(
      '- **TOY-TRAINING**: Train every member of staff each year. Why not: training is not a decision about one case',
    );
    expect(rulebook).toMatch(
      /## 8\. Not yet met\n\nNot met at all \(1\)[^\n]*\n\n- \*\*TOY-ASK-AGE\*\*: ask the child's age/,
    );
    expect(rulebook).toContain(
      'Met only in part (1):\n\n- **TOY-ADULT-REPORT**: also ask whether the adult is known',
    );
  });

  it('names a rule that serves no requirement as a problem to fix before approval', () => {
    const uncited = RequirementsCatalogueSchema.parse({
      ...catalogue,
      requirements: catalogue.requirements.filter((requirement) => requirement.id !== 'TOY-HURT-CALL-HELP'),
    });
    const text = buildRulebook(toyFlow, uncited, files);
    expect(text).toContain('- Rule R1 serves no requirement.');
    expect(text).toContain('**none: a rule must serve at least one requirement.**');
  });

  it('is the same text every time for the same flow and catalogue', () => {
    expect(buildRulebook(toyFlow, catalogue, files)).toBe(rulebook);
  });
});
