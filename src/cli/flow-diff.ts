// `npm run --silent flow:diff -- OLD.json NEW.json [--json]`: what a change of
// flow does to the actions, over every answer combination both flows can take
// (../shared/spec/contracts.md, "Flow difference report";
// docs/decisions/0008-flow-difference-report.md).
import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import type { Flow } from '../engine/flow-schema.ts';
import { FlowError } from '../engine/parse-flow.ts';
import { diffFlows } from '../verification/diff-flows.ts';
import { describeFlowErrorOnOneLine, readFlowFile } from './read-flow-file.ts';
import { toFlowDiffJson, writeFlowDiffReport } from './write-flow-diff-report.ts';

/** Every option, in one table: adding one is a line here, a part of USAGE, and its use below. */
const OPTIONS = {
  json: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const USAGE = 'usage: npm run --silent flow:diff -- OLD.json NEW.json [--json]';

function exitWith(message: string): never {
  process.stderr.write(`flow:diff: ${message}\n`);
  process.exit(2);
}

function readOptions(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'(-[^ ']*)/.exec((error as Error).message)?.[1] ?? '';
    if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      exitWith(`unknown option ${option}; ${USAGE}`);
    exitWith(`${(error as Error).message}; ${USAGE}`);
  }
}

function readFlowOrExit(file: string): Flow {
  try {
    return readFlowFile(file);
  } catch (error) {
    if (error instanceof FlowError) exitWith(describeFlowErrorOnOneLine(error));
    throw error;
  }
}

const { values, positionals } = readOptions(process.argv.slice(2));
if (positionals.length !== 2) exitWith(`give two flow files, the old then the new; ${USAGE}`);
const files = { old: positionals[0]!, new: positionals[1]! };
const flows = { old: readFlowOrExit(files.old), new: readFlowOrExit(files.new) };
const diff = diffFlows(flows.old, flows.new);
process.stdout.write(
  values.json ? `${JSON.stringify(toFlowDiffJson(diff))}\n` : writeFlowDiffReport(diff, flows, files),
);
