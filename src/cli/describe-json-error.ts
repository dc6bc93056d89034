/**
 * Why text is not JSON, without quoting it: V8's "Unexpected token" message
 * quotes the start of the text, which for a batch entry that links to another
 * file would print that file's first characters (docs/decisions/0030). The
 * other messages give only a position, and are kept.
 */
export function describeJsonError(error: Error, text: string): string {
  if (text.startsWith('\ufeff'))
    return 'it starts with a byte order mark (U+FEFF): save it as UTF-8 without one';
  return error.message.replace(/^Unexpected token [\s\S]*is not valid JSON$/, 'Unexpected character');
}
