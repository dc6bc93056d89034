/**
 * Record codes as people paste them (../shared/spec/contracts.md, "Version 3
 * additions"), worked out here from the code's layout and independently of
 * src/engine/record-code.ts, so that the tests do not take the reader's word
 * for what is harmless.
 *
 * A code is `ID-MAJOR-MINOR-PATCH-GROUP-…-CHECK`: the short id is letters
 * only; every other part is digits of Crockford's base 32, which has no O, I
 * or L.
 */

/** One way a person changes a code without changing what it says. */
export type Variation = {
  name: string;
  /** The character written at a position of the code (`inShortId`: before the first hyphen). */
  character?: (character: string, inShortId: boolean, index: number) => string;
  /** Text added before or after the character at a position. */
  around?: (character: string, position: Position) => { before?: string; after?: string };
  /** The whole text, once every character is written. */
  whole?: (text: string) => string;
};

/** Where a character stands in the code's layout. */
export type Position = { inShortId: boolean; group: number; indexInGroup: number; groupLength: number };

const EN_DASH = '\u2013';
const EM_DASH = '\u2014';
const NON_BREAKING_HYPHEN = '\u2011';
const MINUS_SIGN = '\u2212';
const NO_BREAK_SPACE = '\u00a0';
const ZERO_WIDTH_SPACE = '\u200b';

const isAlias = (inShortId: boolean, from: string, to: string) =>
  inShortId
    ? from === 'O' && to === '0'
    : (from === '0' && to === 'O') || (from === '1' && 'IL'.includes(to));

/** Every variation the reader must forgive, each on its own. */
export const VARIATIONS: readonly Variation[] = [
  { name: 'lower case', character: (character) => character.toLowerCase() },
  {
    name: 'mixed case',
    character: (character, _, index) => (index % 2 === 0 ? character.toLowerCase() : character),
  },
  {
    name: 'O typed for 0',
    character: (character, inShortId) => (!inShortId && character === '0' ? 'O' : character),
  },
  {
    name: 'I typed for 1',
    character: (character, inShortId) => (!inShortId && character === '1' ? 'I' : character),
  },
  {
    name: 'L typed for 1',
    character: (character, inShortId) => (!inShortId && character === '1' ? 'l' : character),
  },
  {
    name: '0 typed for the O of OA',
    character: (character, inShortId) => (inShortId && character === 'O' ? '0' : character),
  },
  { name: 'en dashes', character: (character) => (character === '-' ? EN_DASH : character) },
  { name: 'em dashes', character: (character) => (character === '-' ? EM_DASH : character) },
  {
    name: 'non-breaking hyphens',
    character: (character) => (character === '-' ? NON_BREAKING_HYPHEN : character),
  },
  { name: 'minus signs', character: (character) => (character === '-' ? MINUS_SIGN : character) },
  { name: 'spaces for hyphens', character: (character) => (character === '-' ? ' ' : character) },
  {
    name: 'spaces around hyphens',
    around: (character) => (character === '-' ? { before: ' ', after: ' ' } : {}),
  },
  {
    name: 'a zero-width space after each hyphen',
    around: (character) => (character === '-' ? { after: ZERO_WIDTH_SPACE } : {}),
  },
  {
    name: 'a space inside each group of four',
    around: (_, { group, indexInGroup, groupLength }) =>
      group >= 4 && groupLength === 4 && indexInGroup === 1 ? { after: ' ' } : {},
  },
  { name: 'spaces around', whole: (text) => `  ${text}   ` },
  { name: 'a tab before and a line break after', whole: (text) => `\t${text}\n` },
  { name: 'no-break spaces around', whole: (text) => `${NO_BREAK_SPACE}${text}${NO_BREAK_SPACE}` },
  { name: 'the summary line pasted whole', whole: (text) => `Record code: ${text}` },
  { name: 'the label in small letters, no colon', whole: (text) => `record code ${text}` },
  { name: 'a full stop after', whole: (text) => `${text}.` },
  { name: 'curly quotes around', whole: (text) => `\u201c${text}\u201d` },
];

/**
 * Pairs that make no sense together: a space inside a group with spaces for
 * hyphens leaves groups no one can tell apart; the label pasted twice.
 */
