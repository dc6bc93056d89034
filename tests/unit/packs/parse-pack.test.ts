import { describe, expect, it } from 'vitest';
import { buildPackTemplate } from '../../../src/packs/build-pack-template.ts';
import type { PackInput } from '../../../src/packs/pack-schema.ts';
import { TO_FILL_IN } from '../../../src/packs/pack-schema.ts';
import { PackError, parsePack } from '../../../src/packs/parse-pack.ts';
import { readRawHipsPack } from '../../support/packs.ts';

/** The problems parsePack reports for a pack, or [] when it is accepted. */
function problemsOf(raw: unknown): string[] {
  try {
    parsePack(raw, 'test.pack.json');
    return [];
  } catch (error) {
    if (error instanceof PackError) return error.problems;
    throw error;
  }
}

/** The HIPS pack with one change made to a copy. */
function hipsWith(change: (pack: PackInput & Record<string, unknown>) => void): unknown {
  const pack = structuredClone(readRawHipsPack()) as PackInput & Record<string, unknown>;
  change(pack);
  return pack;
}

describe('parsePack', () => {
  it('accepts the HIPS pack', () => {
    expect(problemsOf(readRawHipsPack())).toEqual([]);
  });

  it('refuses a phone number with letters in it, naming the council, the contact and the field', () => {
    const problems = problemsOf(
      hipsWith((pack) => {
        pack.councils[0]!.contacts[0]!.value = '01329 CALL ME';
      }),
    );
    expect(problems).toEqual([
      'councils[0].contacts[0] (hampshire-crt-urgent).value: a phone number is digits and spaces only',
    ]);
  });

  it('refuses a field of the wrong shape, naming its place', () => {
    const problems = problemsOf(
      hipsWith((pack) => {
        pack.councils[1]!.contacts[0]!.lastChecked = '25/11/2026';
      }),
    );
    expect(problems).toEqual(['councils[1].contacts[0].lastChecked: dates are written YYYY-MM-DD']);
  });

  it('refuses a service with no main contact, or two, because the page never guesses which to show first', () => {
    const none = problemsOf(
      hipsWith((pack) => {
        delete pack.councils[3]!.contacts[0]!.main;
      }),
    );
    expect(none).toEqual([
      'councils[3].contacts: service \'childrens-social-care\' needs exactly one contact with "main": true (it has 0)',
    ]);
    const two = problemsOf(
      hipsWith((pack) => {
        pack.councils[3]!.contacts[1]!.main = true;
      }),
    );
    expect(two).toEqual([
      'councils[3].contacts: service \'childrens-social-care\' needs exactly one contact with "main": true (it has 2)',
    ]);
  });

  it('refuses a LADO keyed to where the child lives: the LADO is decided by where the adult works', () => {
    const problems = problemsOf(
      hipsWith((pack) => {
        pack.councils[0]!.contacts.find((contact) => contact.id === 'hampshire-lado-phone')!.decidedBy =
          'child-home';
      }),
    );
    expect(problems).toEqual([
      "councils[0].contacts[5] (hampshire-lado-phone).decidedBy: a 'lado' contact is decided by adult-workplace, not child-home",
    ]);
  });

  it('refuses a review date more than six months after the check', () => {
    const problems = problemsOf(
      hipsWith((pack) => {
        pack.councils[2]!.contacts[0]!.reviewBy = '2027-12-01';
      }),
    );
    expect(problems).toEqual([
      'councils[2].contacts[0] (portsmouth-mash).reviewBy: review within 6 months of lastChecked (2026-11-25), not 2027-12-01',
    ]);
  });

  it('refuses a pack that tries to remove a national action, and says that packs only add', () => {
    const problems = problemsOf(
      hipsWith((pack) => {
        pack.removes = ['ceop'];
      }),
    );
    expect(problems).toEqual([
      "removes: a pack may add local steps and contacts, but never remove or lower a national action: 'removes' is refused",
    ]);
  });

  it('refuses a contact id used twice, and a council listed twice', () => {
    const problems = problemsOf(
      hipsWith((pack) => {
        pack.councils[1]!.contacts[0]!.id = 'hampshire-crt-urgent';
        pack.councils[2]!.code = 'E06000046';
      }),
    );
    expect(problems).toContain('councils[2].code: council E06000046 is listed twice');
    expect(problems).toContain(
      "id 'hampshire-crt-urgent' is used more than once: ids are unique across the pack",
    );
  });

  it('refuses a new version that is not in the amendments log', () => {
    const problems = problemsOf(
      hipsWith((pack) => {
        pack.version = '1.1.0';
      }),
    );
    expect(problems).toEqual([
      'amendments: the last entry is for version 1.0.0, but the pack is version 1.1.0: log what changed',
    ]);
  });
});

describe('the pack:new template', () => {
  const template = buildPackTemplate('example');

  it('explains every object in a $comment and is refused until every placeholder is filled in', () => {
    const problems = problemsOf(template);
    expect(problems.length).toBeGreaterThan(20);
    expect(problems.every((problem) => problem.endsWith(`still says '${TO_FILL_IN}'`))).toBe(true);
    expect(problems).toContain("councils[0].contacts[0].value: still says 'TO FILL IN'");
    expect(template.$comment).toContain('never remove or lower a national action');
    expect(template.councils[0]!.contacts[0]!.$comment).toContain('"main": true');
  });

  it('becomes a valid pack once the placeholders are filled in, so its shape is the real one', () => {
    const fillIn = (value: unknown, key = ''): unknown => {
      if (typeof value === 'string' && key !== '$comment' && value.startsWith(TO_FILL_IN))
        return key === 'value' && value.includes('digits')
          ? '0300 000 0000'
          : key === 'value' && value.includes('https')
            ? 'https://example.org/page'
            : 'Filled in';
      if (value === '2000-01-01') return '2026-12-01';
      if (Array.isArray(value)) return value.map((item) => fillIn(item));
      if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, fillIn(item, name)]));
      return value;
    };
    const filled = fillIn(template);
    expect(problemsOf(filled)).toEqual([]);
  });
});
