import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildFlowJsonSchema } from '../../../src/verification/build-flow-json-schema.ts';

describe('flows/flow.schema.json', () => {
  test('is up to date with the Zod schema (run npm run flow:schema after changing it)', () => {
    const committed = readFileSync(new URL('../../../flows/flow.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(buildFlowJsonSchema());
  });

  test('describes the flow format, including the closed condition language', () => {
    const schema = JSON.parse(buildFlowJsonSchema()) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'version', 'questions', 'routes', 'rules', 'sources']),
    );
    expect(buildFlowJsonSchema()).toContain('"includes"');
    expect(buildFlowJsonSchema()).toContain('"lastChecked"');
  });
});
