import { z } from 'zod';
import { RequirementsCatalogueSchema } from './requirements-schema.ts';

/** The editor JSON Schema for requirements catalogues, generated from the Zod schema so that the two never differ. */
export function buildRequirementsJsonSchema(): string {
  const schema = z.toJSONSchema(RequirementsCatalogueSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io: 'input',
  });
  return `${JSON.stringify({ ...schema, title: 'Requirements catalogue (generated from src/verification/requirements-schema.ts: do not edit)' }, null, 2)}\n`;
}
