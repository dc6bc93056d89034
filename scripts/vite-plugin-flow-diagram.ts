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
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(file);
      const flow = parseFlow(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
      return `export default ${JSON.stringify(buildFlowDiagram(flow))};`;
    },
  };
}
