import { readFileSync } from 'node:fs';
import type { RequirementsCatalogue } from './requirements-schema.ts';
import { RequirementsCatalogueSchema } from './requirements-schema.ts';

/** The catalogue kept beside a flow file: `NAME.flow.json` has `NAME.requirements.json`. */
export function requirementsFileFor(flowFile: string): string {
  return flowFile.replace(/\.flow\.json$/, '.requirements.json');
}

/** Reads and parses a requirements catalogue; a mistake throws an error naming the file and each place. */
export function readRequirements(file: string): RequirementsCatalogue {
  const parsed = RequirementsCatalogueSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file} is not a valid requirements catalogue:\n${parsed.error.message}`);
  return parsed.data;
}
