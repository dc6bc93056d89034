import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkRequirements,
  describeUnaddressed,
  FLOW_REFERENCE_KINDS,
  parseFlowReference,
  resolveFlowReference,
} from '../../../src/verification/check-requirements.ts';
import type { RequirementsCatalogue } from '../../../src/verification/requirements-schema.ts';
import { RequirementsCatalogueSchema } from '../../../src/verification/requirements-schema.ts';
import { toyFlow } from '../../support/toy-flow.ts';

const text = readFileSync(new URL('../../fixtures/toy.requirements.json', import.meta.url), 'utf8');

/** A fresh copy of the toy catalogue as written, to break or change in one test. */
function copyToyCatalogue(): Record<string, unknown> & { requirements: Record<string, unknown>[] } {
  return JSON.parse(text) as Record<string, unknown> & { requirements: Record<string, unknown>[] };
}

function changeToyCatalogue(
  change: (raw: ReturnType<typeof copyToyCatalogue>) => void,
): RequirementsCatalogue {
  const raw = copyToyCatalogue();
  change(raw);
  return RequirementsCatalogueSchema.parse(raw);
}

const toyCatalogue = RequirementsCatalogueSchema.parse(copyToyCatalogue());

describe('resolveFlowReference', () => {
  it.each([
    ['rule:R1', 'rule R1'],
    ['reason-when:R4#1', 'Pictures make this more serious.'],
    ['route:report', 'Report it to the toy service'],
    ['step:keep-notes#1', 'Write down what you saw, and when.'],
    ['step-when:report#1', 'Say that an adult is involved.'],
    ['warning:do-not-copy', 'Do not copy the pictures'],
    ['item:do-not-copy#1', 'Do not copy, forward or save them.'],
    ['item-when:do-not-copy#1', 'Ask your DSL what to do with the device.'],
    ['question:adult', toyFlow.questions[3]!.title],
    ['answer:adult=not-sure', "I'm not sure"],
    ['hint-when:worries#1', 'Your DSL can help you answer.'],
    ['law-note:toy-only', toyFlow.lawNotes[1]!.title],
  ])('resolves %s to what it names', (reference, expected) => {
    expect(resolveFlowReference(reference, toyFlow)).toEqual({ text: expected });
  });

  it('has a resolving example for every kind it documents', () => {
    const documented = Object.values(FLOW_REFERENCE_KINDS).map((line) => line.split(': ')[1]!);
    expect(documented.map((reference) => parseFlowReference(reference).kind).sort()).toEqual(
      Object.keys(FLOW_REFERENCE_KINDS).sort(),
    );
  });

  it.each([
    ['rule:R9', "no rule 'R9'"],
    ['route:nowhere', "no route 'nowhere'"],
    ['step:report#2', 'has 1 steps, not 2'],
    ['step:report', 'needs #N: the number of the step'],
    ['step-when:keep-notes#1', 'has 0 conditional steps, not 1'],
    ['item:do-not-copy#3', 'has 1 items, not 3'],
    ['warning:nothing', "no warning 'nothing'"],
    ['question:age', "no question 'age'"],
    ['answer:adult=maybe', "question 'adult' has no answer 'maybe'"],
    ['answer:adult', "needs =VALUE: one of the question's answers"],
    ['reason-when:R1#1', 'has 0 conditional reasons, not 1'],
    ['law-note:gone', "no law note 'gone'"],
    ['rule:R1#1', 'rule takes no #N'],
    ['route:report=yes', 'route takes no =VALUE'],
    ['contact:help-line', "unknown kind 'contact'"],
  ])('refuses %s, saying why', (reference, problem) => {
    const resolved = resolveFlowReference(reference, toyFlow);
    expect('problem' in resolved && resolved.problem).toContain(problem);
  });
});

