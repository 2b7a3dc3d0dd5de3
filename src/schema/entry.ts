/**
 * The entry schema: one event in the encryption-policy debate. Used by Astro's content collection and by the
 * scripts in `scripts/` alike; cross-references (actors, sources, related entries) are checked by
 * `src/lib/validate/`, which sees every file at once.
 */
import { z } from 'astro/zod';
import {
  ACTOR_ROLES,
  ENTRY_KINDS,
  JURISDICTIONS,
  DOCUMENT_FIELD_KINDS,
  KINDS_REQUIRING_STATUS,
  KINDS_WITHOUT_DOCUMENT,
  KINDS_WITH_STATUS,
  POSITIONS,
  RELATIONS,
  SEEN_AS,
  SOURCE_TYPES,
  STATUS_STATES,
} from './vocabulary';
import { refusedHost } from './refused-hosts';
import { datedNote, dayDate, edtfDate, httpUrl, languageTag, slug, slugOrList, text } from './fields';

export const sourceSchema = z
  .strictObject({
    /** Id of the source within this entry (`letter`, `doj-release`); quotes and `<Cite>` point at it. */
    id: slug('source id'),
    /** The source's own title, as it calls itself. Never invented. */
    title: text(),
    /** Who published it: a government department, a court, a newspaper. */
    publisher: text(),
    /**
     * Where it can be read: the original publication's own address, absolute http(s). Never a mirror, proxy,
     * scraper or repost (`src/schema/refused-hosts.ts` lists the known ones; the validator refuses them).
     */
    url: httpUrl(),
    /**
     * `true` only when an editor read the page at `url`, or an archived copy of that address (`seen: page` or
     * `archive`, with `accessed`). Seeing the address as a link elsewhere, or the text in a copy on another site, is not
     * checking it. Unchecked addresses are marked on the page.
     */
    checked: z.boolean({ error: 'must be true or false (has an editor read the page at this address?)' }),
    /**
     * How an editor read it: `page` (the page at `url`), `archive` (an archived copy of `url`, given in `archive`), or
     * `copy` (the same text on another site: a lead only, so `checked` stays false; name the copy in `note`).
     */
    seen: z.enum(SEEN_AS).optional(),
    /** An archived copy (e.g. a Wayback Machine capture). */
    archive: httpUrl().optional(),
    /** When the archived copy was captured (EDTF day). */
    archiveDate: dayDate().optional(),
    /** The source's own date (EDTF, at the precision known). */
    date: edtfDate().optional(),
    /** The day an editor last read it (`YYYY-MM-DD`); required when `checked` is true. */
    accessed: dayDate().optional(),
    /** `primary`: the document itself or its issuer's copy. `secondary`: reporting or analysis about it. */
    type: z.enum(SOURCE_TYPES),
    /** Where in the source: a page, section or paragraph (`p. 3`, `s. 253`). */
    locator: text().optional(),
    /** An editor's note on this source (e.g. which copy was seen). */
    note: text().optional(),
  })
  .superRefine((source, ctx) => {
    const refused = refusedHost(source.url);
    if (refused)
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `is on a host the record does not cite (${new URL(source.url).hostname}: ${refused.why})`,
        params: { hint: "cite the original publication's own address; a copy is only a lead to it" },
      });
    if (source.checked) {
      if (!source.accessed)
        ctx.addIssue({
          code: 'custom',
          path: ['accessed'],
          message: 'is required when checked is true (the day an editor read the page)',
          params: { hint: 'add accessed: YYYY-MM-DD, or set checked: false if nobody has read this address' },
        });
      if (source.seen !== 'page' && source.seen !== 'archive')
        ctx.addIssue({
          code: 'custom',
          path: ['seen'],
          message:
            source.seen === 'copy'
              ? 'is copy, but checked means the page at this address (or an archive of it) was read'
              : 'is required when checked is true',
          params: {
            hint:
              source.seen === 'copy'
                ? 'set checked: false (a copy elsewhere is a lead, not a check)'
                : 'add seen: page (read at this address) or seen: archive (read in the archived copy)',
          },
        });
    }
    if (source.seen === 'archive' && !source.archive)
      ctx.addIssue({
        code: 'custom',
        path: ['archive'],
        message: 'is required when seen is archive',
        params: { hint: 'add archive: <the address of the archived copy that was read>' },
      });
  });

