import type { Flow } from '../engine/flow-schema.ts';

/**
 * The flow as the build parsed and fully checked it (vite-plugins/vite-plugin-flow.ts):
 * shape, ids, roles and the journey search, with its conditions already
 * normalised. The browser does not parse it again: doing so built Zod's
 * schemas and walked the whole flow on every page load, most of the work
 * on a reload part-way through (decision 0011).
 */
declare const __FLOW_JSON__: string;

let flow: Flow | undefined;

/** The flow, read once per page load. */
export function loadFlow(): Flow {
  flow ??= JSON.parse(__FLOW_JSON__) as Flow;
  return flow;
}
