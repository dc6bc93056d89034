import './configure-zod.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { parseFlow } from '../engine/parse-flow.ts';
import type { KeptFlow } from '../summary/replay-record.ts';

/** The kept versions of the flow other than the current one, from the build (build/vite-plugin-flow.ts), which has checked each. */
declare const __FLOW_HISTORY__: readonly { file: string; shortId: string; version: string; text: string }[];

const parsed = new Map<string, Flow>();

/**
 * Every kept version of the flow, the current one included, for replaying a
 * record code. Only this module reads the kept versions, and only the "Check
 * a record" page loads it, when a code is sent: they never weigh on the first
 * load. Each is parsed the first time a code names it.
 */
export function listKeptFlows(current: Flow): KeptFlow[] {
  return [
    ...__FLOW_HISTORY__.map(({ file, shortId, version, text }) => ({
      shortId,
      version,
      load: () => {
        let flow = parsed.get(file);
        if (!flow) {
          flow = parseFlow(JSON.parse(text) as unknown, file, { searchJourneys: false });
          parsed.set(file, flow);
        }
        return flow;
      },
    })),
    { shortId: current.shortId, version: current.version, load: () => current },
  ];
}
