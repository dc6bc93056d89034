import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildFlowDiagram } from '../src/engine/draw-flow-diagram.ts';
import { parseFlow } from '../src/engine/parse-flow.ts';

const VIRTUAL_ID = 'virtual:flow-diagram';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Builds the "How this tool decides" data from the flow at build time, so the
 * browser gets plain JSON and no diagram library, and the picture can never
 * drift from the logic it describes.
 */
export function flowDiagramPlugin(flowFile = 'flows/online-abuse.flow.json'): Plugin {
  let file = flowFile;
  return {
    name: 'flow-diagram',
    configResolved(config) {
      file = resolve(config.root, flowFile);
    },
    // Hook filters keep the bundler from calling these hooks for every other module.
    resolveId: {
      filter: { id: new RegExp(`^${VIRTUAL_ID}$`) },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: new RegExp(`^\0${VIRTUAL_ID}$`) },
      handler() {
        this.addWatchFile(file);
        const flow = parseFlow(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
        return `export default ${JSON.stringify(buildFlowDiagram(flow))};`;
      },
    },
  };
}