export const quoteSchema = z
  .strictObject({
    /** Id of the quote within this entry; its permalink is `/entries/<slug>/#quote-<id>`. */
    id: slug('quote id'),
    /** The words, verbatim from the named source. Never a paraphrase. */
    text: text(),
    /**
     * Who said or wrote it: an actor slug, or a list of slugs when the words are several actors' jointly (every
     * signatory of a joint letter or statement). Read as a list.
     */
    speaker: slugOrList('actor slug'),
    /**
     * How the words are credited when they are not the speaker's alone or the speaker is not named: `joint letter
     * signed by Barr, Patel, Dutton and McAleenan`, `a Facebook spokesperson`, `a U.S. government official, speaking
     * on background`. Shown with the speaker.
     */
    attribution: text().optional(),
    /** The id of one of this entry's `sources` where the words can be read. */
    source: slug('source id'),
    /** Where in the source (page, paragraph, timestamp). */
    locator: text().optional(),
    /** One neutral sentence of context, in our words. */
    context: text().optional(),
    /** Where this quote stands on exceptional access, if it takes a position. */
    position: z.enum(POSITIONS).optional(),
    /** When `text` is a translation: the language the words were said or written in (BCP 47: `pt`, `de`, `ru`). */
    language: languageTag().optional(),
    /** Who translated the words (`Reuters`, `the European Parliament's interpreters`, `the record's editors`). */
    translator: text().optional(),
    /** The words in the original language, verbatim, when known. */
    original: text().optional(),
  })
  .superRefine((quote, ctx) => {
    if ((quote.translator || quote.original) && !quote.language)
      ctx.addIssue({
        code: 'custom',
        path: ['language'],
        message: 'is required for a translated quote',
        params: { hint: 'add language: the original language as a BCP 47 tag (pt, de, ru)' },
      });
    if (quote.language && quote.language !== 'en' && !quote.translator)
      ctx.addIssue({
        code: 'custom',
        path: ['translator'],
        message: 'is required when the quote is a translation',
        params: { hint: 'add translator: who translated the words (Reuters, the court, the record’s editors)' },
      });
  });

/**
 * The document an entry records, described once, apart from the copies it was read in (`sources`): what a citation,
 * a reference manager and a page's metadata say about it. Identifiers are written as the document gives them.
 */
export const documentSchema = z.strictObject({
  /**
   * The document's own title, verbatim (`Communications Assistance for Law Enforcement Act`, `Open Letter:
   * Facebook's "Privacy First" Proposals`). Only a document without a title gets a description in square brackets
   * (`[Letter to Mark Zuckerberg]`).
   */
  title: text(),
  /** Its short title or common name (`CALEA`, `EARN IT Act of 2020`). */
  shortTitle: text().optional(),
  /** The document's own date (EDTF), when it differs from the entry's (a letter released the day before its date). */
  date: edtfDate().optional(),
  /** Who wrote or signed it, in the document's order: actor slugs (people, or organisations as authors). */
  authors: z.array(slug('actor slug')).default([]),
  /** The body that issued, enacted or decided it: a legislature, court, agency, ministry or meeting (actor slug). */
  issuer: slug('actor slug').optional(),
  /** Whom it is addressed to (letters, notices): actor slugs. */
  recipients: z.array(slug('actor slug')).default([]),
  /** Its language (BCP 47), when not English. */
  language: languageTag().optional(),
  /**
   * Set only for a document that was never made public (a leaked draft, a secret order), saying how it is known
   * (`Known only from The Washington Post's report of 29 April 2013`). Such an entry has no primary source to cite.
   */
  unpublished: text().optional(),
  /**
   * Its official number: a public-law or act number (`Pub. L. 103-414`, `2016 c. 25`, `No. 148, 2018`), a bill
   * number (`S. 3398`), a document number (`COM(2022) 209`, `SI 2018/353`, `FCC 05-153`), an application number.
   */
  number: text().optional(),
  /** Where it is officially published: session laws or a gazette (`108 Stat. 4279`, `65 FR 2492`, `OJ L 274, 30.7.2021, p. 41`). */
  statute: text().optional(),
  /** Where a law is codified (`47 U.S.C. §§ 1001–1010`). */
  code: text().optional(),
  /** A legislative chamber (`Senate`, `House of Representatives`, `House of Lords`). */
  chamber: text().optional(),
  /** A legislative term or session (`116th Congress`, `2nd session`). */
  session: text().optional(),
  /** A court's or agency's docket number (`No. 15-MC-1902 (JO)`, `ET Docket No. 04-295`). */
  docket: text().optional(),
  /** A law-report citation of a decision (`176 F.3d 1132`). */
  reporter: text().optional(),
  /** The committee before which testimony was given or a hearing held. */
  committee: text().optional(),
  /** The event or meeting where a speech was given or a communiqué issued (`Five Country Ministerial 2019`). */
  event: text().optional(),
  /** Where (`London`, `Fordham University, New York`). */
  place: text().optional(),
  /** A legislative procedure's reference (`2022/0155(COD)`). */
  procedure: text().optional(),
});

