// Finds a program the project runs (Chromium, nginx) where Debian or the
// person running the tests put it.
import { accessSync, constants } from 'node:fs';

/** The first of these paths that is an executable file, or undefined; empty entries (an unset variable) are skipped. */
export function findExecutable(candidates: readonly (string | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}
