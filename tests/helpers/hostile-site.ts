/**
 * A content folder for the browser tests of untrusted input: the valid fixture, the hostile fixtures the validator
 * accepts (feed and CSV payloads, a BOM, components in code), and entries whose every text field holds text made by
 * fast-check (tests/helpers/hostile-text.ts, fixed seed): markup, script payloads, feed and citation syntax.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { charProblems } from '../../src/lib/untrusted/text';
import { formatReport, validateContent } from '../../src/lib/validate';
import { hostileContent } from './hostile';
import { hostileText } from './hostile-text';

const ACCEPTED_HOSTILE = [
  'csv-formula',
  'feed-cdata-title',
  'feed-html-description',
  'quote-in-code-or-comment',
  'utf-8-bom',
];

/**
 * Generated texts the validator accepts (no forbidden character, nothing to trim), those with markup or a script
 * payload first.
 */
function generatedTexts(count: number, seed = 14): string[] {
  const ok = fc
    .sample(hostileText(), { numRuns: count * 40, seed })
    .filter((s) => !charProblems(s).length && s.trim() && s.trim() === s);
  const markup = ok.filter((s) => /__pwned|<|javascript:/.test(s));
  return [...markup, ...ok.filter((s) => !markup.includes(s))].slice(0, count);
}

const y = (s: string) => JSON.stringify(s);

function generatedEntry(s: string, i: number): string {
  return `---
title: ${y(s)}
kind: statement
date: 2019-11-0${(i % 9) + 1}
summary: ${y(s)}
jurisdictions: [US]
actors:
  - { actor: william-barr, role: speaker }
sources:
  - id: src
    title: ${y(s)}
    publisher: ${y(s)}
    url: https://example.org/fixture/generated-${i}
    checked: false
    type: primary
quotes:
  - id: g1
    text: ${y(s)}
    speaker: william-barr
    source: src
    context: ${y(s)}
document: { title: ${y(s)} }
notes:
  - { date: 2026-11-21, text: ${y(s)} }
updated: 2026-11-20
corrections:
  - { date: 2026-11-21, text: ${y(s)} }
---

Generated entry ${i}.

<Quote id="g1" />
`;
}

/** Makes the content folder and returns it with the generated texts; throws (with the report) if it is not valid. */
export function hostileSiteContent(count = 8): { dir: string; texts: string[] } {
  const dir = hostileContent(...ACCEPTED_HOSTILE);
  const texts = generatedTexts(count);
  texts.forEach((s, i) =>
    fs.writeFileSync(path.join(dir, 'entries', '2019', `hostile-generated-${i + 1}.mdx`), generatedEntry(s, i)),
  );
  const r = validateContent(dir);
  if (r.problems.length) throw new Error(formatReport(r.problems, r.fileCount));
  return { dir, texts };
}
