import { z } from 'zod';
import { FlowSchema } from '../engine/flow-schema.ts';

/** The editor JSON Schema for flow files, generated from the Zod schema so that the two never differ. */
export function buildFlowJsonSchema(): string {
  const schema = z.toJSONSchema(FlowSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Decision flow (generated from src/engine/flow-schema.ts: do not edit)' }, null, 2)}\n`;
}
