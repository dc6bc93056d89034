// `node scripts/bench-packs.ts`: the partnership packs' figures. The files'
// sizes raw and gzipped (what a build would carry for every council), the
// time to read and validate the packs folder, one resolver lookup over every
// council and service, and one isOpenAt. Times are printed, not asserted
// (they move with the machine's load); the lookup count is checked.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  COUNCIL_LIST_FILE,
  NATIONAL_FALLBACK_FILE,
  listPackFiles,
  readPackDirectory,
} from '../src/cli/read-pack-files.ts';
import { findServiceContacts } from '../src/packs/find-service-contacts.ts';
import { isOpenAt } from '../src/packs/is-open-at.ts';
import type { OpeningWindow } from '../src/packs/pack-schema.ts';
import { SERVICE_KEYS } from '../src/packs/pack-schema.ts';

const ROUNDS = 100;

for (const file of [COUNCIL_LIST_FILE, NATIONAL_FALLBACK_FILE, ...listPackFiles()]) {
  const bytes = readFileSync(file);
  console.log(
    `${file.slice(file.lastIndexOf('/') + 1)}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`,
  );
}

let started = performance.now();
const directory = readPackDirectory();
console.log(`read and validate packs/: ${(performance.now() - started).toFixed(0)} ms`);

started = performance.now();
let lookups = 0;
for (let round = 0; round < ROUNDS; round += 1)
  for (const council of directory.councilList.councils)
    for (const service of SERVICE_KEYS) {
      findServiceContacts(directory, council.code, service);
      lookups += 1;
    }
console.log(
  `findServiceContacts: ${(((performance.now() - started) / lookups) * 1000).toFixed(1)} µs a lookup (${lookups} lookups)`,
);
if (lookups !== ROUNDS * 153 * SERVICE_KEYS.length) {
  console.log(`FAILED: expected ${ROUNDS * 153 * SERVICE_KEYS.length} lookups`);
  process.exitCode = 1;
}

const officeHours: OpeningWindow[] = [
  { days: ['monday', 'tuesday', 'wednesday', 'thursday'], from: '08:30', to: '17:00' },
];
const MINUTES = 100_000;
started = performance.now();
for (let minute = 0; minute < MINUTES; minute += 1)
  isOpenAt(officeHours, new Date(Date.UTC(2026, 0, 1) + minute * 60_000));
console.log(`isOpenAt: ${(((performance.now() - started) / MINUTES) * 1000).toFixed(1)} µs a call`);
