import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PACKS_FOLDER } from '../../../src/cli/read-pack-files.ts';
import { buildPackJsonSchemas } from '../../../src/cli/write-pack-schema.ts';

describe('packs/*.schema.json', () => {
  test('are up to date with the Zod schemas (run npm run pack:schema after changing them)', () => {
    for (const [name, text] of Object.entries(buildPackJsonSchemas()))
      expect(readFileSync(`${PACKS_FOLDER}${name}`, 'utf8'), name).toBe(text);
  });

  test('describe the pack format, services by key included, for editors that check as you type', () => {
    const pack = buildPackJsonSchemas()['pack.schema.json']!;
    expect(JSON.parse(pack)).toHaveProperty(
      'required',
      expect.arrayContaining(['id', 'version', 'signOff', 'councils']),
    );
    for (const key of [
      '"childrens-social-care-out-of-hours"',
      '"adult-workplace"',
      '"openingTimes"',
      '"$comment"',
    ])
      expect(pack).toContain(key);
  });
});
