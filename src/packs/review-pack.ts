import { countDaysUntil } from '../engine/find-due-content.ts';
import type { Pack, ServiceKey } from './pack-schema.ts';
import { SERVICE_KEYS } from './pack-schema.ts';

export type PackFinding =
  | {
      kind: 'past-review' | 'due-soon';
      place: string;
      id: string;
      name: string;
      reviewBy: string;
      lastChecked: string;
      daysLeft: number;
    }
  | { kind: 'unconfirmed'; place: string; id: string; name: string }
  | { kind: 'missing'; place: string; council: string; service: ServiceKey }
  | { kind: 'not-signed-off'; place: string; role: string };

/**
 * What a partnership has to do to its pack on `today`: contacts and protocol
 * links past their review date or due within `withinDays`, details not
 * confirmed, services a council has no contact for (the national fallback is
 * shown for those), and a sign-off still to come.
 */
export function reviewPack(pack: Pack, today: string, withinDays: number): PackFinding[] {
  const findings: PackFinding[] = [];
  if (pack.signOff.status === 'draft')
    findings.push({ kind: 'not-signed-off', place: 'signOff', role: pack.signOff.role });
  pack.councils.forEach((council, councilIndex) => {
    const dated = [
      ...council.contacts.map((contact, index) => ({
        item: contact,
        name: contact.label,
        place: `councils[${councilIndex}].contacts[${index}]`,
      })),
      ...(council.protocols ?? []).map((protocol, index) => ({
        item: protocol,
        name: protocol.title,
        place: `councils[${councilIndex}].protocols[${index}]`,
      })),
    ];
    for (const { item, name, place } of dated) {
      const daysLeft = countDaysUntil(item.reviewBy, today);
      if (daysLeft <= withinDays)
        findings.push({
          kind: daysLeft < 0 ? 'past-review' : 'due-soon',
          place,
          id: item.id,
          name: `${council.name}: ${name}`,
          reviewBy: item.reviewBy,
          lastChecked: item.lastChecked,
          daysLeft,
        });
      if (!item.confirmed)
        findings.push({ kind: 'unconfirmed', place, id: item.id, name: `${council.name}: ${name}` });
    }
    for (const service of SERVICE_KEYS)
      if (!council.contacts.some((contact) => contact.service === service))
        findings.push({
          kind: 'missing',
          place: `councils[${councilIndex}]`,
          council: council.name,
          service,
        });
  });
  return findings;
}

/** Whether anything in the findings is past its review date: `pack:check` then exits 1. */
export function hasOverdue(findings: readonly PackFinding[]): boolean {
  return findings.some((finding) => finding.kind === 'past-review');
}
