import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFlow } from '../engine/parse-flow.ts';
import { FLOW_HISTORY_PATH, PROJECT_FOLDER } from '../flow-file.ts';
import type { KeptFlow } from '../summary/replay-record.ts';

/**
 * The kept flow versions in a folder (flows/history by default), each named
 * by its short id and version and parsed only when a record code names it.
 * They were fully checked when kept (tests/flows/history.test.ts), so the
 * journey search is not run again. A kept file that is not a valid flow
 * throws a FlowError naming it, when it is read.
 */
export function readKeptFlows(folder = FLOW_HISTORY_PATH): KeptFlow[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      const raw = JSON.parse(readFileSync(path, 'utf8')) as { shortId?: unknown; version?: unknown };
      return {
        shortId: String(raw.shortId),
        version: String(raw.version),
        load: () => parseFlow(raw, relative(PROJECT_FOLDER, path), { searchJourneys: false }),
      };
    });
}
