import { describe, expect, it } from 'vitest';
import { findServiceContacts, listCouncils, NATIONAL } from '../../src/packs/find-service-contacts.ts';
import { buildPackDirectory } from '../../src/packs/pack-directory.ts';
import { SERVICE_KEYS } from '../../src/packs/pack-schema.ts';
import { PackError, parseCouncilList, parsePack } from '../../src/packs/parse-pack.ts';
import { directory, readRawCouncilList, readRawHipsPack } from '../support/packs.ts';

const councils = directory.councilList.councils;
const HIPS_CODES = ['E10000014', 'E06000046', 'E06000044', 'E06000045'];
// Numbers every area shares: they are national, never "another council's".
const SHARED_NUMBERS = new Set(['999', '101', '0808 800 5000', '0800 011 3764']);

describe('the council list (packs/councils.json)', () => {
  it('holds the 153 upper-tier councils in England: 21 counties, 63 unitaries (with the Isles of Scilly), 36 metropolitan boroughs, 32 London boroughs and the City of London', () => {
    const byPrefix = (prefix: string) => councils.filter((council) => council.code.startsWith(prefix)).length;
    expect(councils).toHaveLength(153);
    expect({
      E10: byPrefix('E10'),
      E06: byPrefix('E06'),
      E08: byPrefix('E08'),
      E09: byPrefix('E09'),
    }).toEqual({
      E10: 21,
      E06: 63,
      E08: 36,
      E09: 33,
    });
    expect(councils.map((council) => council.name)).toEqual(
      expect.arrayContaining([
        'City of London Corporation',
        'Council of the Isles of Scilly',
        'Cumberland Council',
        'Westmorland and Furness Council',
      ]),
    );
  });

  it('names its sources and the date it was checked, and the reorganisation due before it must change', () => {
    expect(directory.councilList.sources.map((source) => source.id)).toEqual([
      'local-links-manager',
      'ons-recodes',
      'police-areas',
    ]);
    expect(directory.councilList.lastChecked).toBe('2026-12-03');
    expect(directory.councilList.knownChanges[0]!.change).toContain('East Surrey and West Surrey');
    expect(directory.councilList.reviewBy < directory.councilList.knownChanges[0]!.from).toBe(true);
  });

  it('puts every council in one of the 39 police force areas of England, London in the Metropolitan Police area', () => {
    expect(directory.councilList.policeForceAreas).toHaveLength(39);
    const london = councils.filter(
      (council) => council.code.startsWith('E09') && council.code !== 'E09000001',
    );
    expect(new Set(london.map((council) => council.policeForceArea))).toEqual(new Set(['E23000001']));
    const hips = councils.filter((council) => HIPS_CODES.includes(council.code));
    expect(new Set(hips.map((council) => council.policeForceArea))).toEqual(new Set(['E23000030']));
  });

  it('finds a council by the code GOV.UK still uses for it before the ONS recode', () => {
    expect(findServiceContacts(directory, 'E10000023', 'police').council?.code).toBe('E06000065');
    expect(findServiceContacts(directory, 'E08000016', 'police').council?.name).toBe(
      'Barnsley Metropolitan Borough Council',
    );
  });

  it('refuses a list where a council names a police force area the list does not have', () => {
    const raw = structuredClone(readRawCouncilList()) as { councils: { policeForceArea: string }[] };
    raw.councils[0]!.policeForceArea = 'E23000099';
    expect(() => parseCouncilList(raw, 'councils.json')).toThrow(
      /councils\[0\]\.policeForceArea: E23000099 is not in policeForceAreas/,
    );
  });
});

describe('listCouncils', () => {
  it('lists all 153 councils once each, with hips for the four HIPS councils and national for the rest', () => {
    const listed = listCouncils(directory);
    expect(listed).toHaveLength(153);
    expect(new Set(listed.map((council) => council.code)).size).toBe(153);
    expect(
      listed
        .filter((council) => council.pack === 'hips')
        .map((council) => council.code)
        .sort(),
    ).toEqual([...HIPS_CODES].sort());
    expect(listed.filter((council) => council.pack === NATIONAL)).toHaveLength(149);
  });
});

