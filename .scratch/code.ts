import { readFlowFile } from '../src/cli/read-flow-file.ts';
import { compileFlow } from '../src/engine/compile-flow.ts';
import { decodeRecordAnswers, encodeRecordCode, readRecordCode } from '../src/engine/record-code.ts';
import { buildJourneyGraph, forEachPathClass } from '../src/verification/journey-graph.ts';
const flow = readFlowFile();
const graph = buildJourneyGraph(flow, compileFlow(flow));
let n = 0, bad = 0, maxLen = 0; const t = performance.now();
forEachPathClass(graph, ({ answers }) => {
  n++;
  const code = encodeRecordCode(flow, answers);
  maxLen = Math.max(maxLen, code.length);
  const back = decodeRecordAnswers(flow, readRecordCode(code));
  if (JSON.stringify(back) !== JSON.stringify(Object.fromEntries(flow.questions.filter(q => answers[q.id] !== undefined).map(q => [q.id, answers[q.id]])))) bad++;
});
console.log(n, bad, maxLen, ((performance.now() - t) / 1000).toFixed(1), 's', encodeRecordCode(flow, {}));
