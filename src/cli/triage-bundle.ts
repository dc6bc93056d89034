import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_FOLDER } from '../flow-file.ts';

/**
 * The command line as one plain JavaScript file, built from the sources on
 * first use and kept in node_modules/.cache: Node then starts the triage
 * without stripping the types of some 30 files and loading 100 more, which
 * was two thirds of its start-up (docs/decisions/0031). A bundle is known by
 * the hash of every source file, the lockfile and the project folder, so any
 * change to them builds a new one, and until it is built the command runs
 * from the sources, with the same result.
 */
export const CLI_BUNDLE_FOLDER = join(PROJECT_FOLDER, 'node_modules/.cache/online-abuse-triage/cli');

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The key of today's sources: what the bundle is built from. */
export function describeCliSources(): string {
  const hash = createHash('sha256').update(PROJECT_FOLDER);
  for (const file of [...listFiles(join(PROJECT_FOLDER, 'src')), join(PROJECT_FOLDER, 'package-lock.json')]) {
    const text = readFileSync(file);
    hash.update(`${file}:${text.length}:`).update(text);
  }
  return hash.digest('hex').slice(0, 32);
}

/** The bundle's file for a key. */
export const describeCliBundle = (key: string) => join(CLI_BUNDLE_FOLDER, `triage-${key}.mjs`);

/** The bundle built from today's sources, if there is one. */
export function findCliBundle(key: string): string | undefined {
  const file = describeCliBundle(key);
  return existsSync(file) ? file : undefined;
}

/**
 * Builds the bundle in a process of its own that outlives this one, so that
 * the command that found no bundle is not slowed down by the build.
 */
export function startCliBundleBuild(key: string): void {
  try {
    spawn(process.execPath, [join(PROJECT_FOLDER, 'src/cli/build-triage-bundle.ts'), key], {
      detached: true,
      stdio: 'ignore',
    }).unref();
  } catch {
    // No bundle: the next command runs from the sources again.
  }
}
