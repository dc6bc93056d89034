// Walks every one of the flow's paths through the compiled machine, setting and
// area included (about 2.5 minutes here), and checks the safety properties on each.
// `npm test` walks a reduced set that docs/decisions/0002 shows loses nothing.
import { readFlowFile } from '../src/cli/read-flow-file.ts';
import { compileFlow } from '../src/engine/compile-flow.ts';
import { walkMachinePaths } from '../src/verification/walk-machine-paths.ts';
import type { Failure } from '../src/verification/safety-properties.ts';
import { checkPath, findMedian } from '../src/verification/safety-properties.ts';

const flow = readFlowFile();
const machine = compileFlow(flow);

const failures: Failure[] = [];
const lengths: number[] = [];
const started = performance.now();
const count = walkMachinePaths(flow, machine, (complete) => {
  lengths.push(complete.path.length);
  checkPath(flow, complete, (property) => {
    if (failures.length < 20) failures.push({ property, path: complete });
  });
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${count} paths walked through the machine in ${seconds} s; longest ${lengths.reduce((longest, length) => Math.max(longest, length), 0)} questions, median ${findMedian(lengths)} (over every answer combination).`,
);
for (const failure of failures)
  console.log(`FAILED ${failure.property}: ${JSON.stringify(failure.path.answers)}`);
console.log(`${count - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
