import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wrapText } from '../../../src/summary/wrap-text.ts';

describe('wrapText', () => {
  test('keeps a short line as it is, with its prefix', () => {
    expect(wrapText('Who: You do this.', '   ')).toEqual(['   Who: You do this.']);
  });

  test('breaks at spaces, within the width, with a hanging indent', () => {
    expect(wrapText('one two three four five', '- ', '  ', 12)).toEqual([
      '- one two',
      '  three four',
      '  five',
    ]);
  });

  test('keeps a word longer than a line whole, on a line of its own', () => {
    const link = `https://example.org/${'a'.repeat(90)}`;
    expect(wrapText(`See ${link} now`, '', '', 40)).toEqual(['See', link, 'now']);
  });

  test("keeps the text's own line breaks, and blank lines without trailing spaces", () => {
    expect(wrapText('first\n\nthird', '    ')).toEqual(['    first', '', '    third']);
  });

  test('never makes a line longer than the width unless one word is, and changes nothing but the line ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,15}$/), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 20, max: 80 }),
        (words, width) => {
          const text = words.join(' ');
          const lines = wrapText(text, '  ', '    ', width);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
          expect(lines.map((line) => line.trim()).join(' ')).toBe(text);
        },
      ),
    );
  });
});
