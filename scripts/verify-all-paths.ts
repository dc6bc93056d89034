// Walks every path of the flow through its compiled machine and checks the
// safety properties (flows/online-abuse.properties.json) on each: the same
// verification npm test runs (tests/flows/verify-every-path.test.ts), with the
// figures printed. See src/verification/journey-graph.ts for how it stays exact.
import { readFlowFile } from '../src/cli/read-flow-file.ts';
import { FLOW_PATH } from '../src/flow-file.ts';
import { readSafetyProperties } from '../src/verification/read-safety-properties.ts';
import { verifyEveryPath } from '../src/verification/verify-every-path.ts';

const flow = readFlowFile();
const properties = readSafetyProperties(FLOW_PATH);
const result = verifyEveryPath(flow, properties);
const rate = Math.round(result.paths / result.seconds).toLocaleString('en-GB');
console.log(
  `Flow ${flow.id} ${flow.version}: ${result.paths.toLocaleString('en-GB')} paths verified in ${result.seconds.toFixed(1)} s (${rate} paths per second).`,
);
console.log(
  `  ${result.classes.toLocaleString('en-GB')} path classes checked one by one (answers to ${result.wordingOnly.join(', ')} change only wording); ` +
    `machine walked through ${result.nodes.toLocaleString('en-GB')} distinct states with ${result.transitions.toLocaleString('en-GB')} transitions; ` +
    `${result.uncertainComparisons.toLocaleString('en-GB')} alternative plans compared for uncertain answers; ${result.distinctPlans.size.toLocaleString('en-GB')} distinct plans.`,
);
const budget = properties.pathBudget;
console.log(
  `  Path budget: longest with one concern ${result.budget.longestWithOne} (at most ${budget.longestWithOne}); longest ${result.budget.longest} (at most ${budget.longest}); ` +
    `median over the ${result.budget.sequencesWithOne} distinct one-concern sequences ${result.budget.medianSequencesWithOne} (at most ${budget.medianSequencesWithOne}).`,
);
for (const failure of result.failures)
  console.log(`FAILED ${failure.property}: ${JSON.stringify(failure.answers)}`);
const unreached = flow.questions
  .filter((question) => !result.reached.has(question.id))
  .map((question) => question.id);
if (unreached.length > 0) console.log(`FAILED questions never reached: ${unreached.join(', ')}`);
const overBudget =
  result.budget.longestWithOne > budget.longestWithOne ||
  result.budget.longest > budget.longest ||
  result.budget.medianSequencesWithOne > budget.medianSequencesWithOne;
if (overBudget) console.log('FAILED the path budget');
const failed = result.failures.length + (unreached.length > 0 ? 1 : 0) + (overBudget ? 1 : 0);
console.log(`${failed === 0 ? 1 : 0} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