const entryActorSchema = z.strictObject({
  /** An actor slug (`content/actors/<slug>.mdx`). */
  actor: slug('actor slug'),
  /** How the actor takes part. */
  role: z.enum(ACTOR_ROLES),
  /** The title the actor held in this entry, as the document gives it (`Acting Secretary of Homeland Security`). */
  capacity: text().optional(),
});

const relatedSchema = z.strictObject({
  /** The slug of another entry. */
  entry: slug('entry slug'),
  /** How this entry relates to it; the reverse link is derived. */
  rel: z.enum(RELATIONS),
});

const statusSchema = z.strictObject({
  /** Where the law, bill, regulation or proposal stands now (`unknown` when no source says). */
  state: z.enum(STATUS_STATES),
  /** The day the current state was last confirmed against a source (`YYYY-MM-DD`); shown as "status as of". */
  asOf: dayDate().optional(),
  /** The id of one of this entry's sources that confirms the current state. */
  source: slug('source id').optional(),
  /** The dated steps that led there, oldest first, each with the source that records it. */
  history: z
    .array(
      z.strictObject({
        date: edtfDate(),
        state: z.enum(STATUS_STATES),
        note: text().optional(),
        /** The id of one of this entry's sources that records this step. */
        source: slug('source id').optional(),
      }),
    )
    .min(1, { error: 'must list at least one dated step' }),
});

const entryObject = z.strictObject({
  /** The entry's headline: a neutral description of the event (the document's own title is `document.title`). */
  title: text(),
  /** What kind of event this is. */
  kind: z.enum(ENTRY_KINDS),
  /** When it happened, EDTF, at the precision known (the issuing jurisdiction's local date). */
  date: edtfDate(),
  /** One or two neutral sentences, in our own words. */
  summary: text(),
  /**
   * Other names people use for what this entry records, which search reads (`chat control` for the EU's CSA
   * Regulation, `TOLA`, `Snoopers' Charter`): only names the entry's own sources show in use. Default: none.
   */
  aliases: z.array(text()).default([]),
  /** ISO 3166-1 alpha-2 codes (UK for the United Kingdom), plus EU, FVEY (Five Eyes) and INTL. */
  jurisdictions: z
    .array(z.enum(JURISDICTIONS as [string, ...string[]]))
    .min(1, { error: 'must name at least one jurisdiction' }),
  /** Who took part, and how. */
  actors: z.array(entryActorSchema).default([]),
  /** The document this entry records; left out only for an event or incident that is not a document. */
  document: documentSchema.optional(),
  /** Where each fact can be checked. At least one; a primary source wherever one exists. */
  sources: z.array(sourceSchema).min(1, { error: 'must list at least one source' }),
  /** Verbatim quotes, each with a speaker and one of this entry's sources. */
  quotes: z.array(quoteSchema).default([]),
  /** Typed links to other entries. */
  related: z.array(relatedSchema).default([]),
  /** For laws, bills, regulations and proposals: where it stands, with dated history. */
  status: statusSchema.optional(),
  /** A legal citation where one exists (`Pub. L. 103-414`, `47 U.S.C. §§ 1001–1010`). */
  citation: text().optional(),
  /** Where the entry stands on exceptional access (defined on /methodology/). */
  position: z.enum(POSITIONS).optional(),
  /** Free topics, as slugs (`e2ee`, `client-side-scanning`). */
  tags: z.array(slug('tag')).default([]),
  /** Details we could not verify, stated as such on the page. */
  unverified: z.array(text()).default([]),
  /** Facts that sources commonly get wrong, and what is right: dated, shown on the page. */
  notes: z.array(datedNote()).default([]),
  /** The day the entry last changed. */
  updated: dayDate().optional(),
  /** Dated corrections, shown on the page. */
  corrections: z.array(datedNote()).default([]),
});

