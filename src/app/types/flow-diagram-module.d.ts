declare module 'virtual:flow-diagram' {
  import type { FlowDiagram } from '../../engine/draw-flow-diagram.ts';

  const diagram: FlowDiagram;
  export default diagram;
}
