// Lists every route set of at most 6 actions, each with one journey (see
// listRecordRouteSets), into tests/fixtures/record-route-sets.json, for the core
// record's length test (tests/unit/summary/core-record-length.test.ts). Run it
// when that test says the flow's decisions have changed: it walks every class
// of paths, a minute or more of one core.
import { writeFileSync } from 'node:fs';
import { readFlowFile } from '../../src/cli/read-flow-file.ts';
import { listRecordRouteSets, RECORD_ROUTE_SETS_FILE } from './record-route-sets.ts';

const started = performance.now();
const listed = listRecordRouteSets(readFlowFile());
// One case a line: a change to the flow shows in a diff as the route sets it adds or drops.
const cases = listed.cases.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n');
writeFileSync(
  RECORD_ROUTE_SETS_FILE,
  `{"fingerprint": ${JSON.stringify(listed.fingerprint)}, "routeSets": ${listed.routeSets}, "cases": [\n${cases}\n]}\n`,
);
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `${listed.cases.length} route sets of at most 6 actions (of ${listed.routeSets}) in ${seconds} s: ${RECORD_ROUTE_SETS_FILE.pathname}`,
);
