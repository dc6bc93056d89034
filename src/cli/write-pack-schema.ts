import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { CouncilListSchema, NationalFallbackSchema, PackSchema } from '../packs/pack-schema.ts';
import { PACKS_FOLDER } from './read-pack-files.ts';

/** The editor JSON Schemas for the files in packs/, generated from the Zod schemas so that they never differ. */
export function buildPackJsonSchemas(): Record<string, string> {
  const write = (schema: z.ZodType, title: string) =>
    `${JSON.stringify({ ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }), title: `${title} (generated from src/packs/pack-schema.ts: do not edit)` }, null, 2)}\n`;
  return {
    'pack.schema.json': write(PackSchema, 'Partnership pack'),
    'national-fallback.schema.json': write(NationalFallbackSchema, 'National fallback contacts'),
    'council-list.schema.json': write(CouncilListSchema, 'Upper-tier councils in England'),
  };
}

const invokedDirectly = process.argv[1]?.endsWith('write-pack-schema.ts') ?? false;
if (invokedDirectly)
  for (const [name, text] of Object.entries(buildPackJsonSchemas())) {
    writeFileSync(`${PACKS_FOLDER}${name}`, text);
    process.stdout.write(`wrote ${PACKS_FOLDER}${name}\n`);
  }