describe('checkRequirements on the toy flow', () => {
  it('resolves every reference of the toy catalogue and finds every rule cited', () => {
    const check = checkRequirements(toyCatalogue, toyFlow);
    expect(check.unresolved).toEqual([]);
    expect(check.uncitedRules).toEqual([]);
    expect(check.wrongFlow).toBeUndefined();
  });

  it('indexes each rule to the requirements that cite it, counting a conditional reason as the rule', () => {
    const check = checkRequirements(toyCatalogue, toyFlow);
    const ids = (rule: string) => check.requirementsByRule.get(rule)?.map((requirement) => requirement.id);
    expect(ids('R1')).toEqual(['TOY-HURT-CALL-HELP']);
    expect(ids('R4')).toEqual(['TOY-ADULT-REPORT']);
  });

  it('lists a requirement with neither a flow id nor a reason as unaddressed, with its gap', () => {
    const check = checkRequirements(toyCatalogue, toyFlow);
    expect(check.unaddressed.map((requirement) => requirement.id)).toEqual(['TOY-ASK-AGE']);
    expect(describeUnaddressed(check.unaddressed)).toBe("TOY-ASK-AGE: ask the child's age");
  });

  it('does not count a requirement met in part, or out of scope, as unaddressed', () => {
    const check = checkRequirements(toyCatalogue, toyFlow);
    expect(check.unaddressed.map((requirement) => requirement.id)).not.toContain('TOY-ADULT-REPORT');
    expect(check.unaddressed.map((requirement) => requirement.id)).not.toContain('TOY-TRAINING');
  });

  it('reports a cited id that does not exist, with the requirement that cites it', () => {
    const catalogue = changeToyCatalogue((raw) => {
      raw.requirements[0]!.metBy = ['rule:R1', 'route:call-the-moon'];
    });
    expect(checkRequirements(catalogue, toyFlow).unresolved).toEqual([
      {
        requirement: 'TOY-HURT-CALL-HELP',
        reference: 'route:call-the-moon',
        problem: "no route 'call-the-moon'",
      },
    ]);
  });

  it('reports a rule that no requirement cites, even when its route is cited', () => {
    const catalogue = changeToyCatalogue((raw) => {
      raw.requirements[0]!.metBy = ['route:call-help'];
    });
    expect(checkRequirements(catalogue, toyFlow).uncitedRules).toEqual(['R1']);
  });

  it('reports a catalogue written for another flow', () => {
    const catalogue = changeToyCatalogue((raw) => {
      raw.flow = 'online-abuse';
    });
    expect(checkRequirements(catalogue, toyFlow).wrongFlow).toEqual({
      catalogue: 'online-abuse',
      flow: 'toy',
    });
  });
});

describe('RequirementsCatalogueSchema', () => {
  const problemsOf = (change: (raw: ReturnType<typeof copyToyCatalogue>) => void) => {
    const raw = copyToyCatalogue();
    change(raw);
    const parsed = RequirementsCatalogueSchema.safeParse(raw);
    return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  };

  it('accepts the toy catalogue', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('refuses a duplicate requirement id', () => {
    expect(problemsOf((raw) => (raw.requirements[1]!.id = 'TOY-HURT-CALL-HELP'))).toContain(
      'duplicate requirement id TOY-HURT-CALL-HELP',
    );
  });

  it('refuses a requirement from a document the catalogue does not list', () => {
    expect(problemsOf((raw) => (raw.requirements[0]!.document = 'other-guidance'))).toContain(
      'unknown document other-guidance',
    );
  });

  it('refuses an unconfirmed requirement that does not say why', () => {
    expect(problemsOf((raw) => delete raw.requirements[2]!.unconfirmedBecause)).toContain(
      'an unconfirmed requirement says why in unconfirmedBecause',
    );
  });

  it('refuses a requirement both met and out of scope', () => {
    expect(problemsOf((raw) => (raw.requirements[0]!.outOfScope = 'not ours'))).toContain(
      'a requirement out of scope is met by nothing: remove metBy or outOfScope',
    );
  });

  it('refuses a reference that is not KIND:ID', () => {
    expect(problemsOf((raw) => (raw.requirements[0]!.metBy = ['R1']))).toEqual([
      expect.stringContaining('a flow reference is KIND:ID'),
    ]);
  });

  it('refuses ids that are not capitals in hyphenated parts', () => {
    expect(problemsOf((raw) => (raw.requirements[0]!.id = 'toy-hurt'))).toEqual([
      expect.stringContaining('requirement ids are capitals'),
    ]);
  });
});
