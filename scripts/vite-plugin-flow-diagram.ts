import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildFlowDiagram } from '../src/diagram/draw-flow-diagram.ts';
import { parseFlow } from '../src/engine/parse-flow.ts';

/**
 * Builds the "How this tool decides" data from the flow at build time and
 * hands it to the page as the constant `__FLOW_DIAGRAM__`, so the browser gets
 * plain JSON and no diagram library, and the picture can never drift from the
 * logic it describes.
 */
export function flowDiagramPlugin(flowFile = 'flows/online-abuse.flow.json'): Plugin {
  return {
    name: 'flow-diagram',
    config(config) {
      const file = resolve(config.root ?? process.cwd(), flowFile);
      const flow = parseFlow(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
      return { define: { __FLOW_DIAGRAM__: JSON.stringify(buildFlowDiagram(flow)) } };
    },
  };
}
