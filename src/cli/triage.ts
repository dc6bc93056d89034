// `npm run --silent triage`: the command-line triage (../shared/spec/contracts.md).
// Node runs this file directly (type stripping): no build step, see
// docs/decisions/0007-command-line-runs-on-node-type-stripping.md. The command
// itself is `runTriageCommand`, which tests call in process; it runs from a
// bundle of the sources when one is built (docs/decisions/0031).
import { pathToFileURL } from 'node:url';
import type * as TriageCommand from './run-triage-command.ts';
import { describeCliSources, findCliBundle, startCliBundleBuild } from './triage-bundle.ts';

// A reader that stops early (`| head`) is not an error of the triage.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

/** The command from the bundle of today's sources, or from the sources while it is not built. */
async function loadTriageCommand(): Promise<typeof TriageCommand> {
  const key = describeCliSources();
  const bundle = findCliBundle(key);
  if (bundle) {
    try {
      return (await import(pathToFileURL(bundle).href)) as typeof TriageCommand;
    } catch {
      // Removed since it was found (a build for newer sources removes older bundles).
    }
  } else startCliBundleBuild(key);
  return import('./run-triage-command.ts');
}

const { runTriageCommand } = await loadTriageCommand();

process.exitCode = await runTriageCommand(process.argv.slice(2), {
  stdin: 0,
  stdout: process.stdout,
  stderr: process.stderr,
});
