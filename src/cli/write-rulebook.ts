import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { FlowError } from '../engine/parse-flow.ts';
import { FLOW_PATH, PROJECT_FOLDER } from '../flow-file.ts';
import { readRequirements, requirementsFileFor } from '../verification/read-requirements.ts';
import { buildRulebook } from './build-rulebook.ts';
import { describeFlowErrorOnOneLine, readFlowFile } from './read-flow-file.ts';

/**
 * `npm run rulebook`: writes docs/rulebook.md from the flow and its
 * requirements catalogue. `--check` writes nothing and exits 1 when the file
 * is not what the command would write, so that a stale rulebook is caught
 * before a partnership signs it off. `--file PATH` names another file (for a
 * draft, or a test). Exit 2: the arguments or the input could not be read.
 */
const USAGE = 'npm run rulebook [-- --check] [--file PATH]';

function refuse(problem: string): never {
  process.stderr.write(`npm run rulebook: ${problem} (usage: ${USAGE})\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let check = false;
let rulebookFile = resolve(PROJECT_FOLDER, 'docs/rulebook.md');
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index];
  if (arg === '--check') check = true;
  else if (arg === '--file') {
    const path = args[(index += 1)];
    if (path === undefined) refuse('--file needs a path');
    rulebookFile = resolve(path);
  } else refuse(`unknown argument ${arg}`);
}

/** A file as messages name it: relative to the project folder when it is inside it. */
function name(file: string): string {
  const inside = relative(PROJECT_FOLDER, file);
  return inside.startsWith('..') || isAbsolute(inside) ? file : inside;
}
let rulebook: string;
try {
  const catalogueFile = requirementsFileFor(FLOW_PATH);
  rulebook = buildRulebook(readFlowFile(), readRequirements(catalogueFile), {
    flow: name(FLOW_PATH),
    catalogue: name(catalogueFile),
  });
} catch (error) {
  const message = error instanceof FlowError ? describeFlowErrorOnOneLine(error) : (error as Error).message;
  process.stderr.write(`${message.replace(/\n/g, ' ')}\n`);
  process.exit(2);
}

if (check) {
  let current = '';
  try {
    current = readFileSync(rulebookFile, 'utf8');
  } catch {
    // A missing rulebook is simply not current.
  }
  if (current !== rulebook) {
    process.stderr.write(`${name(rulebookFile)} is not current: run npm run rulebook\n`);
    process.exit(1);
  }
  process.stdout.write(`${name(rulebookFile)} is current\n`);
} else {
  writeFileSync(rulebookFile, rulebook);
  process.stdout.write(`wrote ${name(rulebookFile)}\n`);
}
