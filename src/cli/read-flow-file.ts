import { describeInput } from '../engine/describe-input.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { FlowError, parseFlow } from '../engine/parse-flow.ts';
import { FLOW_PATH } from '../flow-file.ts';
import { describeJsonError } from './describe-json-error.ts';
import { findCheckedFlow, rememberCheckedFlow } from './flow-check-cache.ts';
import { InputError, MAX_BYTES, readRegularFile } from './read-input-file.ts';

/**
 * Reads and parses a flow file, with the full check; a mistake throws a
 * FlowError naming the file and the place.
 */
export function readFlowFile(file = FLOW_PATH): Flow {
  let text: string;
  try {
    text = readRegularFile(file, MAX_BYTES.flow, 'flow file');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new FlowError(file, [`cannot be read: ${error.message}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FlowError(file, [`not valid JSON: ${describeJsonError(error as Error, text)}`]);
  }
  // The journey search gives the same answer for the same text and engine:
  // a text that passed it once is not searched again (flow-check-cache.ts).
  const { key, checked } = findCheckedFlow(text);
  if (checked) return parseFlow(raw, file, { searchJourneys: false });
  const flow = parseFlow(raw, file);
  rememberCheckedFlow(key);
  return flow;
}

/** How many of a flow's problems a one-line message lists; the rest are counted. */
const PROBLEMS_ON_ONE_LINE = 2;

/**
 * A FlowError on one line, for commands that promise a one-line message: the
 * file, then its first problems with their places (Zod's "→ at PLACE" stays
 * with its problem), and how many more there are.
 */
export function describeFlowErrorOnOneLine(error: FlowError): string {
  const problems: string[] = [];
  for (const line of error.problems.map((problem) => problem.trim())) {
    if (line.startsWith('→ ') && problems.length > 0) problems[problems.length - 1] += ` ${line}`;
    else problems.push(line);
  }
  const listed = problems.slice(0, PROBLEMS_ON_ONE_LINE).join('; ');
  const more = problems.length - PROBLEMS_ON_ONE_LINE;
  return `${describeInput(error.file)} is not a valid flow: ${listed}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}`;
}
