import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { buildTriageBundle } from '../../../src/cli/build-triage-bundle.ts';
import type * as TriageCommand from '../../../src/cli/run-triage-command.ts';
import type { TriageIo } from '../../../src/cli/run-triage-command.ts';
import { describeCliSources } from '../../../src/cli/triage-bundle.ts';
import { encodeRecordCode } from '../../../src/engine/record-code.ts';
import { PREVIOUS_FLOW_FILE, previousFlow, SHARED_BETWEEN_PUPILS } from '../../support/previous-record.ts';
import { collectText, runTriageInProcess } from '../../support/run-cli.ts';

/**
 * The triage starts from a bundle of its sources when one is built
 * (docs/decisions/0031). The bundle must be the same command: each run here
 * gives byte for byte what the sources give in process.
 */
const TOY_FLOW = 'tests/fixtures/toy-flows/toy-2.0.0.flow.json';
const TOY_SCENARIO = 'tests/fixtures/toy-scenarios/images-shared-by-an-adult.json';
// A key of its own, so that the command's own bundle is left alone.
const key = `0000${describeCliSources().slice(4)}`;
let bundleFile: string | undefined;
afterAll(() => {
  if (bundleFile) rmSync(bundleFile, { force: true });
});

test('the bundle gives byte for byte what the sources give, for each command and for refusals', async () => {
  bundleFile = await buildTriageBundle(key);
  const bundle = (await import(pathToFileURL(bundleFile).href)) as typeof TriageCommand;
  const runBundle = async (args: string[], input = '') => {
    const stdout = collectText();
    const stderr = collectText();
    const io: TriageIo = { stdin: input, stdout: stdout.stream, stderr: stderr.stream };
    const status = await bundle.runTriageCommand(args, io);
    return { status, stdout: stdout.text(), stderr: stderr.text() };
  };
  const cases: [string[], string?][] = [
    [['flows/scenarios/adult-asks-14-year-old-for-nudes.json']],
    [[TOY_SCENARIO, '--flow', TOY_FLOW]],
    [['--diagram', '--flow', TOY_FLOW]],
    [['--replay', encodeRecordCode(previousFlow, SHARED_BETWEEN_PUPILS)]],
    [['--replay', encodeRecordCode(previousFlow, SHARED_BETWEEN_PUPILS), '--flow', PREVIOUS_FLOW_FILE]],
    [['--batch', 'tests/fixtures/toy-scenarios', '--flow', TOY_FLOW]],
    [['-', '--flow', TOY_FLOW], '{"answers":{"danger":"\u001b[2J"}}'],
    [['/dev/zero']],
    [['--sumary']],
  ];
  for (const [args, input] of cases) {
    expect(await runBundle(args, input), args.join(' ')).toEqual(await runTriageInProcess(args, input));
  }
  // Building takes a second or two alone, and several on a busy machine.
}, 60_000);
