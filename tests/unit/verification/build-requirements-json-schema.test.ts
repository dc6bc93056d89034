import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRequirementsJsonSchema } from '../../../src/verification/build-requirements-json-schema.ts';

describe('flows/requirements.schema.json', () => {
  it('is what npm run requirements:schema writes from the Zod schema', () => {
    const committed = readFileSync(
      new URL('../../../flows/requirements.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(buildRequirementsJsonSchema());
  });

  it('lets an editor check metBy references and requirement ids', () => {
    const schema = buildRequirementsJsonSchema();
    expect(schema).toContain('"metBy"');
    expect(schema).toContain('"outOfScope"');
    expect(schema).toContain('^[A-Z0-9]+(-[A-Z0-9]+)+$');
  });
});
