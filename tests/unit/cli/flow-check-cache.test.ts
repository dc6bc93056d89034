import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeCheckedFlow, findCheckedFlow } from '../../../src/cli/flow-check-cache.ts';
import { readFlowFile } from '../../../src/cli/read-flow-file.ts';
import { FlowError, parseFlow } from '../../../src/engine/parse-flow.ts';
import { ROOT } from '../../support/run-cli.ts';

/** The command line keeps which flow texts passed the journey search (docs/decisions/0031); it must never change a result. */
const toyText = readFileSync(join(ROOT, 'tests/fixtures/toy-flows/toy-2.0.0.flow.json'), 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'flow-check-cache-'));

describe('the cache of checked flows', () => {
  test('is keyed by the flow text and by the engine that checked it', () => {
    const key = describeCheckedFlow(toyText, ['engine a', 'engine b']);
    expect(describeCheckedFlow(toyText, ['engine a', 'engine b'])).toBe(key);
    expect(describeCheckedFlow(`${toyText} `, ['engine a', 'engine b'])).not.toBe(key);
    expect(describeCheckedFlow(toyText, ['engine a', 'engine c'])).not.toBe(key);
    expect(describeCheckedFlow(toyText, ['engine ae', 'ngine b'])).not.toBe(key);
  });

  test('a flow read twice is the same flow, and the full check found it valid', () => {
    // A text no other test writes, so that the first read is a full check.
    const text = toyText.replace('"title": "', `"title": "${Date.now()} `);
    const file = join(folder, 'toy.flow.json');
    writeFileSync(file, text);
    expect(findCheckedFlow(text).checked).toBe(false);
    const first = readFlowFile(file);
    expect(findCheckedFlow(text).checked).toBe(true);
    expect(readFlowFile(file)).toEqual(first);
    expect(first).toEqual(parseFlow(JSON.parse(text), file));
  });

  test('a flow that fails the journey search is never kept, and fails each time', () => {
    const flow = JSON.parse(toyText) as { title: string; rules: { when: unknown }[] };
    flow.title = `Never fires ${Date.now()}`;
    flow.rules[0]!.when = {
      all: [
        { question: 'danger', is: 'yes' },
        { question: 'danger', is: 'no' },
      ],
    };
    const text = JSON.stringify(flow);
    const file = join(folder, 'never.flow.json');
    writeFileSync(file, text);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(() => readFlowFile(file)).toThrow(FlowError);
      expect(() => readFlowFile(file)).toThrow(/rules\[0\] \(R1\)\.when: can never fire/);
      expect(findCheckedFlow(text).checked).toBe(false);
    }
  });
});
