import type { Flow } from '../engine/flow-schema.ts';
import type { KeptFlow } from '../summary/replay-record.ts';

/**
 * The kept versions of the flow other than the current one, from the build
 * (vite-plugins/vite-plugin-flow.ts), which has checked and parsed each: the browser
 * only runs JSON.parse, as for the current flow (decision 0011).
 */
declare const __FLOW_HISTORY__: string;

let kept: { file: string; flow: Flow }[] | undefined;

/**
 * Every kept version of the flow, the current one included, for replaying a
 * record code. Only this module reads the kept versions, and only the "Check
 * a record" page loads it, when a code is sent: they never weigh on the first
 * load.
 */
export function listKeptFlows(current: Flow): KeptFlow[] {
  kept ??= JSON.parse(__FLOW_HISTORY__) as { file: string; flow: Flow }[];
  return [
    ...kept.map(({ flow }) => ({ shortId: flow.shortId, version: flow.version, load: () => flow })),
    { shortId: current.shortId, version: current.version, load: () => current },
  ];
}
