import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPackTemplate } from '../packs/build-pack-template.ts';
import { IdSchema } from '../engine/flow-schema.ts';
import { PACK_FILE_SUFFIX, PACKS_FOLDER } from './read-pack-files.ts';

const USAGE = 'usage: npm run pack:new -- NAME (kebab-case, e.g. west-sussex)';

/** Writes the template for a new pack and returns its file; a message for a mistake. */
export function writePackTemplate(
  name: string | undefined,
  folder = PACKS_FOLDER,
): { file: string } | string {
  if (name === undefined || !IdSchema.safeParse(name).success || name === 'national')
    return `pack:new: '${name ?? ''}' is not a pack name; ${USAGE}`;
  const file = `${folder}${name}${PACK_FILE_SUFFIX}`;
  if (existsSync(file)) return `pack:new: ${file} already exists; choose another name or edit it`;
  writeFileSync(file, `${JSON.stringify(buildPackTemplate(name), null, 2)}\n`);
  return { file };
}

function main(): void {
  const args = process.argv.slice(2);
  const result = args.length === 1 ? writePackTemplate(args[0]) : `pack:new: give one name; ${USAGE}`;
  if (typeof result === 'string') {
    process.stderr.write(`${result}\n`);
    process.exit(2);
  }
  process.stdout.write(
    `wrote ${result.file}\nFill in every 'TO FILL IN' (each field is explained in its $comment), then run: npm run pack:check -- ${result.file}\n`,
  );
}

const invokedPath = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invokedPath === realpathSync(fileURLToPath(import.meta.url))) main();
