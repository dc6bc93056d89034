/** The few facts about the flow that the start page shows, baked in at build time (vite-plugins/vite-plugin-flow.ts). */
export type FlowInfo = {
  id: string;
  version: string;
  title: string;
  procedure: { title: string; areas: string; printedOn: string };
  firstQuestion: string;
};

declare const __FLOW_INFO__: FlowInfo;

export const flowInfo: FlowInfo = __FLOW_INFO__;
