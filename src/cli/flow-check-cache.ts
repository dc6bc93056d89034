import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_FOLDER } from '../flow-file.ts';

/**
 * Which flow texts have passed the full check, journey search included, so
 * that the command line need not search the same flow again at each start
 * (about 0.09 s of its 0.5 s budget; docs/decisions/0031). A flow is known by
 * the hash of its text together with the text of every engine file, so that a
 * change to the flow or to the checking code checks again; only passes are
 * kept, so a flow that fails is always checked, and a result never changes.
 */
export const CHECKED_FLOWS_FOLDER = join(
  PROJECT_FOLDER,
  'node_modules/.cache/online-abuse-triage/checked-flows',
);

const ENGINE_FOLDER = join(PROJECT_FOLDER, 'src/engine');

/** The key of a flow text checked by the engine whose source files are `engineTexts`. */
export function describeCheckedFlow(flowText: string, engineTexts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const text of [flowText, ...engineTexts]) hash.update(`${Buffer.byteLength(text)}:${text}`);
  return hash.digest('hex');
}

function readEngineTexts(): string[] {
  return readdirSync(ENGINE_FOLDER)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => readFileSync(join(ENGINE_FOLDER, name), 'utf8'));
}

/** The key of a flow text under today's engine, and whether that text has passed the full check. */
export function findCheckedFlow(flowText: string): { key: string; checked: boolean } {
  const key = describeCheckedFlow(flowText, readEngineTexts());
  let checked = false;
  try {
    checked = statSync(join(CHECKED_FLOWS_FOLDER, key)).isFile();
  } catch {
    // Not checked yet, or no cache folder: check it.
  }
  return { key, checked };
}

/** Notes that the flow text with this key passed the full check; a cache that cannot be written is left alone. */
export function rememberCheckedFlow(key: string): void {
  try {
    mkdirSync(CHECKED_FLOWS_FOLDER, { recursive: true });
    writeFileSync(join(CHECKED_FLOWS_FOLDER, key), '');
  } catch {
    // A read-only copy of the project still runs; it checks the flow each time.
  }
}
