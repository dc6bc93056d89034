import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answers } from '../../src/engine/answers.ts';
import { parseFlow } from '../../src/engine/parse-flow.ts';

// A plain path, not a file URL: it works under jsdom too, which replaces the URL class.
/** Where 1.1.0 is kept, as an absolute path. */
export const PREVIOUS_FLOW_FILE = join(import.meta.dirname, '../../flows/history/online-abuse-1.1.0.json');

/** Flow 1.1.0 as kept in flows/history, for records made before 2.0.0. */
export const previousFlow = parseFlow(
  JSON.parse(readFileSync(PREVIOUS_FLOW_FILE, 'utf8')),
  'online-abuse-1.1.0.json',
  {
    searchJourneys: false,
  },
);

/**
 * Nudes shared between 13 to 15 year olds, no criterion, recorded by a teacher
 * under 1.1.0: a record whose advice 2.0.0 changes, and whose answers 2.0.0
 * asks one more question about.
 */
export const SHARED_BETWEEN_PUPILS: Answers = {
  'immediate-danger': 'no',
  'your-role': 'other-staff',
  setting: 'education-setting',
  area: 'portsmouth',
  'child-age': '13-to-15',
  concerns: ['sexual-images'],
  'adult-involved': 'no',
  'coercion-or-blackmail': 'no',
  'unusual-or-violent': 'no',
};
