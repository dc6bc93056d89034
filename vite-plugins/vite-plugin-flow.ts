import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { buildFlowDiagram } from '../src/diagram/draw-flow-diagram.ts';
import type { Flow } from '../src/engine/flow-schema.ts';
import { FlowError, parseFlow } from '../src/engine/parse-flow.ts';
import { FLOW_DISPLAY_NAME, FLOW_HISTORY_PATH, FLOW_PATH, PROJECT_FOLDER } from '../src/flow-file.ts';

export type FlowFileContent = { flow: Flow };

/**
 * Reads and fully checks a flow file (shape, ids, roles, and the journey
 * search for unreachable questions and rules that never fire). Any mistake
 * throws a FlowError naming the file and each place, even when the file is
 * not JSON at all (JSON.parse alone does not say which file it was reading).
 */
export function readFlowFileContent(path: string, shownAs = path): FlowFileContent {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new FlowError(shownAs, [`cannot be read: ${(error as Error).message}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FlowError(shownAs, [`not valid JSON: ${(error as Error).message}`]);
  }
  return { flow: parseFlow(raw, shownAs) };
}

/**
 * A kept version of the flow, as the build bakes it in for the "Check a
 * record" page: checked and parsed, named by its file. Not the summary's
 * `KeptFlow` (src/summary/replay-record.ts), which is loaded only when a code
 * names it.
 */
export type KeptFlowFile = { file: string; flow: Flow };

/**
 * The kept versions of the flow (flows/history) other than the current one,
 * each fully checked: a record code names the version it was made with, and
 * the "Check a record" page replays it under that version. The current
 * version is left out: the app has it already, and tests/flows/history.test.ts
 * checks that its kept copy is the same file. Unlike the command line's
 * `readKeptFlows` (src/cli/read-kept-flows.ts), which parses a version only
 * when a code names it and skips the journey search, everything here is
 * checked in full: it goes into the bundle.
 */
export function readCheckedKeptFlows(folder: string, current: Flow): KeptFlowFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      const file = path.startsWith(`${PROJECT_FOLDER}/`) ? relative(PROJECT_FOLDER, path) : path;
      return { file, content: readFlowFileContent(path, file) };
    })
    .filter(({ content }) => content.flow.id !== current.id || content.flow.version !== current.version)
    .map(({ file, content }) => ({ file, flow: content.flow }));
}

/** The latest `lastChecked` date anywhere in the flow (contacts, sources): when its advice was last brought up to date. */
export function findContentUpdated(flow: Flow): string {
  let latest = '';
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null)
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'lastChecked' && typeof inner === 'string' && inner > latest) latest = inner;
        else visit(inner);
      }
  };
  visit(flow);
  return latest || flow.procedure.printedOn;
}

/**
 * What names this release's advice: the flow's version and a hash of the
 * checked flow, so that a changed contact is a new release even if someone
 * forgot the version. The page compares its own with the server's
 * `release.json` to know that it is out of date (decision 0039).
 */
export function describeRelease(flow: Flow): { version: string; contentUpdated: string; release: string } {
  const hash = createHash('sha256').update(JSON.stringify(flow)).digest('hex').slice(0, 16);
  return {
    version: flow.version,
    contentUpdated: findContentUpdated(flow),
    release: `${flow.version}+${hash}`,
  };
}

/** The file a page fetches to learn which release the server has now. Not precached: it must come from the network. */
export const RELEASE_FILE = 'release.json';

/** Every value the app takes from the flow at build time, as Vite defines (JavaScript source text). */
export function defineFlowConstants(
  { flow }: FlowFileContent,
  kept: readonly KeptFlowFile[] = [],
): Record<string, string> {
  // The start page shows these few facts without loading the flow (and Zod) in the first bundle.
  const info = {
    id: flow.id,
    version: flow.version,
    title: flow.title,
    procedure: {
      title: flow.procedure.title,
      areas: flow.procedure.areas,
      printedOn: flow.procedure.printedOn,
    },
    firstQuestion: flow.questions[0]?.id ?? '',
    contentUpdated: describeRelease(flow).contentUpdated,
    release: describeRelease(flow).release,
  };
  return {
    __FLOW_INFO__: JSON.stringify(info),
    // "How this tool decides" as plain data, so the browser needs no diagram code.
    __FLOW_DIAGRAM__: JSON.stringify(buildFlowDiagram(flow)),
    // The flow as parseFlow returned it (checked in full, conditions normalised),
    // as JSON text: the browser only runs JSON.parse on it, with no Zod and no
    // second check (decision 0011). JSON.parse of a string is also quicker for
    // V8 than the same data written as a JavaScript object literal.
    __FLOW_JSON__: JSON.stringify(JSON.stringify(flow)),
    // The kept versions, for "Check a record" only, checked and parsed like the flow: the one
    // module that reads this is loaded lazily, so they are in a chunk of their own and the
    // first load does not grow.
    __FLOW_HISTORY__: JSON.stringify(JSON.stringify(kept)),
  };
}

/**
 * The one build plugin that reads the decision flow. It checks the flow when
 * Vite resolves its configuration, before anything is built or served, so a
 * broken flow stops `vite build`, `vite` and the tests with a message naming
 * the file and the place, and can never reach a user. Then it hands the app
 * everything it needs from the flow as defines, the kept versions
 * (flows/history, also checked) included. The dev server restarts when the
 * flow file or a kept version changes, so the checks and the defines follow
 * every edit.
 */
export function flowPlugin(options: { path?: string; shownAs?: string; historyPath?: string } = {}): Plugin {
  const path = options.path ?? FLOW_PATH;
  const historyPath = options.historyPath ?? FLOW_HISTORY_PATH;
  const shownAs = options.shownAs ?? (path === FLOW_PATH ? FLOW_DISPLAY_NAME : path);
  let released: ReturnType<typeof describeRelease> | undefined;
  return {
    name: 'flow',
    generateBundle() {
      if (released)
        this.emitFile({ type: 'asset', fileName: RELEASE_FILE, source: `${JSON.stringify(released)}\n` });
    },
    config() {
      let content: FlowFileContent;
      let kept: KeptFlowFile[];
      try {
        content = readFlowFileContent(path, shownAs);
        kept = readCheckedKeptFlows(historyPath, content.flow);
      } catch (error) {
        if (!(error instanceof FlowError)) throw error;
        const failure = new Error(
          `The decision flow has mistakes; fix them before building.\n${error.message}`,
        );
        // Vite prints the stack: for a mistake in the content, the message is all an author needs.
        failure.stack = `${failure.name}: ${failure.message}`;
        throw failure;
      }
      released = describeRelease(content.flow);
      return { define: defineFlowConstants(content, kept) };
    },
    configureServer(server) {
      server.watcher.add([path, historyPath]);
      server.watcher.on('change', (changed) => {
        if (changed === path || changed.startsWith(historyPath)) void server.restart();
      });
    },
  };
}
