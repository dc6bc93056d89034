import { readFileSync } from 'node:fs';
import { COUNCIL_LIST_FILE, listPackFiles, readPackDirectory } from '../../src/cli/read-pack-files.ts';
import type { PackInput } from '../../src/packs/pack-schema.ts';

/** The packs folder as the app will see it: every council, the HIPS pack and the national fallback. */
export const directory = readPackDirectory();

/** The HIPS pack file as written, for tests that break one field at a time. */
export function readRawHipsPack(): PackInput {
  const file = listPackFiles().find((name) => name.endsWith('/hips.pack.json'))!;
  return JSON.parse(readFileSync(file, 'utf8')) as PackInput;
}

export function readRawCouncilList(): unknown {
  return JSON.parse(readFileSync(COUNCIL_LIST_FILE, 'utf8'));
}
