import { readFileSync } from 'node:fs';
import { FlowError } from '../engine/parse-flow.ts';
import { readFlowFile } from './read-flow-file.ts';
import { runDiagram, runTriage } from './run-triage.ts';

const USAGE =
  'usage: npm run --silent triage -- FILE [--summary]   (FILE may be - for standard input), or: npm run --silent triage -- --diagram';

function exitWith(status: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(status);
}

function readFlowOrExit() {
  try {
    return readFlowFile();
  } catch (error) {
    if (error instanceof FlowError) exitWith(1, error.message);
    throw error;
  }
}

const args = process.argv.slice(2);

// --diagram prints the flow as Mermaid text; it takes no scenario, so it is handled before the scenario checks.
if (args.includes('--diagram')) {
  if (args.length !== 1) exitWith(2, `triage: --diagram takes no scenario file or other option; ${USAGE}`);
  process.stdout.write(runDiagram(readFlowOrExit()).stdout);
  process.exit(0);
}

const summary = args.includes('--summary');
const files = args.filter((arg) => arg !== '--summary');
const unknownOption = files.find((arg) => arg.startsWith('--'));
if (unknownOption) exitWith(2, `triage: unknown option ${unknownOption}; ${USAGE}`);
if (files.length !== 1) exitWith(2, `triage: give one scenario file; ${USAGE}`);
const file = files[0]!;

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  exitWith(
    2,
    `triage: cannot read ${file}${code === 'ENOENT' ? ': no such file' : `: ${(error as Error).message}`}`,
  );
}

const flow = readFlowOrExit();

const result = runTriage(flow, text, file === '-' ? 'standard input' : file, { summary });
if (result.status === 0) process.stdout.write(result.stdout);
else exitWith(result.status, result.stderr.trimEnd());
