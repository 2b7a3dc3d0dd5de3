/**
 * Bounded edit distances for typo tolerance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours — "recieve" is one edit from "receive"). Both stop as soon as the bound cannot be met.
 */

let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let cur = new Int32Array(64);

function ensure(n: number): void {
  if (cur.length > n) return;
  const size = Math.max(n + 1, cur.length * 2);
  prev2 = new Int32Array(size);
  prev = new Int32Array(size);
  cur = new Int32Array(size);
}

/**
 * Edits between `a` and `b`, or `max + 1` when more than `max`. With `prefix`, the distance from `a` to the
 * closest *prefix* of `b` ("comuniq" is one edit from "communiq…", so from "communique").
 */
function distance(a: string, b: string, max: number, prefix: boolean): number {
  const n = a.length;
  const m = b.length;
  if (!prefix && Math.abs(n - m) > max) return max + 1;
  if (n === 0) return 0;
  ensure(m + 1);
  // Rows run over `a`, columns over `b`. Row 0: turning "" into b[0..j) costs j.
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  // `prev` now holds the last row.
  let best = Infinity;
  if (prefix) {
    for (let j = 0; j <= m; j++) if (prev[j]! < best) best = prev[j]!;
  } else best = prev[m]!;
  return best > max ? max + 1 : best;
}

export function editDistance(a: string, b: string, max: number): number {
  return distance(a, b, max, false);
}

export function prefixDistance(term: string, token: string, max: number): number {
  return distance(term, token, max, true);
}

/** Edits allowed for a word of this length: none below 4 letters, one up to 7, two from 8. */
export function allowedEdits(word: string): number {
  if (/\d/.test(word)) return 0;
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

/** The closest of `options` to `value` within the allowed edits, if exactly one is closest. */
export function closest(
  value: string,
  options: readonly string[],
  max = Math.max(1, allowedEdits(value)),
): string | undefined {
  let best: string | undefined;
  let bestD = max + 1;
  let tie = false;
  for (const o of options) {
    const d = editDistance(value, o, max);
    if (d < bestD) {
      best = o;
      bestD = d;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  return bestD <= max && !tie ? best : undefined;
}
