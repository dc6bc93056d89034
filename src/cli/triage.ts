// `npm run --silent triage`: the command-line triage (../shared/spec/contracts.md).
// Node runs this file directly (type stripping): no build step, see
// docs/decisions/0007-command-line-runs-on-node-type-stripping.md.
import { readFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import type { Flow } from '../engine/flow-schema.ts';
import { FlowError } from '../engine/parse-flow.ts';
import { describeFlowErrorOnOneLine, readFlowFile } from './read-flow-file.ts';
import { listBatchScenarios, writeBatch } from './run-batch.ts';
import { readKeptFlows } from './read-kept-flows.ts';
import { runReplay } from './run-replay.ts';
import { runTriage } from './run-triage.ts';

/**
 * Every option, in one table. Adding one is a line here, a part of USAGE, and
 * its case in `runTriageCommand`.
 */
const OPTIONS = {
  summary: { type: 'boolean' },
  flow: { type: 'string' },
  batch: { type: 'string' },
  diagram: { type: 'boolean' },
  replay: { type: 'string' },
  'fill-unknown': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const USAGE =
  'usage: npm run --silent triage -- FILE [--summary] [--fill-unknown] | --batch PATH [--fill-unknown] | --diagram | --replay CODE, each with [--flow FLOW.json] ' +
  '(FILE - reads standard input; PATH is a folder of scenario files or a .jsonl file, one scenario per line; ' +
  'CODE is the record code of a record summary)';

/** Why the command cannot run: one line on standard error, nothing on standard output, exit 2. */
class CommandError extends Error {
  /** Whether the line ends with the usage: for a mistake in the command line itself. */
  readonly showUsage: boolean;

  constructor(message: string, showUsage = false) {
    super(message);
    this.showUsage = showUsage;
  }
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const option = /'(-[^ ']*)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CommandError(`unknown option ${option}`, true);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new CommandError(
        OPTIONS[option.slice(2) as keyof typeof OPTIONS]?.type === 'string'
          ? `${option} needs a value`
          : `${option} takes no value`,
        true,
      );
    throw error;
  }
}

/**
 * The flow to run: the project's own, or `--flow FILE`. A broken `--flow` file
 * is the user's mistake (exit 2, one line); a broken project flow is a bug
 * that the build and the tests also refuse (exit 1, every problem listed).
 */
function loadFlow(file: string | undefined): Flow {
  try {
    return file === undefined ? readFlowFile() : readFlowFile(file);
  } catch (error) {
    if (!(error instanceof FlowError)) throw error;
    if (file !== undefined) throw new CommandError(describeFlowErrorOnOneLine(error));
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

function readScenarioText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CommandError(
      `cannot read ${file}${code === 'ENOENT' ? ': no such file' : `: ${(error as Error).message}`}`,
    );
  }
}

/** Runs the command; returns the exit status. Output goes to standard output as it is made. */
async function runTriageCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args);
  const chosen = [
    ...positionals.map(() => 'a scenario file'),
    ...(values.batch === undefined ? [] : ['--batch']),
    ...(values.diagram ? ['--diagram'] : []),
    ...(values.replay === undefined ? [] : ['--replay']),
  ];
  if (chosen.length !== 1)
    throw new CommandError(
      chosen.length === 0
        ? 'give one scenario file, --batch PATH, --diagram or --replay CODE'
        : `give one scenario file, --batch PATH, --diagram or --replay CODE, not ${chosen.join(' and ')}`,
      true,
    );
  if (values.summary && positionals.length === 0)
    throw new CommandError('--summary goes with one scenario file', true);
  const fillUnknown = values['fill-unknown'] === true;
  if (fillUnknown && (values.diagram || values.replay !== undefined))
    throw new CommandError('--fill-unknown goes with a scenario file or --batch', true);

  if (values.diagram) {
    const flow = loadFlow(values.flow);
    // Loaded only here: the triage itself does not need the diagram code.
    const { drawFlowDiagram } = await import('../diagram/draw-flow-diagram.ts');
    process.stdout.write(drawFlowDiagram(flow));
    return 0;
  }

  if (values.replay !== undefined) {
    const flow = loadFlow(values.flow);
    let result;
    try {
      result = runReplay(flow, readKeptFlows(), values.replay);
    } catch (error) {
      // A kept version that is not a valid flow is the project's bug, as a broken project flow is.
      if (!(error instanceof FlowError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (result.status !== 0) throw new CommandError(result.error);
    process.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
    return 0;
  }

  if (values.batch !== undefined) {
    const scenarios = listBatchScenarios(values.batch);
    if (typeof scenarios === 'string') throw new CommandError(scenarios);
    const flow = loadFlow(values.flow);
    const failed = await writeBatch(flow, scenarios, process.stdout, { fillUnknown });
    return failed === 0 ? 0 : 2;
  }

  const file = positionals[0]!;
  const text = readScenarioText(file);
  const flow = loadFlow(values.flow);
  const result = runTriage(flow, text, file === '-' ? 'standard input' : file, { fillUnknown });
  if (result.status !== 0) throw new CommandError(result.error);
  process.stdout.write(
    values.summary ? result.writeSummary(new Date()) : `${JSON.stringify(result.output, null, 2)}\n`,
  );
  return 0;
}

// A reader that stops early (`| head`) is not an error of the triage.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

try {
  process.exitCode = await runTriageCommand(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CommandError)) throw error;
  process.stderr.write(`triage: ${error.message}${error.showUsage ? `; ${USAGE}` : ''}\n`);
  process.exitCode = 2;
}
