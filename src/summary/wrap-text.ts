/** The widest line of the record summary: it stays readable in a terminal, an email and a records system's text box. */
export const SUMMARY_WIDTH = 80;

/**
 * Wraps text to lines of at most `width` characters, each starting with a
 * prefix: `first` on the first line, `rest` on the lines after (a hanging
 * indent). Lines break only at a space, which the break replaces; every
 * other character is kept as it was, so what the user typed is unchanged
 * apart from where its lines end. A word longer than a line (a long link) is
 * kept whole on a line of its own, since breaking it would change it. Line
 * breaks in the text are kept, and each line is wrapped on its own.
 */
export function wrapText(text: string, first = '', rest = first, width = SUMMARY_WIDTH): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let remaining = paragraph;
    do {
      const prefix = lines.length === 0 ? first : rest;
      const room = width - prefix.length;
      if (remaining.length <= room) {
        lines.push(`${prefix}${remaining}`.trimEnd());
        break;
      }
      // The last space that leaves the line within its width, or else the first space at all.
      let breakAt = remaining.lastIndexOf(' ', room);
      if (breakAt <= 0) breakAt = remaining.indexOf(' ', room);
      if (breakAt <= 0) {
        lines.push(`${prefix}${remaining}`.trimEnd());
        break;
      }
      lines.push(`${prefix}${remaining.slice(0, breakAt)}`.trimEnd());
      remaining = remaining.slice(breakAt + 1);
    } while (remaining !== '');
  }
  return lines;
}
