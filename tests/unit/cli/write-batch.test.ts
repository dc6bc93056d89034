import { once } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { listBatchScenarios, writeBatch } from '../../../src/cli/run-batch.ts';
import { SCENARIO_FOLDER, flow } from '../../support/flow.ts';

/**
 * A reader slower than the batch, as a pipe to another program is: it takes a
 * line only on a later turn of the event loop, and says it is full above 1 kB.
 */
function slowReader() {
  const received: string[] = [];
  let mostWaiting = 0;
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      mostWaiting = Math.max(mostWaiting, out.writableLength);
      received.push(chunk.toString());
      setImmediate(done);
    },
  });
  /** Everything written, once the writer has finished. */
  const finish = async () => {
    out.end();
    await once(out, 'finish');
    return received;
  };
  return { out, finish, mostWaiting: () => mostWaiting };
}

describe('writeBatch', () => {
  const scenarios = listBatchScenarios(SCENARIO_FOLDER);
  if (typeof scenarios === 'string') throw new Error(scenarios);

  test('waits for a slow reader: at most one line is ever waiting, not the whole batch', async () => {
    const reader = slowReader();
    const failed = await writeBatch(flow, scenarios, reader.out);
    const received = await reader.finish();
    expect(failed).toBe(0);
    expect(received).toHaveLength(scenarios.length);
    const longestLine = Math.max(...received.map((line) => Buffer.byteLength(line)));
    const wholeBatch = received.reduce((total, line) => total + Buffer.byteLength(line), 0);
    expect(wholeBatch).toBeGreaterThan(10 * longestLine);
    expect(reader.mostWaiting()).toBeLessThanOrEqual(longestLine);
  });

  test('writes one JSON line per scenario, in order, and counts the scenarios that failed', async () => {
    const reader = slowReader();
    const broken = [...scenarios.slice(0, 2), { scenario: 'broken.json', read: () => '{"answers": 3}' }];
    expect(await writeBatch(flow, broken, reader.out)).toBe(1);
    const received = await reader.finish();
    const lines = received.map((line) => JSON.parse(line) as { scenario: string });
    expect(lines.map((line) => line.scenario)).toEqual(broken.map((entry) => entry.scenario));
    expect(received.every((line) => line.endsWith('}\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    expect(lines[2]).toHaveProperty('error');
  });
});
