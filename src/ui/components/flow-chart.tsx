import type { FlowDiagram } from '../../diagram/flow-diagram.ts';

const NODE_WIDTH = 300;
const NODE_HEIGHT = 40;
const ROW = 64;
const LEFT = 10;
const SKIP_LANE = 26;

/**
 * The questions as a column of boxes, with an arrow for every move a journey
 * can make: straight down to the next question, or round the right-hand side
 * when questions are skipped. Plain SVG from build-time data, no library. The
 * list beside it on the page says the same in words, for screen readers.
 */
export function FlowChart({ diagram }: { diagram: FlowDiagram }) {
  const nodes = [
    ...diagram.questions.map((question) => ({
      id: question.id,
      label: `${question.number}. ${shorten(question.title)}`,
    })),
    { id: diagram.end, label: 'Recommendation: the rules decide the actions' },
  ];
  const rowOf = new Map(nodes.map((node, index) => [node.id, index]));
  const skips = diagram.steps.filter((step) => (rowOf.get(step.to) ?? 0) - (rowOf.get(step.from) ?? 0) > 1);
  const width = LEFT + NODE_WIDTH + SKIP_LANE * (skips.length + 1);
  const height = nodes.length * ROW;
  const adjacent = diagram.steps.filter(
    (step) => (rowOf.get(step.to) ?? 0) - (rowOf.get(step.from) ?? 0) === 1,
  );

  return (
    <svg
      className="app-flow-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="flow-chart-title"
    >
      <title id="flow-chart-title">
        Flow chart: {diagram.questions.length} questions in order, with the moves a journey can make between
        them. The list below describes the same moves in words.
      </title>
      <defs>
        <marker
          id="flow-chart-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
        </marker>
      </defs>
      {adjacent.map((step) => {
        const from = rowOf.get(step.from) ?? 0;
        const x = LEFT + NODE_WIDTH / 2;
        return (
          <line
            key={`${step.from}-${step.to}`}
            x1={x}
            y1={from * ROW + NODE_HEIGHT}
            x2={x}
            y2={(from + 1) * ROW - 2}
            stroke="currentColor"
            strokeWidth="2"
            markerEnd="url(#flow-chart-arrow)"
          />
        );
      })}
      {skips.map((step, index) => {
        const from = rowOf.get(step.from) ?? 0;
        const to = rowOf.get(step.to) ?? 0;
        const lane = LEFT + NODE_WIDTH + SKIP_LANE * (index + 1);
        const startY = from * ROW + NODE_HEIGHT / 2;
        const endY = to * ROW + NODE_HEIGHT / 2;
        return (
          <path
            key={`${step.from}-${step.to}`}
            d={`M ${LEFT + NODE_WIDTH} ${startY} H ${lane} V ${endY} H ${LEFT + NODE_WIDTH + 2}`}
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeDasharray={step.kind === 'otherwise' ? '5 4' : undefined}
            markerEnd="url(#flow-chart-arrow)"
          />
        );
      })}
      {nodes.map((node, index) => (
        <g key={node.id} data-node={node.id}>
          <rect
            x={LEFT}
            y={index * ROW}
            width={NODE_WIDTH}
            height={NODE_HEIGHT}
            rx="4"
            fill={node.id === diagram.end ? '#0b0c0c' : '#ffffff'}
            stroke="#0b0c0c"
            strokeWidth="2"
          />
          <text
            x={LEFT + 10}
            y={index * ROW + 25}
            fontSize="14"
            fill={node.id === diagram.end ? '#ffffff' : '#0b0c0c'}
          >
            {node.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Box labels must fit in the box: long questions are cut at a word, with an ellipsis. */
function shorten(title: string, limit = 36): string {
  if (title.length <= limit) return title;
  const cut = title.slice(0, limit);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
