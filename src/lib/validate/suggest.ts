import Fuse from 'fuse.js';

/**
 * The closest candidate to a mistyped value, for "did you mean …?" hints; undefined when nothing is close.
 * Slugs are compared with hyphens as spaces, so `wiliam-barr` finds `william-barr`.
 */
function suggest(value: string, candidates: readonly string[]): string | undefined {
  if (!value || candidates.length === 0) return undefined;
  const lower = value.toLowerCase();
  const exactCase = candidates.find((c) => c.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const fuse = new Fuse(
    candidates.map((c) => ({ c, words: c.replace(/-/g, ' ') })),
    {
      keys: ['c', 'words'],
      includeScore: true,
      threshold: 0.45,
      ignoreLocation: true,
    },
  );
  const [best] = fuse.search(lower);
  return best ? best.item.c : undefined;
}

export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const s = suggest(value, candidates);
  return s ? `did you mean ${s}?` : undefined;
}
