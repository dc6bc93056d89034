import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FlowError, parseFlow } from '../src/engine/parse-flow.ts';

/**
 * Fails `vite build` (and stops `vite` from starting) when a flow file has a
 * mistake, with a message naming the file and each place, so that a broken
 * flow can never be shipped to users. The app also parses the flow when it
 * loads, but then the mistake would only show in a user's browser.
 */

export const DEFAULT_FLOW_FILES = ['flows/online-abuse.flow.json'];

/** Every problem with a flow file as one message naming the file, or undefined when it is valid. */
export function findFlowFileProblem(file: string, shownAs = file): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return `${shownAs} cannot be read: ${(error as Error).message}`;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // JSON.parse does not say which file it was reading.
    return `${shownAs} is not valid JSON: ${(error as Error).message}`;
  }
  try {
    parseFlow(raw, shownAs);
    return undefined;
  } catch (error) {
    if (error instanceof FlowError) return error.message;
    throw error;
  }
}

export function validateFlowPlugin(options: { files?: string[] } = {}): Plugin {
  let root = process.cwd();
  const files = options.files ?? DEFAULT_FLOW_FILES;
  return {
    name: 'validate-flow',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const problems: string[] = [];
      for (const file of files) {
        const path = resolve(root, file);
        // In watch mode, an edit to the flow re-runs the check.
        this.addWatchFile(path);
        const problem = findFlowFileProblem(path, relative(root, path) || file);
        if (problem) problems.push(problem);
      }
      if (problems.length > 0)
        this.error(`The decision flow has mistakes; fix them before building.\n${problems.join('\n')}`);
    },
  };
}
