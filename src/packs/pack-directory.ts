import type { Council, CouncilList, NationalFallback, Pack } from './pack-schema.ts';
import { PackError } from './parse-pack.ts';

/**
 * Every council in England with the pack that covers it, if any, and the
 * national fallback: built once from parsed files, then read by the resolver.
 */
export type PackDirectory = {
  councilList: CouncilList;
  national: NationalFallback;
  packs: readonly Pack[];
  /** By current code, and by any former code the council had. */
  councils: ReadonlyMap<string, Council>;
  policeForceAreaNames: ReadonlyMap<string, string>;
  /** The pack covering each council that has one, by current code. */
  packByCouncil: ReadonlyMap<string, Pack>;
};

/**
 * Puts the council list, the fallback and the packs together, refusing packs
 * that name a council the list does not have, cover a council another pack
 * covers, or leave out the police force of a council they cover.
 */
export function buildPackDirectory(
  councilList: CouncilList,
  national: NationalFallback,
  packs: readonly Pack[],
): PackDirectory {
  const councils = new Map<string, Council>();
  for (const council of councilList.councils)
    for (const code of [council.code, ...(council.formerCodes ?? [])]) councils.set(code, council);
  const packByCouncil = new Map<string, Pack>();
  const problems: string[] = [];
  const packIds = packs.map((pack) => pack.id);
  packIds.forEach((id, index) => {
    if (packIds.indexOf(id) !== index) problems.push(`pack id '${id}' is used by two packs`);
  });
  for (const pack of packs) {
    const forces = new Set(pack.policeForces.map((force) => force.policeForceArea));
    pack.councils.forEach((packCouncil, index) => {
      const place = `pack '${pack.id}' councils[${index}].code`;
      const council = councils.get(packCouncil.code);
      if (!council) {
        problems.push(`${place}: ${packCouncil.code} is not an upper-tier council in packs/councils.json`);
        return;
      }
      if (council.code !== packCouncil.code)
        problems.push(`${place}: ${packCouncil.code} is ${council.name}'s former code; use ${council.code}`);
      const other = packByCouncil.get(council.code);
      if (other) problems.push(`${place}: ${council.name} is already covered by pack '${other.id}'`);
      else packByCouncil.set(council.code, pack);
      if (!forces.has(council.policeForceArea))
        problems.push(
          `pack '${pack.id}' policeForces: ${council.name} lies in police force area ${council.policeForceArea}, which the pack does not list`,
        );
    });
  }
  if (problems.length > 0) throw new PackError('packs', problems);
  return {
    councilList,
    national,
    packs,
    councils,
    policeForceAreaNames: new Map(councilList.policeForceAreas.map((area) => [area.code, area.name])),
    packByCouncil,
  };
}
