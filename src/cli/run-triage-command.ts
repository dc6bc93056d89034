// The command-line triage as a function of its arguments and streams, so that
// tests run it in process; src/cli/triage.ts wires it to the real process.
import type { Writable } from 'node:stream';
import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import { describeInput, fitOnOneLine } from '../engine/describe-input.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { FlowError } from '../engine/parse-flow.ts';
import { describeFlowErrorOnOneLine, readFlowFile } from './read-flow-file.ts';
import {
  InputError,
  MAX_BYTES,
  MAX_MESSAGE_LENGTH,
  readRegularFile,
  readStandardInput,
} from './read-input-file.ts';
import { runTriage } from './run-triage.ts';

/** Where the command reads and writes: the real process's, or a test's. */
export type TriageIo = {
  /** Standard input, read when the scenario file is `-`: its text, or the file descriptor to read it from. */
  stdin: string | number;
  stdout: Writable;
  stderr: Writable;
};

/**
 * Every option, in one table. Adding one is a line here, a part of USAGE, and
 * its case in `runTriageCommand`.
 */
const OPTIONS = {
  summary: { type: 'boolean' },
  full: { type: 'boolean' },
  flow: { type: 'string' },
  batch: { type: 'string' },
  diagram: { type: 'boolean' },
  replay: { type: 'string' },
  'fill-unknown': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const USAGE =
  'usage: npm run --silent triage -- FILE [--summary [--full]] [--fill-unknown] | --batch PATH [--fill-unknown] | --diagram | --replay CODE, each with [--flow FLOW.json] ' +
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

/** A project file that is broken (its flow, a kept version): a bug, exit 1 with every problem listed. */
class ProjectError extends Error {}

function parseOptions(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const option = /'(-[^ ']*)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new CommandError(`unknown option ${describeInput(option)}`, true);
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
    throw new ProjectError(error.message);
  }
}

function readScenarioText(file: string, stdin: TriageIo['stdin']): string {
  try {
    if (file !== '-') return readRegularFile(file, MAX_BYTES.scenario, 'scenario');
    if (typeof stdin === 'number') return readStandardInput(stdin, MAX_BYTES.scenario, 'scenario');
    if (Buffer.byteLength(stdin) > MAX_BYTES.scenario)
      throw new InputError(`larger than ${MAX_BYTES.scenario >> 20} MB, the most a scenario may be`);
    return stdin;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CommandError(
      `cannot read ${file === '-' ? 'standard input' : describeInput(file)}: ${error.message}`,
    );
  }
}

/**
 * `npm run --silent triage -- ARGS` (../shared/spec/contracts.md): runs the
 * command and returns its exit status. Output goes to `io.stdout` as it is
 * made; a refusal is one line on `io.stderr`.
 */
export async function runTriageCommand(args: string[], io: TriageIo): Promise<number> {
  try {
    return await runOptions(args, io);
  } catch (error) {
    if (error instanceof ProjectError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    // Whatever the input, the message stays one short line with no stack
    // trace (docs/decisions/0030); an error no check foresaw says so.
    const message =
      error instanceof CommandError
        ? error.message
        : `unexpected error: ${String((error as Error)?.message ?? error)}`;
    const line = fitOnOneLine(message, MAX_MESSAGE_LENGTH);
    const usage = error instanceof CommandError && error.showUsage ? `; ${USAGE}` : '';
    io.stderr.write(`triage: ${line}${usage}\n`);
    return 2;
  }
}

async function runOptions(args: string[], io: TriageIo): Promise<number> {
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
  if (values.full && !values.summary) throw new CommandError('--full goes with --summary', true);
  const fillUnknown = values['fill-unknown'] === true;
  if (fillUnknown && (values.diagram || values.replay !== undefined))
    throw new CommandError('--fill-unknown goes with a scenario file or --batch', true);

  if (values.diagram) {
    const flow = loadFlow(values.flow);
    // Loaded only here: the triage itself does not need the diagram code.
    const { drawFlowDiagram } = await import('../diagram/draw-flow-diagram.ts');
    io.stdout.write(drawFlowDiagram(flow));
    return 0;
  }

  if (values.replay !== undefined) {
    const flow = loadFlow(values.flow);
    // Loaded only here, as the batch and the diagram are: a plain triage starts faster without them (docs/decisions/0031).
    const [{ readKeptFlows }, { runReplay }] = await Promise.all([
      import('./read-kept-flows.ts'),
      import('./run-replay.ts'),
    ]);
    let result;
    try {
      result = runReplay(flow, readKeptFlows(), values.replay);
    } catch (error) {
      // A kept version that is not a valid flow is the project's bug, as a broken project flow is.
      if (!(error instanceof FlowError)) throw error;
      throw new ProjectError(error.message);
    }
    if (result.status !== 0) throw new CommandError(result.error);
    io.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
    return 0;
  }

  if (values.batch !== undefined) {
    const { listBatchScenarios, writeBatch } = await import('./run-batch.ts');
    const scenarios = listBatchScenarios(values.batch);
    if (typeof scenarios === 'string') throw new CommandError(scenarios);
    const flow = loadFlow(values.flow);
    const failed = await writeBatch(flow, scenarios, io.stdout, { fillUnknown });
    return failed === 0 ? 0 : 2;
  }

  const file = positionals[0]!;
  const text = readScenarioText(file, io.stdin);
  const flow = loadFlow(values.flow);
  const result = runTriage(flow, text, file === '-' ? 'standard input' : describeInput(file), {
    fillUnknown,
  });
  if (result.status !== 0) throw new CommandError(result.error);
  io.stdout.write(
    values.summary
      ? result.writeSummary(new Date(), {}, { full: values.full === true })
      : `${JSON.stringify(result.output, null, 2)}\n`,
  );
  return 0;
}
