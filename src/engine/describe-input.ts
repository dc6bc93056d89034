/**
 * Messages that quote what the user gave (an unknown question id, a value, a
 * file name) must stay one short line that a terminal shows as it is: no
 * control character can clear the screen or rewrite the line, and a 50 MB
 * value is not printed whole (docs/decisions/0030).
 */

/** The most characters of the user's input one message quotes. */
export const MAX_QUOTED_LENGTH = 80;

// Control characters (C0, DEL and C1), line and paragraph separators, the byte
// order mark, and the marks that reorder text (U+200E, U+200F, U+202A–U+202E,
// U+2066–U+2069).
const UNSAFE = /[\p{Cc}\p{Zl}\p{Zp}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

const escapeUnsafe = (text: string) =>
  text.replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Input text fit to quote in a message: unsafe characters escaped as \uXXXX, and at most 80 characters of it. */
export function describeInput(text: string): string {
  if (text.length <= MAX_QUOTED_LENGTH) {
    const escaped = escapeUnsafe(text);
    if (escaped.length <= MAX_QUOTED_LENGTH) return escaped;
  }
  let shown = escapeUnsafe(text.slice(0, MAX_QUOTED_LENGTH)).slice(0, MAX_QUOTED_LENGTH);
  // Half of a surrogate pair is not a character.
  if (/[\ud800-\udbff]$/.test(shown)) shown = shown.slice(0, -1);
  return `${shown}… (${text.length.toLocaleString('en-GB')} characters)`;
}

/**
 * A whole message made safe for one line of a terminal: line breaks become
 * spaces, unsafe characters are escaped, and a message longer than
 * `maxLength` is cut, saying how long it was.
 */
export function fitOnOneLine(message: string, maxLength: number): string {
  const line = escapeUnsafe(message.replace(/\s*[\r\n]+\s*/g, ' '));
  if (line.length <= maxLength) return line;
  const tail = `… (${line.length.toLocaleString('en-GB')} characters)`;
  return `${line.slice(0, maxLength - tail.length)}${tail}`;
}
