import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readFlowFile } from '../../../src/cli/read-flow-file.ts';
import { FlowError } from '../../../src/engine/parse-flow.ts';

describe('readFlowFile', () => {
  test('names the file when it is not valid JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'flow-')), 'bad.flow.json');
    writeFileSync(file, '{ "id": ');
    expect(() => readFlowFile(file)).toThrow(FlowError);
    expect(() => readFlowFile(file)).toThrow(/bad\.flow\.json is not a valid flow:[\s\S]*not valid JSON/);
  });

  test('names the file when it cannot be read', () => {
    expect(() => readFlowFile('/no/such/flow.json')).toThrow(
      /\/no\/such\/flow\.json is not a valid flow:[\s\S]*cannot be read/,
    );
  });
});
