import { readFileSync } from 'node:fs';
import { FlowError } from '../engine/parse-flow.ts';
import { readFlowFile } from './read-flow-file.ts';
import { runTriage } from './run-triage.ts';

const USAGE = 'usage: npm run --silent triage -- FILE [--summary]   (FILE may be - for standard input)';

function exitWith(status: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(status);
}

const args = process.argv.slice(2);
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
  exitWith(2, `triage: cannot read ${file}${code === 'ENOENT' ? ': no such file' : `: ${(error as Error).message}`}`);
}

let flow;
try {
  flow = readFlowFile();
} catch (error) {
  if (error instanceof FlowError) exitWith(1, error.message);
  throw error;
}

const result = runTriage(flow, text, file === '-' ? 'standard input' : file, { summary });
if (result.status === 0) process.stdout.write(result.stdout);
else exitWith(result.status, result.stderr.trimEnd());
