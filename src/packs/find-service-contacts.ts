import type { PackDirectory } from './pack-directory.ts';
import type { Council, PackContact, ServiceKey } from './pack-schema.ts';

/** The fallback's name for itself in `pack` tags and records. */
export const NATIONAL = 'national';

/** A contact as a route shows it, tagged with the pack it came from (or `national`). */
export type ServiceContact = PackContact & { pack: string };

export type ServiceContacts = {
  /** Absent when the council is not known ("I don't know"). */
  council?: Council;
  service: ServiceKey;
  /** The pack the contacts came from, or `national`. */
  pack: string;
  packVersion: string;
  contacts: ServiceContact[];
  /** The contact to show first: the one the data marks `main`, never guessed from a label. */
  main: ServiceContact;
};

const FORCE_PLACEHOLDER = /\{policeForceArea\}/g;
const UNKNOWN_FORCE = 'the local police force';

/** The council with this code, or with this as a former code. */
export function findCouncil(directory: PackDirectory, code: string): Council | undefined {
  return directory.councils.get(code);
}

/**
 * The contacts for one service for the council where the place that decides
 * it lies: the council's own pack contacts when its pack has that service,
 * otherwise the national fallback, with the council's police force area named
 * in it. `councilCode` undefined means the council is not known; an unknown
 * code is a mistake and throws, so that a typo never silently shows national
 * contacts where local ones exist.
 */
export function findServiceContacts(
  directory: PackDirectory,
  councilCode: string | undefined,
  service: ServiceKey,
): ServiceContacts {
  const council = councilCode === undefined ? undefined : findCouncil(directory, councilCode);
  if (councilCode !== undefined && !council)
    throw new Error(`${councilCode} is not an upper-tier council in England (packs/councils.json)`);
  const pack = council ? directory.packByCouncil.get(council.code) : undefined;
  const local = pack?.councils
    .find((packCouncil) => packCouncil.code === council?.code)
    ?.contacts.filter((contact) => contact.service === service);
  if (pack && local && local.length > 0) {
    const contacts = local.map((contact) => ({ ...contact, pack: pack.id }));
    return { council, service, pack: pack.id, packVersion: pack.version, contacts, main: findMain(contacts) };
  }
  const forceName = council
    ? (directory.policeForceAreaNames.get(council.policeForceArea) ?? UNKNOWN_FORCE)
    : UNKNOWN_FORCE;
  const contacts = directory.national.services[service].map((contact) => ({
    ...contact,
    label: contact.label.replace(FORCE_PLACEHOLDER, forceName),
    ...(contact.note === undefined ? {} : { note: contact.note.replace(FORCE_PLACEHOLDER, forceName) }),
    pack: NATIONAL,
  }));
  return {
    ...(council ? { council } : {}),
    service,
    pack: NATIONAL,
    packVersion: directory.national.version,
    contacts,
    main: findMain(contacts),
  };
}

function findMain(contacts: readonly ServiceContact[]): ServiceContact {
  // parsePack and parseNationalFallback refuse a service without exactly one main contact.
  const main = contacts.find((contact) => contact.main === true);
  if (!main) throw new Error(`no main contact among ${contacts.map((contact) => contact.id).join(', ')}`);
  return main;
}

/** Every council with the pack that covers it (or `national`), in the list's order: for choosers and `--councils`. */
export function listCouncils(directory: PackDirectory): { code: string; name: string; pack: string }[] {
  return directory.councilList.councils.map((council) => ({
    code: council.code,
    name: council.name,
    pack: directory.packByCouncil.get(council.code)?.id ?? NATIONAL,
  }));
}
