// Lists the plan-at-a-glance route sets (listPlanRouteSets) and writes them
// as JSON to the file named, all at once (a rename), so that a reader never
// sees half a file. Started by tests/e2e/global-setup.ts.
//
//   node tests/e2e/support/write-plan-route-sets.ts FILE
import { renameSync, writeFileSync } from 'node:fs';
import { listPlanRouteSets } from './plan-route-sets.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: node tests/e2e/support/write-plan-route-sets.ts FILE');
writeFileSync(`${file}.part`, JSON.stringify(listPlanRouteSets()));
renameSync(`${file}.part`, file);
