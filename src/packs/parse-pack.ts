import type { z } from 'zod';
import { countDaysUntil } from '../engine/find-due-content.ts';
import type { CouncilList, NationalFallback, Pack, PackContact } from './pack-schema.ts';
import {
  CouncilListSchema,
  NationalFallbackSchema,
  PackSchema,
  SERVICE_DECIDED_BY,
  TO_FILL_IN,
} from './pack-schema.ts';

/** A pack, council list or fallback file that cannot be used, with every problem found, each naming its place. */
export class PackError extends Error {
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string[]) {
    super(`${file} is not a valid pack: ${problems.join('; ')}`);
    this.name = 'PackError';
    this.file = file;
    this.problems = problems;
  }
}

/** A place in a file as an editor would look for it: `councils[0].contacts[2].value`. */
export function formatPlace(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPlace(issue.path) || '(top level)'}: ${issue.message}`);
}

/** Every string still holding the template's placeholder, by place. */
function findUnfilled(value: unknown, path: PropertyKey[] = []): string[] {
  if (typeof value === 'string')
    return value.includes(TO_FILL_IN) ? [`${formatPlace(path)}: still says '${TO_FILL_IN}'`] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findUnfilled(item, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      key === '$comment' ? [] : findUnfilled(item, [...path, key]),
    );
  return [];
}

/** The longest a contact may go between checks: partnerships' procedures are updated every six months. */
export const MAX_REVIEW_DAYS = 184;

/** Problems with a list of contacts for one council (or the fallback): ids, main contacts, places. */
export function findContactProblems(contacts: readonly PackContact[], place: string): string[] {
  const problems: string[] = [];
  const services = new Set(contacts.map((contact) => contact.service));
  for (const service of services) {
    const mains = contacts.filter((contact) => contact.service === service && contact.main === true);
    if (mains.length !== 1)
      problems.push(
        `${place}: service '${service}' needs exactly one contact with "main": true (it has ${mains.length})`,
      );
  }
  contacts.forEach((contact, index) => {
    const at = `${place}[${index}] (${contact.id})`;
    const allowed = SERVICE_DECIDED_BY[contact.service];
    if (!allowed.includes(contact.decidedBy))
      problems.push(
        `${at}.decidedBy: a '${contact.service}' contact is decided by ${allowed.join(' or ')}, not ${contact.decidedBy}`,
      );
    if (countDaysUntil(contact.reviewBy, contact.lastChecked) > MAX_REVIEW_DAYS)
      problems.push(
        `${at}.reviewBy: review within 6 months of lastChecked (${contact.lastChecked}), not ${contact.reviewBy}`,
      );
    if (contact.phoneOnlyIfUrgent !== undefined && contact.kind !== 'phone')
      problems.push(`${at}.phoneOnlyIfUrgent: only a phone line can be "phone only if urgent"`);
    if (contact.kind === 'phone' && !/^[0-9 ]+$/.test(contact.value))
      problems.push(`${at}.value: a phone number is digits and spaces only`);
    if ((contact.kind === 'form' || contact.kind === 'website') && !contact.value.startsWith('https://'))
      problems.push(`${at}.value: a form or website is a web address starting https://`);
  });
  return problems;
}

/**
 * The one place raw pack content becomes a typed Pack. Checks the shape, then
 * what the shape cannot say: no placeholder left, ids unique, one main contact
 * per service and council, each service keyed to the right place, and the
 * version recorded in the amendments log.
 */
export function parsePack(raw: unknown, file = 'pack'): Pack {
  const unfilled = findUnfilled(raw);
  if (unfilled.length > 0) throw new PackError(file, unfilled);
  const parsed = PackSchema.safeParse(raw);
  if (!parsed.success) throw new PackError(file, describeIssues(parsed.error));
  const pack = parsed.data;
  const problems: string[] = [];

  const codes = pack.councils.map((council) => council.code);
  codes.forEach((code, index) => {
    if (codes.indexOf(code) !== index)
      problems.push(`councils[${index}].code: council ${code} is listed twice`);
  });
  const ids = [
    ...pack.councils.flatMap((council) => council.contacts.map((contact) => contact.id)),
    ...pack.councils.flatMap((council) => (council.protocols ?? []).map((protocol) => protocol.id)),
    ...(pack.localAdditions ?? []).map((addition) => addition.id),
  ];
  for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index)))
    problems.push(`id '${id}' is used more than once: ids are unique across the pack`);
  pack.councils.forEach((council, index) =>
    problems.push(...findContactProblems(council.contacts, `councils[${index}].contacts`)),
  );
  (pack.localAdditions ?? []).forEach((addition, index) => {
    for (const code of addition.councils ?? [])
      if (!codes.includes(code))
        problems.push(`localAdditions[${index}].councils: ${code} is not one of this pack's councils`);
    if (addition.kind === 'contact')
      problems.push(
        ...findContactProblems([{ ...addition.contact, main: false }], `localAdditions[${index}].contact`),
      );
  });
  const latest = pack.amendments.at(-1)!;
  if (latest.version !== pack.version)
    problems.push(
      `amendments: the last entry is for version ${latest.version}, but the pack is version ${pack.version}: log what changed`,
    );
  if (problems.length > 0) throw new PackError(file, problems);
  return pack;
}

export function parseNationalFallback(raw: unknown, file = 'national fallback'): NationalFallback {
  const parsed = NationalFallbackSchema.safeParse(raw);
  if (!parsed.success) throw new PackError(file, describeIssues(parsed.error));
  const fallback = parsed.data;
  const problems = Object.entries(fallback.services).flatMap(([service, contacts]) =>
    findContactProblems(contacts, `services.${service}`),
  );
  const ids = Object.values(fallback.services).flatMap((contacts) => contacts.map((contact) => contact.id));
  for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index)))
    problems.push(`id '${id}' is used more than once in the fallback`);
  if (problems.length > 0) throw new PackError(file, problems);
  return fallback;
}

export function parseCouncilList(raw: unknown, file = 'council list'): CouncilList {
  const parsed = CouncilListSchema.safeParse(raw);
  if (!parsed.success) throw new PackError(file, describeIssues(parsed.error));
  const list = parsed.data;
  const problems: string[] = [];
  const forceCodes = new Set(list.policeForceAreas.map((area) => area.code));
  const allCodes = list.councils.flatMap((council) => [council.code, ...(council.formerCodes ?? [])]);
  for (const code of new Set(allCodes.filter((code, index) => allCodes.indexOf(code) !== index)))
    problems.push(`councils: code ${code} is used more than once`);
  list.councils.forEach((council, index) => {
    if (!forceCodes.has(council.policeForceArea))
      problems.push(
        `councils[${index}].policeForceArea: ${council.policeForceArea} is not in policeForceAreas`,
      );
  });
  if (problems.length > 0) throw new PackError(file, problems);
  return list;
}
