import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { FlowError } from '../engine/parse-flow.ts';
import { PROJECT_FOLDER } from '../flow-file.ts';
import { readRequirements, requirementsFileFor } from '../verification/read-requirements.ts';
import { buildRulebook } from './build-rulebook.ts';
import { describeFlowErrorOnOneLine, FLOW_FILE, readFlowFile } from './read-flow-file.ts';

/**
 * `npm run rulebook`: writes docs/rulebook.md from the flow and its
 * requirements catalogue. `--check` writes nothing and exits 1 when the file
 * is not what the command would write, so that a stale rulebook is caught
 * before a partnership signs it off. Exit 2: the input could not be read.
 */
const RULEBOOK_FILE = resolve(PROJECT_FOLDER, 'docs/rulebook.md');

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--check');
if (unknown.length > 0) {
  process.stderr.write(`npm run rulebook: unknown argument ${unknown.join(' ')} (only --check)\n`);
  process.exit(2);
}

const name = (file: string) => relative(PROJECT_FOLDER, file);
let rulebook: string;
try {
  const catalogueFile = requirementsFileFor(FLOW_FILE);
  rulebook = buildRulebook(readFlowFile(), readRequirements(catalogueFile), {
    flow: name(FLOW_FILE),
    catalogue: name(catalogueFile),
  });
} catch (error) {
  const message = error instanceof FlowError ? describeFlowErrorOnOneLine(error) : (error as Error).message;
  process.stderr.write(`${message.replace(/\n/g, ' ')}\n`);
  process.exit(2);
}

if (args.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(RULEBOOK_FILE, 'utf8');
  } catch {
    // A missing rulebook is simply not current.
  }
  if (current !== rulebook) {
    process.stderr.write(`${name(RULEBOOK_FILE)} is not current: run npm run rulebook\n`);
    process.exit(1);
  }
  process.stdout.write(`${name(RULEBOOK_FILE)} is current\n`);
} else {
  writeFileSync(RULEBOOK_FILE, rulebook);
  process.stdout.write(`wrote ${name(RULEBOOK_FILE)}\n`);
}
