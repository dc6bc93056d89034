// Builds the command line's bundle for a key (src/cli/triage-bundle.ts;
// docs/decisions/0031). Started by the triage in the background; it can also
// be run by hand: `node src/cli/build-triage-bundle.ts`.
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_FOLDER } from '../flow-file.ts';
import { CLI_BUNDLE_FOLDER, describeCliBundle, describeCliSources } from './triage-bundle.ts';

/** Builds the bundle for `key` into its file; another build of the same key at the same time gives way. */
export async function buildTriageBundle(key: string): Promise<string> {
  const file = describeCliBundle(key);
  mkdirSync(CLI_BUNDLE_FOLDER, { recursive: true });
  const lock = `${file}.building`;
  // 'wx' fails when the file exists: one build of a key at a time.
  closeSync(openSync(lock, 'wx'));
  try {
    const { build } = await import('rolldown');
    const partial = `${file}.${process.pid}.partial`;
    await build({
      input: join(PROJECT_FOLDER, 'src/cli/run-triage-command.ts'),
      platform: 'node',
      logLevel: 'silent',
      // The bundle lives in node_modules/.cache: src/flow-file.ts still finds the project from src/.
      transform: { define: { 'import.meta.dirname': JSON.stringify(join(PROJECT_FOLDER, 'src')) } },
      output: { file: partial, format: 'esm', codeSplitting: false },
    });
    // Renamed when whole, so a command never imports half a bundle.
    renameSync(partial, file);
    // Bundles of older sources are never used again.
    for (const name of readdirSync(CLI_BUNDLE_FOLDER))
      if (/^triage-[0-9a-f]+\.mjs$/.test(name) && join(CLI_BUNDLE_FOLDER, name) !== file)
        rmSync(join(CLI_BUNDLE_FOLDER, name), { force: true });
    return file;
  } finally {
    rmSync(lock, { force: true });
  }
}

if (process.argv[1] === import.meta.filename)
  await buildTriageBundle(process.argv[2] ?? describeCliSources());
