import './configure-zod.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { parseFlow } from '../engine/parse-flow.ts';

/** The flow file's content and name, from the build (build/vite-plugin-flow.ts), which has fully checked it. */
declare const __FLOW_JSON__: string;
declare const __FLOW_FILE__: string;

let parsedFlow: Flow | undefined;

/**
 * The flow, parsed once per page load. The browser checks the shape and the
 * ids (and gets the normalised values the engine needs); the journey search
 * for unreachable content already ran in the build, so it is skipped here.
 */
export function loadFlow(): Flow {
  parsedFlow ??= parseFlow(JSON.parse(__FLOW_JSON__) as unknown, __FLOW_FILE__, { searchJourneys: false });
  return parsedFlow;
}
