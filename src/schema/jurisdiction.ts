/**
 * The jurisdiction schema: a dated, sourced summary of one jurisdiction's legal position on encryption, in the fixed
 * categories of `POSITION_CATEGORIES`, each value linked to the entries that establish it. The file is
 * `content/jurisdictions/<code>.mdx` (`us.mdx`, `eu.mdx`, `fvey.mdx`); its name is the code in lower case. Used by
 * Astro's `jurisdictions` collection and by the validator, which checks that every jurisdiction the record uses has
 * a file and that each cited entry names the jurisdiction.
 */
import { z } from 'astro/zod';
import { POSITION_CATEGORIES, POSITION_VALUES } from './vocabulary';
import { dayDate, edtfDate, slug, text } from './fields';

const positionSchema = z
  .strictObject({
    /** The category: access-mandate, technical-assistance, key-disclosure, e2ee-restrictions, export-controls. */
    category: z.enum(POSITION_CATEGORIES),
    /** What the record shows: in-force, proposed, rejected, lapsed, none-known (no entry in the record). */
    value: z.enum(POSITION_VALUES),
    /** Since when the value holds (EDTF): the date of the entry that established it. Not for none-known. */
    since: edtfDate().optional(),
    /** The entries that establish the value, most important first. Required unless the value is none-known. */
    entries: z.array(slug('entry slug')).default([]),
    /** One or two sentences in our words: which law or measure, and any limit on what it covers. */
    note: text().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.value !== 'none-known' && p.entries.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['entries'],
        message: `a value of ${p.value} must name the entries that establish it`,
        params: { hint: 'add entries: [<entry slug>, …], or use value: none-known' },
      });
    if (p.value !== 'none-known' && !p.since)
      ctx.addIssue({
        code: 'custom',
        path: ['since'],
        message: `is required for a value of ${p.value}`,
        params: { hint: 'add since: the date (EDTF) of the entry that established it' },
      });
    if (p.value !== 'none-known' && !p.note)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `is required for a value of ${p.value}`,
        params: { hint: 'say which measure, in one or two sentences of our own' },
      });
  });

export const jurisdictionSchema = z
  .strictObject({
    /** Two or three neutral sentences: the jurisdiction's position as the record shows it, in our words. */
    summary: text(),
    /** The day an editor last checked the summary against the record's entries (`YYYY-MM-DD`). */
    asOf: dayDate(),
    /**
     * `true` for a grouping (EU, FVEY, INTL): its members are shown with their own positions, and its own categories
     * may be left out where it has no law of its own. A country lists every category.
     */
    group: z.boolean().default(false),
    /** The position in each category, one item per category, in any order. */
    positions: z.array(positionSchema).default([]),
    /** The day the file last changed. */
    updated: dayDate().optional(),
  })
  .superRefine((j, ctx) => {
    const seen = new Set<string>();
    j.positions.forEach((p, i) => {
      if (seen.has(p.category))
        ctx.addIssue({
          code: 'custom',
          path: ['positions', i, 'category'],
          message: `"${p.category}" is listed twice`,
          params: { hint: 'give each category once' },
        });
      seen.add(p.category);
    });
    if (!j.group) {
      const missing = POSITION_CATEGORIES.filter((c) => !seen.has(c));
      if (missing.length)
        ctx.addIssue({
          code: 'custom',
          path: ['positions'],
          message: `has no value for ${missing.join(', ')}`,
          params: { hint: 'list every category; use value: none-known where the record has no entry' },
        });
    }
  });

export type Jurisdiction = z.output<typeof jurisdictionSchema>;
