import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseFlow } from '../../src/engine/parse-flow.ts';
import { flow } from '../support/flow.ts';

const HISTORY = fileURLToPath(new URL('../../flows/history/', import.meta.url));
const CURRENT = fileURLToPath(new URL('../../flows/online-abuse.flow.json', import.meta.url));
const kept = readdirSync(HISTORY)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('flows/history: every released version is kept', () => {
  test('the current version is kept, byte for byte, so that its record codes can be replayed later', () => {
    const file = `${flow.id}-${flow.version}.json`;
    expect(kept).toContain(file);
    expect(readFileSync(join(HISTORY, file), 'utf8')).toBe(readFileSync(CURRENT, 'utf8'));
  });

  test.each(kept)('%s is a valid flow named after its id and version', (name) => {
    const parsed = parseFlow(JSON.parse(readFileSync(join(HISTORY, name), 'utf8')), name);
    expect(name).toBe(`${parsed.id}-${parsed.version}.json`);
  });

  test('keeps 1.1.0, the version before spec version 2', () => {
    expect(kept).toContain('online-abuse-1.1.0.json');
  });
});
