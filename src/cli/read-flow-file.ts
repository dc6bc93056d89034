import { readFileSync } from 'node:fs';
import type { Flow } from '../engine/flow-schema.ts';
import { FlowError, parseFlow } from '../engine/parse-flow.ts';
import { FLOW_PATH } from '../flow-file.ts';

export const FLOW_FILE = FLOW_PATH;

/** Reads and parses a flow file; a mistake throws a FlowError naming the file and the place. */
export function readFlowFile(file = FLOW_FILE): Flow {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FlowError(file, [
      error instanceof SyntaxError
        ? `not valid JSON: ${error.message}`
        : `cannot be read: ${(error as Error).message}`,
    ]);
  }
  return parseFlow(raw, file);
}

/**
 * A FlowError on one line, for commands that promise a one-line message: the
 * file, then each problem with its place (Zod's "→ at PLACE" stays with its
 * problem).
 */
export function describeFlowErrorOnOneLine(error: FlowError): string {
  const problems = error.problems
    .map((problem) => problem.trim())
    .join('; ')
    .replace(/; → /g, ' → ');
  return `${error.file} is not a valid flow: ${problems}`;
}
