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
  KINDS_REQUIRING_STATUS,
  KINDS_WITH_STATUS,
  POSITIONS,
  RELATIONS,
  SOURCE_TYPES,
  STATUS_STATES,
} from './vocabulary';
import { datedNote, dayDate, edtfDate, httpUrl, slug, text } from './fields';

export const sourceSchema = z.strictObject({
  /** Id of the source within this entry (`letter`, `doj-release`); quotes and `<Cite>` point at it. */
  id: slug('source id'),
  /** The source's own title, as it calls itself. Never invented. */
  title: text(),
  /** Who published it: a government department, a court, a newspaper. */
  publisher: text(),
  /** Where it can be read. Absolute http(s). */
  url: httpUrl(),
  /** Whether an editor has opened `url` and seen the document there. Unchecked addresses are marked on the page. */
  checked: z.boolean({ error: 'must be true or false (has an editor opened this address?)' }),
  /** An archived copy (e.g. a Wayback Machine capture). */
  archive: httpUrl().optional(),
  /** When the archived copy was captured (EDTF day). */
  archiveDate: dayDate().optional(),
  /** The source's own date (EDTF, at the precision known). */
  date: edtfDate().optional(),
  /** When an editor last accessed `url` (EDTF day). */
  accessed: dayDate().optional(),
  /** `primary`: the document itself or its issuer's copy. `secondary`: reporting or analysis about it. */
  type: z.enum(SOURCE_TYPES),
  /** Where in the source: a page, section or paragraph (`p. 3`, `s. 253`). */
  locator: text().optional(),
  /** An editor's note on this source (e.g. which copy was seen). */
  note: text().optional(),
});

export const quoteSchema = z.strictObject({
  /** Id of the quote within this entry; its permalink is `/entries/<slug>/#quote-<id>`. */
  id: slug('quote id'),
  /** The words, verbatim from the named source. Never a paraphrase. */
  text: text(),
  /** Who said or wrote it: an actor slug. */
  speaker: slug('actor slug'),
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
});

export const entryActorSchema = z.strictObject({
  /** An actor slug (`content/actors/<slug>.mdx`). */
  actor: slug('actor slug'),
  /** How the actor takes part. */
  role: z.enum(ACTOR_ROLES),
  /** The title the actor held in this entry, as the document gives it (`Acting Secretary of Homeland Security`). */
  capacity: text().optional(),
});

export const relatedSchema = z.strictObject({
  /** The slug of another entry. */
  entry: slug('entry slug'),
  /** How this entry relates to it; the reverse link is derived. */
  rel: z.enum(RELATIONS),
});

export const statusSchema = z.strictObject({
  /** Where the law, bill, regulation or proposal stands now. */
  state: z.enum(STATUS_STATES),
  /** The dated steps that led there, oldest first. */
  history: z
    .array(
      z.strictObject({
        date: edtfDate(),
        state: z.enum(STATUS_STATES),
        note: text().optional(),
      }),
    )
    .min(1, { error: 'must list at least one dated step' }),
});

export const entrySchema = z
  .strictObject({
    /** As the document calls itself, or a neutral descriptive title. */
    title: text(),
    /** What kind of event this is. */
    kind: z.enum(ENTRY_KINDS),
    /** When it happened, EDTF, at the precision known (the issuing jurisdiction's local date). */
    date: edtfDate(),
    /** One or two neutral sentences, in our own words. */
    summary: text(),
    /** ISO 3166-1 alpha-2 codes (UK for the United Kingdom), plus EU, FVEY (Five Eyes) and INTL. */
    jurisdictions: z
      .array(z.enum(JURISDICTIONS as [string, ...string[]]))
      .min(1, { error: 'must name at least one jurisdiction' }),
    /** Who took part, and how. */
    actors: z.array(entryActorSchema).default([]),
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
  })
  .superRefine((entry, ctx) => {
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
        params: { hint: 'add status: { state: enacted, history: [{ date: …, state: enacted }] }' },
      });
  });

export type Entry = z.output<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;
export type Source = z.output<typeof sourceSchema>;
export type Quote = z.output<typeof quoteSchema>;
