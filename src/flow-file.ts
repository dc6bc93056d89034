import { isAbsolute, relative, resolve } from 'node:path';

/**
 * The decision flow the project uses: the one place its file is named. The
 * build (vite-plugins/vite-plugin-flow.ts), the command line's default flow and the
 * tests read it from here; the browser gets its content from the build.
 *
 * TRIAGE_FLOW_FILE (a path, relative to the project folder or absolute) puts
 * another flow file in its place for everything at once: to preview a draft
 * flow with `npm start`, or, in a test, to build the real configuration on a
 * broken flow. Node only: the app never imports this module.
 */
const DEFAULT_FLOW_FILE = 'flows/online-abuse.flow.json';

export const PROJECT_FOLDER = resolve(import.meta.dirname, '..');

/** The flow file's absolute path. */
export const FLOW_PATH = resolve(PROJECT_FOLDER, process.env.TRIAGE_FLOW_FILE || DEFAULT_FLOW_FILE);

/**
 * Every released version of the flow, kept byte for byte so that record codes
 * made with it can be replayed (`triage --replay`, the "Check a record" page).
 */
export const FLOW_HISTORY_PATH = resolve(PROJECT_FOLDER, 'flows/history');

/** The flow file as messages name it: relative to the project folder when it is inside it. Not a path to open: that is FLOW_PATH. */
export const FLOW_DISPLAY_NAME = describeFlowPath(FLOW_PATH);

function describeFlowPath(path: string): string {
  const inside = relative(PROJECT_FOLDER, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
