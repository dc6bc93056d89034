import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFlowJsonSchema } from '../verification/build-flow-json-schema.ts';

export const FLOW_JSON_SCHEMA_FILE = fileURLToPath(new URL('../../flows/flow.schema.json', import.meta.url));

writeFileSync(FLOW_JSON_SCHEMA_FILE, buildFlowJsonSchema());
process.stdout.write(`wrote ${FLOW_JSON_SCHEMA_FILE}\n`);