describe('findServiceContacts over every council', () => {
  it('gives every council a complete contact set for every service: contacts, one main among them, each tagged with its pack', () => {
    let checked = 0;
    for (const council of councils)
      for (const service of SERVICE_KEYS) {
        const found = findServiceContacts(directory, council.code, service);
        expect(found.contacts.length, `${council.name} ${service}`).toBeGreaterThan(0);
        expect(found.contacts).toContain(found.main);
        expect(
          found.contacts.every((contact) => contact.pack === found.pack && contact.service === service),
        ).toBe(true);
        expect(found.contacts.every((contact) => !contact.label.includes('{policeForceArea}'))).toBe(true);
        checked += 1;
      }
    expect(checked).toBe(153 * SERVICE_KEYS.length);
  });

  it('gives the HIPS councils the HIPS pack where it has the service, and every other council the national fallback', () => {
    for (const council of councils) {
      const pack = findServiceContacts(directory, council.code, 'childrens-social-care').pack;
      expect(pack, council.name).toBe(HIPS_CODES.includes(council.code) ? 'hips' : NATIONAL);
    }
    expect(findServiceContacts(directory, 'E06000045', 'lado').pack).toBe('hips');
    // Portsmouth's LADO was not confirmed, so it falls back rather than borrowing Hampshire's.
    expect(findServiceContacts(directory, 'E06000044', 'lado').pack).toBe(NATIONAL);
  });

  it("never gives a council another council's local number", () => {
    const localValues = new Map<string, Set<string>>();
    for (const pack of directory.packs)
      for (const council of pack.councils)
        localValues.set(council.code, new Set(council.contacts.map((contact) => contact.value)));
    for (const council of councils)
      for (const service of SERVICE_KEYS) {
        const own = localValues.get(council.code) ?? new Set<string>();
        for (const contact of findServiceContacts(directory, council.code, service).contacts) {
          if (own.has(contact.value) || SHARED_NUMBERS.has(contact.value)) continue;
          const owners = [...localValues]
            .filter(([, values]) => values.has(contact.value))
            .map(([code]) => code);
          expect(owners, `${council.name} ${service} shows ${contact.value}`).toEqual([]);
        }
      }
  });

  it("names the council's own police force area in the national 101 contact", () => {
    const found = findServiceContacts(directory, 'E08000025', 'police');
    expect(found.main.label).toBe('Police non-emergency line (101): West Midlands');
    expect(findServiceContacts(directory, undefined, 'police').main.label).toBe(
      'Police non-emergency line (101): the local police force',
    );
  });

  it('refuses a council code that does not exist, rather than quietly falling back', () => {
    expect(() => findServiceContacts(directory, 'E06999999', 'lado')).toThrow(
      'E06999999 is not an upper-tier council',
    );
  });
});

describe('buildPackDirectory', () => {
  const hips = parsePack(readRawHipsPack());

  it('refuses two packs covering the same council, and a pack naming a council that is not upper-tier', () => {
    const second = {
      ...hips,
      id: 'second',
      councils: [{ ...hips.councils[0]!, code: 'E07000084' as string }, hips.councils[1]!],
    };
    try {
      buildPackDirectory(directory.councilList, directory.national, [hips, second]);
      expect.unreachable('the directory was built');
    } catch (error) {
      expect(error).toBeInstanceOf(PackError);
      expect((error as PackError).problems).toEqual([
        "pack 'second' councils[0].code: E07000084 is not an upper-tier council in packs/councils.json",
        "pack 'second' councils[1].code: Isle of Wight Council is already covered by pack 'hips'",
      ]);
    }
  });

  it('refuses a pack that leaves out the police force of a council it covers', () => {
    const noForce = { ...hips, policeForces: [{ policeForceArea: 'E23000033', name: 'Sussex Police' }] };
    expect(() => buildPackDirectory(directory.councilList, directory.national, [noForce])).toThrow(PackError);
  });
});
