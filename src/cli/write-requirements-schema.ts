import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRequirementsJsonSchema } from '../verification/build-requirements-json-schema.ts';

export const REQUIREMENTS_JSON_SCHEMA_FILE = fileURLToPath(
  new URL('../../flows/requirements.schema.json', import.meta.url),
);

writeFileSync(REQUIREMENTS_JSON_SCHEMA_FILE, buildRequirementsJsonSchema());
process.stdout.write(`wrote ${REQUIREMENTS_JSON_SCHEMA_FILE}\n`);
