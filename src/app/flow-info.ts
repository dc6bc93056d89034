/** The few facts about the flow that the start page shows, baked in at build time (vite-plugins/vite-plugin-flow.ts). */
export type FlowInfo = {
  id: string;
  version: string;
  title: string;
  procedure: { title: string; areas: string; printedOn: string };
  firstQuestion: string;
  /** The latest date the flow's content was checked: "advice last updated". */
  contentUpdated: string;
  /** The release's name, version and a hash of the flow: the page compares it with the server's release.json. */
  release: string;
};

declare const __FLOW_INFO__: FlowInfo;

export const flowInfo: FlowInfo = __FLOW_INFO__;
