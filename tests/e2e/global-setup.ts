import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROUTE_SETS_FILE_VARIABLE, ROUTE_SETS_PID_VARIABLE } from './support/plan-route-sets.ts';

const GLANCE_SPEC = 'tests/e2e/plan-at-a-glance.spec.ts';
/** Playwright options whose value can follow as a separate argument. */
const OPTIONS_WITH_VALUES = new Set(
  '-c --config --project -g --grep -G --grep-invert -j --workers --reporter --output --shard --timeout --retries --repeat-each --max-failures --trace --tsconfig --global-timeout'.split(
    ' ',
  ),
);

/** Whether this run includes the plan-at-a-glance spec: no file filters, or one that matches it. */
function runsTheGlanceSpec(argv: readonly string[]): boolean {
  const args = argv.slice(argv.indexOf('test') + 1);
  const filters: string[] = [];
  const projects: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--project') projects.push(args[index + 1] ?? '');
    if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
    if (OPTIONS_WITH_VALUES.has(arg)) index += 1;
    else if (!arg.startsWith('-')) filters.push(arg.replace(/:\d+(:\d+)?$/, ''));
  }
  if (projects.length > 0 && !projects.includes('chromium')) return false;
  return filters.length === 0 || filters.some((filter) => new RegExp(filter).test(GLANCE_SPEC));
}

/**
 * Starts listing the plan-at-a-glance route sets in a child process, so that
 * the listing runs once, beside the first tests, and each share of that test
 * reads the result (support/plan-route-sets.ts; decision 0054). Not when the
 * run was given a listing (`npm test` has its exhaustive verification write
 * one; decision 0058). Returns the teardown, which stops the child if it is
 * still running and deletes its file.
 */
export default function globalSetup(): () => void {
  if (!runsTheGlanceSpec(process.argv)) return () => {};
  const given = process.env[ROUTE_SETS_FILE_VARIABLE];
  if (given && existsSync(given)) return () => {};
  const folder = mkdtempSync(join(tmpdir(), 'plan-route-sets-'));
  const file = join(folder, 'route-sets.json');
  const child = spawn(
    process.execPath,
    [resolve(import.meta.dirname, 'support/write-plan-route-sets.ts'), file],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  process.env[ROUTE_SETS_FILE_VARIABLE] = file;
  process.env[ROUTE_SETS_PID_VARIABLE] = String(child.pid);
  return () => {
    if (child.exitCode === null) child.kill();
    rmSync(folder, { recursive: true, force: true });
  };
}
