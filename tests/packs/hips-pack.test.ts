import { describe, expect, it } from 'vitest';
import { readFlowFile } from '../../src/cli/read-flow-file.ts';
import { findServiceContacts } from '../../src/packs/find-service-contacts.ts';
import type { ServiceKey } from '../../src/packs/pack-schema.ts';
import { directory } from '../support/packs.ts';

const HAMPSHIRE = 'E10000014';
const ISLE_OF_WIGHT = 'E06000046';
const PORTSMOUTH = 'E06000044';
const SOUTHAMPTON = 'E06000045';
const AREA_CODES: Record<string, string> = {
  hampshire: HAMPSHIRE,
  'isle-of-wight': ISLE_OF_WIGHT,
  portsmouth: PORTSMOUTH,
  southampton: SOUTHAMPTON,
};

const valuesOf = (council: string, service: ServiceKey) =>
  findServiceContacts(directory, council, service).contacts.map((contact) => contact.value);
const mainOf = (council: string, service: ServiceKey) =>
  findServiceContacts(directory, council, service).main.value;

describe('the HIPS pack', () => {
  it("holds children's social care as the domain notes record it (sections 4 and 9), main line first", () => {
    expect(mainOf(HAMPSHIRE, 'childrens-social-care')).toBe('01329 225379');
    expect(valuesOf(HAMPSHIRE, 'childrens-social-care')).toContain('0300 555 1384');
    expect(mainOf(ISLE_OF_WIGHT, 'childrens-social-care')).toBe('01983 823436');
    expect(valuesOf(ISLE_OF_WIGHT, 'childrens-social-care')).toEqual(
      expect.arrayContaining(['mash@iow.gov.uk', '01983 823435']),
    );
    expect(mainOf(PORTSMOUTH, 'childrens-social-care')).toBe('023 9268 8793');
    expect(mainOf(SOUTHAMPTON, 'childrens-social-care')).toBe('023 8083 2300');
    expect(valuesOf(SOUTHAMPTON, 'childrens-social-care')).toContain('023 8083 3004');
  });

  it('gives Southampton its own emergency duty team out of hours, and the others the shared Emergency Duty Service', () => {
    expect(mainOf(SOUTHAMPTON, 'childrens-social-care-out-of-hours')).toBe('023 8023 3344');
    expect(valuesOf(SOUTHAMPTON, 'childrens-social-care-out-of-hours')).not.toContain('0300 555 1373');
    for (const council of [HAMPSHIRE, ISLE_OF_WIGHT, PORTSMOUTH])
      expect(mainOf(council, 'childrens-social-care-out-of-hours')).toBe('0300 555 1373');
  });

  it("holds the LADOs content review 3 found (F-16): Southampton its own, the Isle of Wight Hampshire's", () => {
    expect(valuesOf(SOUTHAMPTON, 'lado')).toEqual([
      '023 8091 5535',
      '07500 952 037',
      'lado@southampton.gov.uk',
    ]);
    expect(mainOf(ISLE_OF_WIGHT, 'lado')).toBe('01962 876364');
    expect(valuesOf(HAMPSHIRE, 'lado')).toEqual(['01962 876364', 'child.protection@hants.gov.uk']);
  });

  it('keeps the opening hours the sources give: the Isle of Wight line Monday to Thursday 8:30 to 5 and Friday to 4:30', () => {
    const iow = findServiceContacts(directory, ISLE_OF_WIGHT, 'childrens-social-care').main;
    expect(iow.openingTimes).toEqual({
      windows: [
        { days: ['monday', 'tuesday', 'wednesday', 'thursday'], from: '08:30', to: '17:00' },
        { days: ['friday'], from: '08:30', to: '16:30' },
      ],
      confirmed: true,
    });
    const portsmouth = findServiceContacts(directory, PORTSMOUTH, 'childrens-social-care').main;
    expect(portsmouth.openingTimes?.confirmed).toBe(false);
  });

  it('marks as not confirmed what the research could not confirm: the Prevent addresses, the force website', () => {
    expect(findServiceContacts(directory, HAMPSHIRE, 'prevent').main.confirmed).toBe(false);
    expect(findServiceContacts(directory, ISLE_OF_WIGHT, 'prevent').main.confirmed).toBe(false);
    const online = findServiceContacts(directory, PORTSMOUTH, 'police').contacts.find(
      (contact) => contact.kind === 'website',
    );
    expect(online?.confirmed).toBe(false);
  });

  it('never shows the out-of-date Portsmouth 0845 number or the old Isle of Wight 0300 300 0117', () => {
    const every = directory.packs.flatMap((pack) =>
      pack.councils.flatMap((council) => council.contacts.map((contact) => contact.value)),
    );
    expect(every.filter((value) => value.startsWith('0845') || value === '0300 300 0117')).toEqual([]);
  });

  it('carries every local phone number and email of flow 2.0.0 for each of the areas it served', () => {
    const flow = readFlowFile();
    const local = flow.routes.flatMap((route) =>
      (route.contacts ?? []).filter(
        (contact) =>
          contact.areas &&
          (contact.kind === 'phone' || contact.kind === 'email') &&
          !contact.areas.includes('outside-area'),
      ),
    );
    expect(local.length).toBeGreaterThan(10);
    for (const contact of local)
      for (const area of contact.areas!) {
        const council = AREA_CODES[area]!;
        const inPack = directory.packByCouncil
          .get(council)!
          .councils.find((entry) => entry.code === council)!;
        expect(
          inPack.contacts.map((entry) => entry.value),
          `${contact.id} for ${area}`,
        ).toContain(contact.value);
      }
  });
});
