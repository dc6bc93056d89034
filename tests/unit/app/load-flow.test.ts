import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadFlow } from '../../../src/app/load-flow.ts';
import { parseFlow } from '../../../src/engine/parse-flow.ts';
import { FLOW_PATH } from '../../../src/flow-file.ts';

describe('the flow the browser gets', () => {
  test("is exactly the build's full parse of the flow file: nothing lost or changed on the way", () => {
    const parsed = parseFlow(JSON.parse(readFileSync(FLOW_PATH, 'utf8')) as unknown, FLOW_PATH);
    expect(loadFlow()).toStrictEqual(parsed);
  });

  test('has its conditions already normalised, as the engine needs them (a single value becomes a list)', () => {
    const conditional = loadFlow().questions.filter((question) => question.askedWhen);
    expect(conditional.length).toBeGreaterThan(0);
    const values = JSON.stringify(conditional.map((question) => question.askedWhen)).match(
      /"(is|includes)":("[^"]*"|\[)/g,
    );
    expect(values?.every((value) => value.endsWith('['))).toBe(true);
  });

  test('is read once per page load', () => {
    expect(loadFlow()).toBe(loadFlow());
  });
});