const CLASHES: readonly [string, string][] = [
  ['a space inside each group of four', 'spaces for hyphens'],
  ['the summary line pasted whole', 'the label in small letters, no colon'],
];

function clash(names: readonly string[]): boolean {
  return CLASHES.some(([one, other]) => names.includes(one) && names.includes(other));
}

/** A code with some variations applied together: characters first, then what goes around them, then the whole. */
export function applyVariations(code: string, variations: readonly Variation[]): string {
  const parts = code.split('-');
  let text = '';
  let index = 0;
  parts.forEach((part, group) => {
    const characters = group === parts.length - 1 ? [...part] : [...part, '-'];
    characters.forEach((original, indexInGroup) => {
      const position: Position = {
        inShortId: group === 0 && original !== '-',
        group,
        indexInGroup,
        groupLength: part.length,
      };
      let written = original;
      for (const variation of variations)
        if (variation.character) written = variation.character(written, position.inShortId, index);
      let before = '';
      let after = '';
      for (const variation of variations) {
        const added = variation.around?.(original, position) ?? {};
        before = `${added.before ?? ''}${before}`;
        after = `${after}${added.after ?? ''}`;
      }
      text += `${before}${written}${after}`;
      index += 1;
    });
  });
  for (const variation of variations) if (variation.whole) text = variation.whole(text);
  return text;
}

/** Every harmless variant of a code: each variation alone, every pair that does not clash, and all at once. */
export function listHarmlessVariants(code: string): { names: string; text: string }[] {
  const variants: { names: string; text: string }[] = [];
  const add = (chosen: readonly Variation[]) => {
    const names = chosen.map((variation) => variation.name);
    if (!clash(names)) variants.push({ names: names.join(' + '), text: applyVariations(code, chosen) });
  };
  VARIATIONS.forEach((one, index) => {
    add([one]);
    for (const other of VARIATIONS.slice(index + 1)) add([one, other]);
  });
  const compatible = VARIATIONS.filter((variation) => !CLASHES.some(([one]) => one === variation.name));
  add(compatible);
  return variants;
}

/** What someone may type in place of a character: letters either case, digits, hyphens, dashes, spaces, punctuation. */
export const TYPED_CHARACTERS = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  ...`-${EN_DASH}${EM_DASH}${NON_BREAKING_HYPHEN} ${NO_BREAK_SPACE}.,:;_/`,
];

/** Whether typing `typed` for the code's character at `index` leaves the code saying the same. */
export function isHarmlessChange(code: string, index: number, typed: string): boolean {
  const original = code[index]!;
  const inShortId = index < code.indexOf('-');
  if (original === '-') return [EN_DASH, EM_DASH, NON_BREAKING_HYPHEN, ' ', NO_BREAK_SPACE].includes(typed);
  const upper = typed.toUpperCase();
  return upper === original || isAlias(inShortId, original, upper);
}

/** Every change of one character of a code that changes what it says. */
export function listOneCharacterChanges(code: string): string[] {
  const changes: string[] = [];
  for (let index = 0; index < code.length; index += 1)
    for (const typed of TYPED_CHARACTERS)
      if (typed !== code[index] && !isHarmlessChange(code, index, typed))
        changes.push(`${code.slice(0, index)}${typed}${code.slice(index + 1)}`);
  return changes;
}

/**
 * Every swap of two different characters of a code, neighbours or not, but
 * for a swap of two characters that read the same (the O of OA and a 0
 * later): the result says what the code says.
 */
export function listTranspositions(code: string): { text: string; neighbours: boolean }[] {
  const swaps: { text: string; neighbours: boolean }[] = [];
  for (let first = 0; first < code.length; first += 1)
    for (let second = first + 1; second < code.length; second += 1) {
      if (code[first] === code[second]) continue;
      if (isHarmlessChange(code, first, code[second]!) && isHarmlessChange(code, second, code[first]!))
        continue;
      const characters = [...code];
      [characters[first], characters[second]] = [characters[second]!, characters[first]!];
      swaps.push({ text: characters.join(''), neighbours: second === first + 1 });
    }
  return swaps;
}
