import type { Answers } from './answers.ts';
import type { ContactPlace, Flow } from './flow-schema.ts';

/** What the choice of a main contact reads of a contact: facts in the data, never its label. */
export type PlacedContact = {
  decidedBy: ContactPlace;
  areas?: readonly string[] | undefined;
  main?: true | undefined;
  beside?: 'out-of-hours' | 'alternative' | undefined;
};

/** Each place the user was asked about, with their answer (an answer to the area question). */
export type KnownPlaces = ReadonlyMap<ContactPlace, string>;

/** The main contact of an action and what goes beside it: its out-of-hours line first, then another way. */
export type MainContact<Entry> = { main: Entry; beside: Entry[] };

/**
 * The places the answers say: where the child lives (`roles.areaQuestion`),
 * and any other place the flow asks about (`roles.placeQuestions`). A place
 * that was not asked is absent, so nothing decided by it can be chosen.
 */
export function listKnownPlaces(flow: Flow, answers: Answers): KnownPlaces {
  const known = new Map<ContactPlace, string>();
  const questions: [ContactPlace, string | undefined][] = [
    ['child-home', flow.roles.areaQuestion],
    ...Object.entries(flow.roles.placeQuestions ?? {}).map(
      ([place, question]): [ContactPlace, string | undefined] => [place as ContactPlace, question],
    ),
  ];
  for (const [place, question] of questions) {
    const answer = question === undefined ? undefined : answers[question];
    if (typeof answer === 'string') known.set(place, answer);
  }
  return known;
}

/** Whether the contact is right for these answers: national, or for the answered place. */
export function appliesToKnownPlace(contact: PlacedContact, known: KnownPlaces): boolean {
  if (contact.decidedBy === 'national') return true;
  const answer = known.get(contact.decidedBy);
  return answer !== undefined && (contact.areas?.includes(answer) ?? false);
}

/**
 * The contacts a route lists for these answers: national ones; those for the
 * place the user answered, where the place decides; and, where the place was
 * not asked (where the adult works), every one, each with its condition, for
 * the user to pick from.
 */
export function selectContacts<Entry extends PlacedContact>(
  contacts: readonly Entry[] | undefined,
  known: KnownPlaces,
): Entry[] {
  return (contacts ?? []).filter(
    (contact) => !known.has(contact.decidedBy) || appliesToKnownPlace(contact, known),
  );
}

/**
 * The one contact the plan at a glance offers for an action: the contact the
 * data marks `main` for the place the user answered, or else the national one.
 * A contact decided by a place the user was not asked is never chosen, even
 * when it is the only number known (the Hampshire LADO for a Portsmouth
 * child): the national main contact says how to find the right one instead.
 * Undefined when the action contacts no service (no main contact in its data).
 * See docs/decisions/0057.
 */
export function findMainContact<Entry extends PlacedContact>(
  contacts: readonly Entry[] | undefined,
  known: KnownPlaces,
): MainContact<Entry> | undefined {
  const applying = (contacts ?? []).filter((contact) => appliesToKnownPlace(contact, known));
  const mains = applying.filter((contact) => contact.main);
  // The contact for the user's own place is more precise than a national one.
  const main = mains.find((contact) => contact.decidedBy !== 'national') ?? mains[0];
  if (!main) return undefined;
  const beside = [
    ...applying.filter((contact) => contact.beside === 'out-of-hours'),
    ...applying.filter((contact) => contact.beside === 'alternative'),
  ];
  return { main, beside };
}
