// `npm run --silent triage`: the command-line triage (../shared/spec/contracts.md).
// Node runs this file directly (type stripping): no build step, see
// docs/decisions/0007-command-line-runs-on-node-type-stripping.md. The command
// itself is `runTriageCommand`, which tests call in process.
import { runTriageCommand } from './run-triage-command.ts';

// A reader that stops early (`| head`) is not an error of the triage.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

process.exitCode = await runTriageCommand(process.argv.slice(2), {
  stdin: 0,
  stdout: process.stdout,
  stderr: process.stderr,
});
