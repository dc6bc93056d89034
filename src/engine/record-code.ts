import type { AnswerValue, Answers } from './answers.ts';
import type { Flow, Question } from './flow-schema.ts';

/**
 * Record codes: a short code printed in the record summary that holds the
 * flow's short id and version and the answers (never the notes), so that a
 * record can be replayed months later, under the version it was made with and
 * under today's. For example `OA-2-0-0-1QZ8-4KX0-07M2`.
 *
 * - The answers are one number in mixed radix (each one-choice question: no
 *   answer or one of its options; each many-choice question: a set of its
 *   options), written in Crockford's base 32 (no I, L, O or U, which are easily
 *   misread), in groups of four, with a fixed length for each flow version.
 * - The last group is a check (CRC-16 of every other character, 6 bits a
 *   character): a mistyped or damaged character is always refused, never read
 *   as other answers, because a change to one character is a burst of at most
 *   6 bits, which a 16-bit CRC always detects.
 */

const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Every character a code may hold, for the check: each one is 6 bits. */
const CODE_CHARACTERS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-';
const GROUP = 4;
const CHECK_LENGTH = 4;
export const RECORD_CODE_MAX_LENGTH = 64;

/** Why a code was refused, in words a person can act on. */
export class RecordCodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordCodeError';
  }
}

/** The radix of each question's place in the number: its options and "no answer". */
function radixOf(question: Question): bigint {
  return question.kind === 'one'
    ? BigInt(question.options.length + 1)
    : 1n << BigInt(question.options.length);
}

function payloadLength(flow: Flow): number {
  let largest = 1n;
  for (const question of flow.questions) largest *= radixOf(question);
  let length = 1;
  for (let capacity = 32n; capacity < largest; capacity *= 32n) length += 1;
  return length;
}

/** CRC-16/CCITT-FALSE over 6-bit characters. */
function checkOf(text: string): string {
  let crc = 0xffff;
  for (const character of text) {
    const value = CODE_CHARACTERS.indexOf(character);
    for (let bit = 5; bit >= 0; bit -= 1) {
      const incoming = (value >> bit) & 1;
      const top = (crc >> 15) & 1;
      crc = (crc << 1) & 0xffff;
      if (top ^ incoming) crc ^= 0x1021;
    }
  }
  return toDigits(BigInt(crc), CHECK_LENGTH);
}

function toDigits(value: bigint, length: number): string {
  let text = '';
  let rest = value;
  for (let index = 0; index < length; index += 1) {
    text = DIGITS[Number(rest % 32n)]! + text;
    rest /= 32n;
  }
  return text;
}

function groups(text: string): string[] {
  const parts: string[] = [];
  for (let index = 0; index < text.length; index += GROUP) parts.push(text.slice(index, index + GROUP));
  return parts;
}

/** How long every record code of a flow is (each version's codes have one length). */
export function measureRecordCode(flow: Flow): number {
  const [major, minor, patch] = flow.version.split('.');
  const payload = payloadLength(flow);
  const body = [flow.shortId, major, minor, patch].join('-').length + payload + Math.ceil(payload / GROUP);
  return body + 1 + CHECK_LENGTH;
}

/** The record code for a flow and the answers on a journey's path. */
export function encodeRecordCode(flow: Flow, answers: Answers): string {
  let value = 0n;
  let place = 1n;
  for (const question of flow.questions) {
    const answer = answers[question.id];
    let digit = 0n;
    if (answer !== undefined) {
      const chosen = typeof answer === 'string' ? [answer] : answer;
      if (question.kind === 'one')
        digit = BigInt(question.options.findIndex((option) => option.value === chosen[0]) + 1);
      else
        question.options.forEach((option, bit) => {
          if (chosen.includes(option.value)) digit |= 1n << BigInt(bit);
        });
    }
    value += digit * place;
    place *= radixOf(question);
  }
  const [major, minor, patch] = flow.version.split('.');
  const body = [flow.shortId, major, minor, patch, ...groups(toDigits(value, payloadLength(flow)))].join('-');
  const code = `${body}-${checkOf(body)}`;
  if (code.length > RECORD_CODE_MAX_LENGTH)
    throw new Error(`The record code of ${flow.id} ${flow.version} is too long`);
  return code;
}

/** What a code says before the flow is known: which flow and version, and the answers still encoded. */
export type RecordCodeParts = { shortId: string; version: string; payload: string };

/**
 * Reads the parts of a code and checks it, without the flow: spaces are
 * ignored and letters may be lower case. A code with a wrong check, or in
 * another shape, is refused with a message saying so.
 */
export function readRecordCode(text: string): RecordCodeParts {
  const code = text.replace(/\s+/g, '').toUpperCase();
  if (code === '') throw new RecordCodeError('Enter a record code');
  if (code.length > RECORD_CODE_MAX_LENGTH)
    throw new RecordCodeError(`A record code has at most ${RECORD_CODE_MAX_LENGTH} characters`);
  if (!/^[A-Z0-9-]+$/.test(code))
    throw new RecordCodeError('A record code has only letters A to Z, numbers and hyphens');
  const parts = code.split('-');
  const [shortId = '', major = '', minor = '', patch = ''] = parts;
  const payloadGroups = parts.slice(4, -1);
  const check = parts.at(-1) ?? '';
  const wellFormed =
    /^[A-Z]{2,4}$/.test(shortId) &&
    [major, minor, patch].every((number) => /^(0|[1-9][0-9]*)$/.test(number)) &&
    payloadGroups.length > 0 &&
    payloadGroups.every(
      (group, index) =>
        group.length > 0 &&
        group.length <= GROUP &&
        (index === payloadGroups.length - 1 || group.length === GROUP),
    ) &&
    [...payloadGroups.join(''), ...check].every((character) => DIGITS.includes(character)) &&
    check.length === CHECK_LENGTH;
  if (!wellFormed)
    throw new RecordCodeError(
      'This is not a record code: it should look like OA-2-0-0-1QZ8-4KX0-07M2. Check that you copied all of it',
    );
  if (checkOf(parts.slice(0, -1).join('-')) !== check)
    throw new RecordCodeError(
      'This record code is mistyped or damaged: its check does not match. Copy it again from the record',
    );
  return { shortId, version: `${major}.${minor}.${patch}`, payload: payloadGroups.join('') };
}

/** The answers a checked code holds, for the flow it names (the right id and version). */
export function decodeRecordAnswers(flow: Flow, parts: RecordCodeParts): Answers {
  if (parts.shortId !== flow.shortId || parts.version !== flow.version)
    throw new Error(`The code is for ${parts.shortId} ${parts.version}, not ${flow.shortId} ${flow.version}`);
  if (parts.payload.length !== payloadLength(flow))
    throw new RecordCodeError(
      `This record code does not fit version ${flow.version} of the tool: it is damaged`,
    );
  let value = 0n;
  for (const character of parts.payload) value = value * 32n + BigInt(DIGITS.indexOf(character));
  const answers: Record<string, AnswerValue> = {};
  for (const question of flow.questions) {
    const radix = radixOf(question);
    const digit = value % radix;
    value /= radix;
    if (digit === 0n) continue;
    if (question.kind === 'one') answers[question.id] = question.options[Number(digit) - 1]!.value;
    else
      answers[question.id] = question.options
        .filter((_, bit) => (digit >> BigInt(bit)) & 1n)
        .map((option) => option.value);
  }
  if (value !== 0n)
    throw new RecordCodeError(
      `This record code does not fit version ${flow.version} of the tool: it is damaged`,
    );
  return answers;
}
