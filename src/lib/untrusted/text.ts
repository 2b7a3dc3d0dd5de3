/**
 * Characters that have no place in the record's text, wherever they come from (typed, pasted, or produced by a
 * YAML escape such as "\u202E"): they break the exports or change what a reader sees.
 *
 * - C0 control characters other than tab and line feed (a carriage return only as part of CRLF), DEL and the C1
 *   controls: XML 1.0 forbids most of them outright (one makes every feed carrying the entry ill-formed), and the
 *   rest are Windows-1252 text read as Latin-1.
 * - Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane) and lone surrogates: not text.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): an unterminated U+202E
 *   reverses everything after it on the page.
 * - Invisible characters inside a word (zero-width space, joiners, word joiner, soft hyphen, BOM…): the word looks
 *   right but no longer matches a search, a citation check or a comparison. Joiners between letters of scripts that
 *   need them (Arabic, Indic…) are fine; the check is on letters and digits of Latin, Greek and Cyrillic.
 */

export interface CharProblem {
  /** UTF-16 offset of the character in the text. */
  index: number;
  /** The code point, as U+XXXX with its name. */
  what: string;
  message: string;
  hint: string;
}

const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0xad: 'SOFT HYPHEN',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

export const codePointName = (cp: number): string => {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[cp];
  return name ? `${hex} ${name}` : hex;
};

const isControl = (cp: number) => (cp < 0x20 && cp !== 0x09 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f);
const isNonCharacter = (cp: number) => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
const isBidiControl = (cp: number) => (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
const INVISIBLE = new Set([0xad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);
/** Letters (with their marks) and digits of the scripts in which an invisible character inside a word is a trap. */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u;

/** Whether the text has any character {@link charProblems} would report (a fast test for the common case). */
const SUSPECT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200d\u202a-\u202e\u2060-\u2069\ufdd0-\ufdef\ufeff\ufffe\uffff\ud800-\udfff]/;

/**
 * Every forbidden character in `text`. `crlf`: a carriage return directly before a line feed is a line ending
 * (file text), not a stray control character.
 */
export function charProblems(text: string, { crlf = false }: { crlf?: boolean } = {}): CharProblem[] {
  if (!SUSPECT.test(text)) return [];
  const out: CharProblem[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let cp = unit;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        if (isNonCharacter(cp))
          out.push({
            index: i,
            what: codePointName(cp),
            message: `contains ${codePointName(cp)}, a noncharacter that XML and the feeds cannot carry`,
            hint: 'delete it',
          });
        i++;
        continue;
      }
    }
    if (unit >= 0xd800 && unit <= 0xdfff) {
      out.push({
        index: i,
        what: `U+${unit.toString(16).toUpperCase()}`,
        message: `contains a lone surrogate (U+${unit.toString(16).toUpperCase()}), which is not a character`,
        hint: 'delete it; if the text was pasted, paste it again from the source',
      });
      continue;
    }
    if (isControl(cp)) {
      if (cp === 0x0d && crlf && text.charCodeAt(i + 1) === 0x0a) continue;
      out.push({
        index: i,
        what: codePointName(cp),
        message: `contains the control character ${codePointName(cp)}, which breaks the feeds and exports`,
        hint:
          cp >= 0x80
            ? 'this is usually Windows-1252 text read wrongly: retype the character (a quote mark or dash) around it'
            : 'delete it; if it came with a copy-paste, retype the text around it',
      });
    } else if (isNonCharacter(cp))
      out.push({
        index: i,
        what: codePointName(cp),
        message: `contains ${codePointName(cp)}, a noncharacter that XML and the feeds cannot carry`,
        hint: 'delete it',
      });
    else if (isBidiControl(cp))
      out.push({
        index: i,
        what: codePointName(cp),
        message: `contains the bidirectional control ${codePointName(cp)}, which can reverse or reorder the text after it on the page`,
        hint: 'delete it; right-to-left words display correctly without control characters',
      });
    else if (INVISIBLE.has(cp)) {
      const before = text[i - 1] ?? '';
      let j = i + 1;
      while (j < text.length && INVISIBLE.has(text.charCodeAt(j))) j++;
      const after = text[j] ?? '';
      if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) {
        const word = wordAround(text, i);
        out.push({
          index: i,
          what: codePointName(cp),
          message: `has the invisible ${codePointName(cp)} inside the word "${word.replace(/[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g, '')}", so the word cannot be found by search`,
          hint: 'delete it (retype the word)',
        });
      }
    }
  }
  return out;
}

function wordAround(text: string, i: number): string {
  let a = i;
  while (a > 0 && /[\p{L}\p{M}\p{N}\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/u.test(text[a - 1]!)) a--;
  let b = i;
  while (b < text.length && /[\p{L}\p{M}\p{N}\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/u.test(text[b]!)) b++;
  return text.slice(a, Math.min(b, a + 60));
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineCol(text: string, index: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: index - start + 1 };
}
