import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { isatty } from 'node:tty';

/**
 * The most the command line reads of each kind of input
 * (docs/decisions/0030-limits-on-flows-and-command-line-input.md). Each is far
 * above real use: a scenario is under 2 kB, the flow 120 kB, and a batch of
 * 10,000 scenarios 4 MB.
 */
export const MAX_BYTES = {
  scenario: 1 << 20,
  batchFile: 64 << 20,
  flow: 16 << 20,
} as const;

/** The longest one-line message the command line prints, so that a line of the terminal stays readable. */
export const MAX_MESSAGE_LENGTH = 280;

/** Why an input could not be read, in words for the one-line message after "cannot read FILE: ". */
export class InputError extends Error {}

const describeSize = (bytes: number) => `${bytes / (1 << 20)} MB`;

/**
 * Reads up to `maxBytes` from an open file; more than that is refused rather
 * than read, so that a huge or endless input (/dev/zero through a pipe) costs
 * at most `maxBytes` of memory.
 */
function readAtMost(descriptor: number, maxBytes: number, what: string): string {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    const read = readSync(descriptor, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes)
      throw new InputError(`larger than ${describeSize(maxBytes)}, the most a ${what} may be`);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

/**
 * Reads a regular file of at most `maxBytes` as UTF-8. Anything else is
 * refused before a byte is read: a folder, a device such as /dev/zero, or a
 * named pipe (opened without waiting for a writer, so that it cannot hang the
 * command). Symbolic links are followed, and what they point to is checked.
 */
export function readRegularFile(path: string, maxBytes: number, what: string): string {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'cannot open'),
    );
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new InputError('it is a folder, not a file');
    if (!stats.isFile()) throw new InputError('not a regular file');
    if (stats.size > maxBytes)
      throw new InputError(`larger than ${describeSize(maxBytes)}, the most a ${what} may be`);
    return readAtMost(descriptor, maxBytes, what);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError((error as NodeJS.ErrnoException).code ?? 'cannot read');
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Reads standard input (`-`) up to `maxBytes`: a file, a pipe or a terminal.
 * A device such as /dev/zero is refused, as it is when named.
 */
export function readStandardInput(descriptor: number, maxBytes: number, what: string): string {
  const stats = fstatSync(descriptor);
  if (stats.isDirectory()) throw new InputError('it is a folder, not a file');
  if ((stats.isCharacterDevice() && !isatty(descriptor)) || stats.isBlockDevice())
    throw new InputError('not a regular file');
  if (stats.isFile() && stats.size > maxBytes)
    throw new InputError(`larger than ${describeSize(maxBytes)}, the most a ${what} may be`);
  try {
    return readAtMost(descriptor, maxBytes, what);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError((error as NodeJS.ErrnoException).code ?? 'cannot read');
  }
}
