import type { AnswerValue, Answers } from './answers.ts';
import type { Flow, Question } from './flow-schema.ts';

/**
 * Record codes: a short code printed in the record summary that holds the
 * flow's short id and version and the answers (never the notes), so that a
 * record can be replayed months later, under the version it was made with and
 * under today's. For example `OA-2-0-0-0470-242J-0FVT`.
 *
 * - The answers are one number in mixed radix (each one-choice question: no
 *   answer or one of its options; each many-choice question: a set of its
 *   options), written in Crockford's base 32 (no I, L, O or U, which are easily
 *   misread; a pasted O reads as 0, and I or L as 1), in groups of four, with a fixed length for each flow version.
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
export type RecordCodeParts = {
  /** The code as the tool wrote it: capitals, hyphens, no spaces, whatever was pasted. */
  code: string;
  shortId: string;
  version: string;
  payload: string;
};

/**
 * Longest text worth tidying. Beyond it, it cannot be a code with spaces
 * here and there, and the regular expressions below never run on a long text.
 */
const LONGEST_PASTE = 4 * RECORD_CODE_MAX_LENGTH;
/** What word processors put for a typed hyphen: U+2010 to U+2015 (the en and em dashes among them), and the minus sign. */
const DASHES = /[\u2010-\u2015\u2212]/g;
/** Characters that show as nothing, which a copy from a web page or a document can carry. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** The start of the summary's line, "Record code: ", copied with the code (or typed with a dash). */
const LABEL = /^record\s*code\s*[:\u2013\u2014-]?/i;
const OPENING_PUNCTUATION = /^["'\u2018\u201C\u00AB([]+/;
const CLOSING_PUNCTUATION = /["'\u2019\u201D\u00BB)\].,;:!?]+$/;
/** Crockford's decoding: the letters the alphabet leaves out read as the digits they look like. */
const DIGIT_ALIASES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

const TYPING_MISTAKE = 'This code has a typing mistake: check it against your record';

/**
 * The code as pasted, tidied (../shared/spec/contracts.md, "Version 3
 * additions"): surrounding spaces, the summary's "Record code:" label,
 * quotes and a full stop around it, invisible characters and case go;
 * dashes read as hyphens, and spaces beside a hyphen go with it. Spaces left
 * between characters stay for `readRecordCode` to decide on.
 */
function tidyPastedCode(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .trim()
    .replace(OPENING_PUNCTUATION, '')
    .replace(LABEL, '')
    .trim()
    .replace(OPENING_PUNCTUATION, '')
    .replace(CLOSING_PUNCTUATION, '')
    .trim()
    .replace(DASHES, '-')
    .replace(/\s*-\s*/g, '-')
    .toUpperCase();
}

/**
 * The code's own spelling of each part. The short id is letters only, so a 0
 * there is an O; every other part is digits of the code's alphabet, which has
 * no O, I or L, so those letters there are the digits they look like. A
 * mapping that picks a character the code never has in that place cannot
 * turn one real code into another: a mistyped code stays mistyped, and the
 * check still refuses it.
 */
function spellParts(code: string): string[] {
  return code
    .split('-')
    .map((part, index) =>
      index === 0 ? part.replace(/0/g, 'O') : part.replace(/[OIL]/g, (letter) => DIGIT_ALIASES[letter]!),
    );
}

function describeCharacter(character: string): string {
  const point = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `"${character}"` : `an invisible character (${point})`;
}

type Reading = { parts: RecordCodeParts } | { problem: string; wellFormed: boolean };

/** Reads a tidied code with no spaces left: its parts, or what is wrong with it. */
function readTidiedCode(tidied: string): Reading {
  const odd = [...tidied].find((character) => !/[A-Z0-9-]/.test(character));
  if (odd !== undefined)
    return {
      problem: `A record code has only letters A to Z, numbers and hyphens, and this one has ${describeCharacter(odd)}: check it against your record`,
      wellFormed: false,
    };
  const parts = spellParts(tidied);
  const [shortId = '', major = '', minor = '', patch = ''] = parts;
  const refuse = (problem: string): Reading => ({ problem, wellFormed: false });
  if (!/^[A-Z]{2,4}$/.test(shortId))
    return refuse(
      'This is not a record code: a record code starts with the letters of the tool, such as OA, and a hyphen',
    );
  if (![major, minor, patch].every((number) => /^(0|[1-9][0-9]*)$/.test(number)))
    return refuse(
      `This is not a record code: after ${shortId} comes the version of the tool, three numbers such as 2-0-0`,
    );
  const groups = parts.slice(4);
  const check = groups.pop();
  if (check === undefined || groups.length === 0)
    return refuse('This code is not complete: check that you copied all of it');
  if (check.length !== CHECK_LENGTH)
    return refuse(
      `The last group of a record code has ${CHECK_LENGTH} characters, and this one has ${check.length}: check that you copied all of it`,
    );
  if (groups.includes('')) return refuse('This code has two hyphens together: check it against your record');
  const wrongGroup = groups.find(
    (group, index) => group.length > GROUP || (index < groups.length - 1 && group.length !== GROUP),
  );
  if (wrongGroup !== undefined)
    return refuse(
      `Each group of a record code has ${GROUP} characters, and ${wrongGroup} has ${wrongGroup.length}: check it against your record`,
    );
  if ([...groups.join(''), ...check].some((character) => !DIGITS.includes(character)))
    return refuse('Record codes never have the letter U: check it against your record');
  const code = parts.join('-');
  if (checkOf(parts.slice(0, -1).join('-')) !== check) return { problem: TYPING_MISTAKE, wellFormed: true };
  return { parts: { code, shortId, version: `${major}.${minor}.${patch}`, payload: groups.join('') } };
}

/**
 * Reads the parts of a code and checks it, without the flow, as people paste
 * it: see `tidyPastedCode` and `spellParts`. Spaces left between characters
 * are either a space typed inside a group or a space in place of a hyphen:
 * the code is read both ways, and taken if either reading has the right shape
 * and passes the check. A code that cannot be read is refused with a message
 * saying what is wrong, in plain words.
 */
export function readRecordCode(text: string): RecordCodeParts {
  const trimmed = text.trim();
  if (trimmed === '') throw new RecordCodeError('Enter a record code');
  const tooLong = `A record code has at most ${RECORD_CODE_MAX_LENGTH} characters: copy only the code, from the line that starts "Record code"`;
  if (trimmed.length > LONGEST_PASTE) throw new RecordCodeError(tooLong);
  const tidied = tidyPastedCode(trimmed);
  if (tidied === '') throw new RecordCodeError('Enter a record code');
  const joined = tidied.replace(/\s+/g, '');
  if (joined.length > RECORD_CODE_MAX_LENGTH) throw new RecordCodeError(tooLong);
  const spacesForHyphens = tidied.replace(/\s+/g, '-');
  // A code pasted with no hyphen at all had spaces for them: its message is about that reading.
  const ways = tidied.includes('-') ? [joined, spacesForHyphens] : [spacesForHyphens, joined];
  const readings = [...new Set(ways)].map(readTidiedCode);
  for (const reading of readings) if ('parts' in reading) return reading.parts;
  const refusals = readings.filter((reading) => 'problem' in reading);
  throw new RecordCodeError((refusals.find((reading) => reading.wellFormed) ?? refusals[0]!).problem);
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
