import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PackDirectory } from '../packs/pack-directory.ts';
import { buildPackDirectory } from '../packs/pack-directory.ts';
import type { CouncilList, NationalFallback, Pack } from '../packs/pack-schema.ts';
import { PackError, parseCouncilList, parseNationalFallback, parsePack } from '../packs/parse-pack.ts';

export const PACKS_FOLDER = fileURLToPath(new URL('../../packs/', import.meta.url));
export const COUNCIL_LIST_FILE = `${PACKS_FOLDER}councils.json`;
export const NATIONAL_FALLBACK_FILE = `${PACKS_FOLDER}national-fallback.json`;
export const PACK_FILE_SUFFIX = '.pack.json';

/** Reads a JSON file; a file that cannot be read or parsed throws a PackError naming it. */
function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PackError(file, [
      error instanceof SyntaxError
        ? `not valid JSON: ${error.message}`
        : `cannot be read: ${(error as Error).message}`,
    ]);
  }
}

export function readCouncilList(file = COUNCIL_LIST_FILE): CouncilList {
  return parseCouncilList(readJson(file), file);
}

export function readNationalFallback(file = NATIONAL_FALLBACK_FILE): NationalFallback {
  return parseNationalFallback(readJson(file), file);
}

export function readPackFile(file: string): Pack {
  return parsePack(readJson(file), file);
}

/** The pack files in the packs folder, in name order. */
export function listPackFiles(folder = PACKS_FOLDER): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(PACK_FILE_SUFFIX))
    .sort()
    .map((name) => `${folder}${name}`);
}

/** Every council in England with its pack or the national fallback, from the files in the packs folder. */
export function readPackDirectory(packFiles = listPackFiles()): PackDirectory {
  return buildPackDirectory(readCouncilList(), readNationalFallback(), packFiles.map(readPackFile));
}
