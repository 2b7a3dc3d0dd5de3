/**
 * Look-alike names. Two actors must not share a name that differs only in characters that look the same ("William
 * P. Barr" with a Cyrillic "а"), and a name should not mix scripts inside one word: either is how a contributor
 * could slip in an impostor that readers, search and citations take for the real one.
 *
 * The comparison uses the skeletons of Unicode's confusables data (UTS #39, via the `unhomoglyph` package): two
 * strings with the same skeleton look alike.
 */
import unhomoglyph from 'unhomoglyph';
import { codePointName } from './text';

/** The UTS #39 skeleton of a name, case and spacing folded, so "Barr" and "Ваrr" compare equal. */
function skeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD'))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const SCRIPTS = ['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Cherokee'] as const;
const SCRIPT_RE = Object.fromEntries(SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')])) as Record<
  (typeof SCRIPTS)[number],
  RegExp
>;

/** A word of `text` that mixes letters of Latin, Greek, Cyrillic (scripts with look-alike letters), with the odd one out. */
function mixedScriptWord(text: string): { word: string; char: string; script: string } | undefined {
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const found = new Map<string, string>();
    for (const ch of word) for (const s of SCRIPTS) if (SCRIPT_RE[s].test(ch) && !found.has(s)) found.set(s, ch);
    if (found.size > 1) {
      // The odd one out is the script with fewer letters in the word.
      const counts = [...found.keys()].map((s) => ({
        s,
        n: [...word].filter((c) => SCRIPT_RE[s as 'Latin'].test(c)).length,
      }));
      counts.sort((a, b) => a.n - b.n);
      const odd = counts[0]!.s;
      const char = [...word].find((c) => SCRIPT_RE[odd as 'Latin'].test(c))!;
      return { word, char: codePointName(char.codePointAt(0)!), script: odd };
    }
  }
  return undefined;
}

export interface NamedThing {
  slug: string;
  /** The name and aliases, each with a path for the message (`name`, `aliases[1]`). */
  names: Array<{ path: (string | number)[]; text: string }>;
}

export interface LookAlike {
  slug: string;
  path: (string | number)[];
  message: string;
  hint: string;
}

/**
 * Every name that mixes scripts inside a word, and every name that looks like another actor's name without being
 * the same text. Each pair is reported once, on the later of the two (in slug order).
 */
export function lookAlikeNames(things: readonly NamedThing[]): LookAlike[] {
  const out: LookAlike[] = [];
  const seen = new Map<string, { slug: string; text: string }>();
  for (const t of [...things].sort((a, b) => a.slug.localeCompare(b.slug))) {
    for (const n of t.names) {
      const mixed = mixedScriptWord(n.text);
      if (mixed)
        out.push({
          slug: t.slug,
          path: n.path,
          message: `"${n.text}" mixes scripts in the word "${mixed.word}" (${mixed.char} is ${mixed.script})`,
          hint: 'retype the name in one script; a look-alike letter makes a different name that reads the same',
        });
      const key = skeleton(n.text);
      const prev = seen.get(key);
      if (prev && prev.slug !== t.slug && prev.text !== n.text)
        out.push({
          slug: t.slug,
          path: n.path,
          message: `"${n.text}" looks the same as "${prev.text}" (actor ${prev.slug}) but is spelled with different characters`,
          hint: `if this is ${prev.slug}, use that actor; otherwise retype the name in plain letters`,
        });
      else if (!prev) seen.set(key, { slug: t.slug, text: n.text });
    }
  }
  return out;
}
