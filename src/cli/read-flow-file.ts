import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Flow } from '../engine/flow-schema.ts';
import { parseFlow } from '../engine/parse-flow.ts';

export const FLOW_FILE = fileURLToPath(new URL('../../flows/online-abuse.flow.json', import.meta.url));

/** Reads and parses a flow file; a mistake throws a FlowError naming the file and the place. */
export function readFlowFile(file = FLOW_FILE): Flow {
  return parseFlow(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
}