export const entrySchema = entryObject.superRefine((entry, ctx) => {
  checkProvenance(entry, ctx);
  const withStatus = KINDS_WITH_STATUS as readonly string[];
  if (entry.status && !withStatus.includes(entry.kind))
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: `a ${entry.kind} has no legislative status`,
      params: { hint: `remove status, or change kind to one of ${withStatus.join(', ')}` },
    });
  if (!entry.status && (KINDS_REQUIRING_STATUS as readonly string[]).includes(entry.kind))
    ctx.addIssue({
      code: 'custom',
      path: ['kind'],
      message: `a ${entry.kind} needs a status`,
      params: {
        hint: 'add status: { state: enacted, asOf: YYYY-MM-DD, history: [{ date: …, state: enacted, source: … }] }',
      },
    });
});

type EntryOut = z.output<typeof entryObject>;
const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');
type Ctx = z.core.$RefinementCtx<EntryOut>;

/**
 * The source policy, where a machine can hold it: the entry describes its document; it has a primary source (the
 * document itself or its issuer's copy); a status says when it was last confirmed and where each step is recorded;
 * identifiers appear only on documents of a kind that has them.
 */
function checkProvenance(entry: EntryOut, ctx: Ctx): void {
  const issue = (path: (string | number)[], message: string, hint: string) =>
    ctx.addIssue({ code: 'custom', path, message, params: { hint } });
  if (!entry.document && !(KINDS_WITHOUT_DOCUMENT as readonly string[]).includes(entry.kind))
    issue(
      ['kind'],
      `${article(entry.kind)} ${entry.kind} records a document, but the entry has no document`,
      'add document: { title: <its own title>, authors: [...], … } (see content/README.md)',
    );
  if (entry.document)
    for (const [field, kinds] of Object.entries(DOCUMENT_FIELD_KINDS))
      if (
        entry.document[field as keyof EntryDocument] !== undefined &&
        !(kinds as readonly string[]).includes(entry.kind)
      )
        issue(
          ['document', field],
          `${article(entry.kind)} ${entry.kind} has no ${field}`,
          `remove it, or check the kind (${field} belongs to: ${kinds.join(', ')})`,
        );
  if (entry.sources.length > 0 && !entry.document?.unpublished && !entry.sources.some((s) => s.type === 'primary'))
    issue(
      ['sources'],
      'has no primary source (the document itself, or its issuer’s copy)',
      'add the original document as the first source with type: primary (checked: false if its address was not read); if it was never published, say so in document.unpublished',
    );
  if (entry.status) {
    if (!entry.status.asOf)
      issue(['status', 'asOf'], 'is required', 'add asOf: the day the current state was last confirmed (YYYY-MM-DD)');
    entry.status.history.forEach((step, i) => {
      if (!step.source)
        issue(
          ['status', 'history', i, 'source'],
          'is required',
          'add source: the id of the source that records this step',
        );
    });
  }
}

export type Entry = z.output<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;
export type Source = z.output<typeof sourceSchema>;
export type Quote = z.output<typeof quoteSchema>;
export type EntryDocument = z.output<typeof documentSchema>;
