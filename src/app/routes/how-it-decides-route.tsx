import type { FlowDiagram } from '../../diagram/flow-diagram.ts';
import { HowItDecidesPage } from '../../ui/pages/how-it-decides-page.tsx';

/** Built from the flow when the site is built (vite-plugins/vite-plugin-flow.ts). */
declare const __FLOW_DIAGRAM__: FlowDiagram;

export function Component() {
  return <HowItDecidesPage diagram={__FLOW_DIAGRAM__} />;
}
