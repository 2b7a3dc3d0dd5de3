/**
 * `npm run new -- entry "Title" [--date 2019-10-04] [--kind letter] [--source-url https://… --source-title "…" --publisher "…"]`
 * `npm run new -- actor "Name" [--kind person] [--country US]`
 *
 * Writes a skeleton in the right folder (entries by the year of their date) and never overwrites a file.
 * Without a source the skeleton is deliberately incomplete: `npm run validate` then lists what to fill in
 * (a summary, a source), so nothing half-written can be published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format } from 'date-fns/format';
import matter from 'gray-matter';
import { contentDir } from '../src/lib/content-dir';
import { anchorYear, checkDate } from '../src/lib/dates';
import { ACTOR_KINDS, ENTRY_KINDS, KINDS_WITHOUT_DOCUMENT } from '../src/schema/vocabulary';
import { SLUG_PATTERN } from '../src/schema/fields';

export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const OPTIONS = {
  date: { type: 'string' },
  kind: { type: 'string' },
  country: { type: 'string' },
  slug: { type: 'string' },
  'source-url': { type: 'string' },
  'source-title': { type: 'string' },
  publisher: { type: 'string' },
} as const;

/**
 * The known `--name value` pairs first, then everything else as positionals, so a title that starts with a hyphen
 * ("-ish", "--- draft") is read as the title instead of failing as an unknown option.
 */
function orderArgs(argv: readonly string[]): string[] {
  const opts: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--([a-z-]+)(=[\s\S]*)?$/.exec(a);
    if (m && m[1]! in OPTIONS) {
      opts.push(a);
      if (!m[2] && i + 1 < argv.length) opts.push(argv[++i]!);
    } else if (a !== '--') rest.push(a);
  }
  return [...opts, '--', ...rest];
}

let parsed;
try {
  parsed = parseArgs({ args: orderArgs(process.argv.slice(2)), allowPositionals: true, options: OPTIONS });
} catch (e) {
  fail((e as Error).message);
}
const { values, positionals } = parsed;

const [type, title] = positionals;
if ((type !== 'entry' && type !== 'actor') || !title)
  fail('usage: npm run new -- <entry|actor> "Title" [--date YYYY-MM-DD] [--kind KIND] [--slug SLUG]');

const slug = values.slug ?? slugify(title);
if (!slug) fail(`cannot make an id from "${title}"; pass --slug`);
if (!SLUG_PATTERN.test(slug))
  fail(`--slug ${JSON.stringify(slug)}: an id is lowercase letters, digits and single hyphens (e.g. barr-letter-2019)`);
const today = format(new Date(), 'yyyy-MM-dd');
const root = contentDir();

let file: string;
let data: Record<string, unknown>;
let body: string;

if (type === 'entry') {
  const date = values.date ?? today;
  const dateProblem = checkDate(date);
  if (dateProblem) fail(`--date ${date}: ${dateProblem.message} (${dateProblem.hint ?? ''})`);
  const kind = values.kind ?? 'statement';
  if (!(ENTRY_KINDS as readonly string[]).includes(kind)) fail(`--kind ${kind}: use one of ${ENTRY_KINDS.join(', ')}`);
  file = path.join(root, 'entries', String(anchorYear(date)).padStart(4, '0'), `${slug}.mdx`);
  const sources = values['source-url']
    ? [
        {
          id: 'primary',
          title: values['source-title'] ?? title,
          publisher: values.publisher ?? fail('--publisher is required with --source-url'),
          url: values['source-url'],
          // Nobody has read the page yet as far as this tool knows: the editor sets checked, seen and accessed.
          checked: false,
          type: 'primary',
        },
      ]
    : [];
  data = {
    title,
    kind,
    date,
    summary: '',
    jurisdictions: ['US'],
    ...((KINDS_WITHOUT_DOCUMENT as readonly string[]).includes(kind)
      ? {}
      : { document: { title: values['source-title'] ?? title, authors: [] } }),
    actors: [],
    sources,
    quotes: [],
    related: [],
    tags: [],
    updated: today,
    ...(kind === 'law' || kind === 'bill' || kind === 'regulation'
      ? {
          status: {
            state: 'introduced',
            asOf: today,
            history: [{ date, state: 'introduced', ...(sources.length ? { source: 'primary' } : {}) }],
          },
        }
      : {}),
  };
  body = '\nOur account of what happened, in our own words: what, the context, what followed.\n';
} else {
  const kind = values.kind ?? 'person';
  if (!(ACTOR_KINDS as readonly string[]).includes(kind)) fail(`--kind ${kind}: use one of ${ACTOR_KINDS.join(', ')}`);
  file = path.join(root, 'actors', `${slug}.mdx`);
  data = { name: title, kind, ...(values.country ? { country: values.country } : {}), aliases: [], roles: [] };
  body = '';
}

// Every path stays inside the content folder, whatever the options said.
const inside = path.relative(root, file);
if (inside.startsWith('..') || path.isAbsolute(inside))
  fail(`refusing to write ${file}: it is outside the content folder ${root}`);
if (fs.existsSync(file))
  fail(`${path.relative(process.cwd(), file)} already exists; not overwriting it (pass --slug to choose another id)`);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, matter.stringify(body, data), { flag: 'wx' });
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
console.log(
  type === 'entry' && !values['source-url']
    ? 'Next: write the summary and add a source, then run `npm run validate`.'
    : 'Next: fill it in (once you have read the source: checked: true, seen: page, accessed), then run `npm run validate`.',
);
