import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readPackCheckOptions,
  writeCouncilListReport,
  writePackCheckReport,
} from '../../../src/cli/check-pack.ts';
import { writePackTemplate } from '../../../src/cli/new-pack.ts';
import { buildPackTemplate } from '../../../src/packs/build-pack-template.ts';
import { parsePack } from '../../../src/packs/parse-pack.ts';
import { PackSchema } from '../../../src/packs/pack-schema.ts';
import { directory, readRawHipsPack } from '../../support/packs.ts';
import { runCli } from '../../support/run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'pack-check-'));
const writePack = (name: string, pack: unknown) => {
  const file = join(folder, name);
  writeFileSync(file, JSON.stringify(pack));
  return file;
};
const hips = PackSchema.parse(readRawHipsPack());
// Each run starts Node on the TypeScript and reads the packs and the flow: about 1 s alone, more on a loaded machine.
const CLI_TIMEOUT = 20_000;

describe('npm run pack:check', () => {
  it(
    'exits 0 for the HIPS pack today, listing what is unconfirmed, missing and not signed off',
    () => {
      const run = runCli('pack:check', ['packs/hips.pack.json', '--today', '2026-12-03']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(
        "Pack check for 'hips' version 1.0.0 (packs/hips.pack.json) on 2026-12-03",
      );
      expect(run.stdout).toMatch(/NOT CONFIRMED \(\d+\)/);
      expect(run.stdout).toContain('  - councils[2] Portsmouth City Council: lado');
      expect(run.stdout).toContain('NOT SIGNED OFF');
      expect(run.stdout).not.toContain('PAST REVIEW DATE');
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 1 when a contact is past its review date, naming its place and how long ago',
    () => {
      const run = runCli('pack:check', ['packs/hips.pack.json', '--today', '2027-02-26']);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/PAST REVIEW DATE \(\d+\)/);
      expect(run.stdout).toContain(
        "  - councils[0].contacts[0] 'hampshire-crt-urgent': Hampshire County Council: Hampshire Children's Reception Team: urgent child protection enquiries (professionals)\n    review by 2027-02-25, last checked 2026-11-25: 1 day past review",
      );
    },
    CLI_TIMEOUT,
  );

  it(
    'lists contacts due within 30 days without failing',
    () => {
      const run = runCli('pack:check', ['packs/hips.pack.json', '--today', '2027-02-01']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/DUE FOR REVIEW WITHIN 30 DAYS \(\d+\)/);
      expect(run.stdout).toContain('review due in 24 days');
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 2 for a broken pack, naming the file and each place, with nothing on standard output',
    () => {
      // A field missing altogether: the schema names its place.
      const missing = structuredClone(readRawHipsPack());
      delete (missing.councils[1]!.contacts[0] as { source?: string }).source;
      const missingFile = writePack('missing-source.pack.json', missing);
      const run = runCli('pack:check', [missingFile]);
      expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: '' });
      expect(run.stderr).toBe(
        `${missingFile}: councils[1].contacts[0].source: a web address starting https://\n`,
      );
      // A field of the right type that cannot be right: the pack's own checks name it too.
      const wrong = structuredClone(readRawHipsPack());
      wrong.councils[3]!.contacts[0]!.value = 'ring the office';
      const wrongFile = writePack('wrong-phone.pack.json', wrong);
      const phone = runCli('pack:check', [wrongFile]);
      expect({ status: phone.status, stdout: phone.stdout }).toEqual({ status: 2, stdout: '' });
      expect(phone.stderr).toBe(
        `${wrongFile}: councils[3].contacts[0] (southampton-crs).value: a phone number is digits and spaces only\n`,
      );
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 2 for a pack whose local step would lower a national route, checked against the flow',
    () => {
      const lowering = {
        ...readRawHipsPack(),
        localAdditions: [
          {
            id: 'police-later',
            kind: 'step',
            route: 'police',
            text: 'Report it next week.',
            urgency: 'next',
            source: 'https://example.org/',
          },
        ],
      };
      const run = runCli('pack:check', [writePack('lowering.pack.json', lowering)]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        "localAdditions[0] (police-later).urgency: 'next' is less urgent than the national 'today' for 'police': a pack may raise a route's urgency, never lower it",
      );
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 2 for a file that is not JSON',
    () => {
      const file = join(folder, 'not-json.pack.json');
      writeFileSync(file, '{ "id": ');
      const run = runCli('pack:check', [file]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^${file}: not valid JSON`));
    },
    CLI_TIMEOUT,
  );

  it('refuses an option it does not know', () => {
    expect(readPackCheckOptions(['--soon'], new Date('2026-12-03T12:00:00Z'))).toMatch(
      /^pack:check: cannot read '--soon'/,
    );
    expect(
      readPackCheckOptions(['a.pack.json', '--within', '7', '--today', '2027-01-01'], new Date()),
    ).toEqual({
      files: ['a.pack.json'],
      today: '2027-01-01',
      withinDays: 7,
    });
  });

  it('leaves confirmed contacts and a signed-off pack out of the report, and still lists services with no local contact', () => {
    const tidy = {
      ...hips,
      signOff: { status: 'signed-off' as const, role: 'Partnership business manager', date: '2026-12-01' },
      councils: hips.councils.map((council) => ({
        ...council,
        protocols: [],
        contacts: council.contacts.map((contact) => ({ ...contact, confirmed: true })),
      })),
    };
    const withEveryService = writePackCheckReport(tidy, 'tidy.pack.json', '2026-12-03', 30);
    expect(withEveryService).toContain('MISSING');
    expect(withEveryService).not.toContain('NOT CONFIRMED');
    expect(withEveryService).not.toContain('NOT SIGNED OFF');
  });
});

describe('a pack with nothing to do', () => {
  it('says so plainly: every service has a confirmed local contact inside its review date, and the pack is signed off', () => {
    // The template, filled in: it has a contact for every service.
    const fillIn = (value: unknown, key = ''): unknown => {
      if (key === 'confirmed') return true;
      if (key === 'signOff')
        return { status: 'signed-off', role: 'Partnership business manager', date: '2026-12-01' };
      if (typeof value === 'string' && key !== '$comment' && value.startsWith('TO FILL IN'))
        return key === 'value' && value.includes('digits')
          ? '0300 000 0000'
          : key === 'value' && value.includes('https')
            ? 'https://example.org/page'
            : 'Filled in';
      if (value === '2000-01-01') return key === 'reviewBy' ? '2027-05-01' : '2026-12-01';
      if (Array.isArray(value)) return value.map((item) => fillIn(item));
      if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, fillIn(item, name)]));
      return value;
    };
    const pack = parsePack(fillIn(buildPackTemplate('complete')), 'complete.pack.json');
    const report = writePackCheckReport(pack, 'complete.pack.json', '2026-12-03', 30);
    expect(report).toContain(
      'OK: every contact is confirmed and inside its review date, and every service has a local contact.',
    );
    expect(report).not.toMatch(/MISSING|NOT CONFIRMED|NOT SIGNED OFF|PAST REVIEW|DUE FOR REVIEW/);
  });
});

describe('the council list in the pack check', () => {
  it('is quiet while in date, warns of the Surrey reorganisation within 30 days of it, and is overdue after its review date', () => {
    expect(writeCouncilListReport(directory.councilList, '2026-12-03', 30)).toEqual({
      text: '',
      overdue: false,
    });
    const late = writeCouncilListReport(directory.councilList, '2027-03-15', 30);
    expect(late.overdue).toBe(true);
    expect(late.text).toContain('PAST REVIEW DATE: packs/councils.json was due for review on 2027-03-01.');
    expect(late.text).toContain('COUNCIL CHANGE from 2027-04-01: Surrey County Council');
  });
});

describe('npm run pack:new', () => {
  it(
    'writes a template with every field explained, which pack:check refuses until it is filled in',
    () => {
      const result = writePackTemplate('north-example', `${folder}/`);
      expect(result).toEqual({ file: `${folder}/north-example.pack.json` });
      const text = readFileSync(`${folder}/north-example.pack.json`, 'utf8');
      expect(text).toContain('"$comment"');
      expect(text).toContain('"id": "north-example"');
      const run = runCli('pack:check', [`${folder}/north-example.pack.json`]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("councils[0].contacts[0].value: still says 'TO FILL IN'");
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses a name that is not kebab-case, or one already taken',
    () => {
      expect(writePackTemplate('North Example', `${folder}/`)).toMatch(
        /^pack:new: 'North Example' is not a pack name/,
      );
      expect(writePackTemplate('north-example', `${folder}/`)).toMatch(/already exists/);
      const run = runCli('pack:new', []);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^pack:new: give one name/);
    },
    CLI_TIMEOUT,
  );
});
