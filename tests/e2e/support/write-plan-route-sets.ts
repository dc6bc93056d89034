// Lists the plan-at-a-glance route sets by walking every path
// (listPlanRouteSetsFromEveryPath) and writes them as JSON to the file named.
// Started by tests/e2e/global-setup.ts when no listing was given to the run.
//
//   node tests/e2e/support/write-plan-route-sets.ts FILE
import { listPlanRouteSetsFromEveryPath, writePlanRouteSets } from './plan-route-sets.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: node tests/e2e/support/write-plan-route-sets.ts FILE');
writePlanRouteSets(file, listPlanRouteSetsFromEveryPath());
