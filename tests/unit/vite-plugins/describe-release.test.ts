import { describe, expect, test } from 'vitest';
import { describeRelease, findContentUpdated } from '../../../vite-plugins/vite-plugin-flow.ts';
import { loadFlow } from '../../../src/app/load-flow.ts';
import type { Flow } from '../../../src/engine/flow-schema.ts';

/** The flow with one piece of its text replaced (the first place it occurs). */
const edit = (flow: Flow, from: string, to: string): Flow => {
  const text = JSON.stringify(flow);
  expect(text).toContain(from);
  return JSON.parse(text.replace(from, to)) as Flow;
};

describe("a release's name and date, for the page and release.json", () => {
  const flow = loadFlow();

  test('"advice last updated" is the latest date any source or contact was checked', () => {
    // The GOV.UK finders added as main contacts (docs/decisions/0057) were checked on 2026-12-03.
    expect(findContentUpdated(flow)).toBe('2026-12-03');
    expect(findContentUpdated(edit(flow, '"lastChecked":"2026-11-24"', '"lastChecked":"2026-12-10"'))).toBe(
      '2026-12-10',
    );
  });

  test('a changed contact makes another release, even under the same version', () => {
    const before = describeRelease(flow);
    const after = describeRelease(edit(flow, '023 9268 8793', '023 9268 8794'));
    expect(after.version).toBe(before.version);
    expect(after.release).not.toBe(before.release);
    expect(before.release.startsWith(`${flow.version}+`)).toBe(true);
  });
});
