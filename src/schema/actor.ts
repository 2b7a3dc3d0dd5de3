/** The actor schema: one person or organisation. */
import { z } from 'astro/zod';
import { ACTOR_KINDS, JURISDICTIONS } from './vocabulary';
import { compareDates } from '../lib/dates';
import { edtfDate, httpUrl, slug, text } from './fields';

const actorRoleSchema = z
  .strictObject({
    /** The title held (`Attorney General of the United States`). */
    title: text(),
    /** The organisation the title was held in: an actor slug. */
    org: slug('actor slug').optional(),
    /** EDTF start. Write tenure dates you have not seen in a source as approximate (`2019-07~`) or leave them out. */
    from: edtfDate().optional(),
    /** EDTF end; leave out while the role is held or when unknown. */
    to: edtfDate().optional(),
  })
  .superRefine((role, ctx) => {
    if (role.from && role.to && compareDates(role.to, role.from) < 0)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `ends (${role.to}) before it starts (${role.from})`,
        params: { hint: 'check from and to' },
      });
  });

export const actorSchema = z.strictObject({
  /** The name as the actor is usually written (`William P. Barr`, `Home Office`). */
  name: text(),
  /** What the actor is. */
  kind: z.enum(ACTOR_KINDS),
  /** The country or grouping it belongs to: ISO 3166-1 alpha-2 (UK for the United Kingdom), EU, FVEY or INTL. */
  country: z.enum(JURISDICTIONS as [string, ...string[]]).optional(),
  /** Other names readers search for (`Bill Barr`, `DOJ`). */
  aliases: z.array(text()).default([]),
  /** One or two neutral sentences on who this is, in our words. */
  description: text().optional(),
  /** Offices and positions over time. */
  roles: z.array(actorRoleSchema).default([]),
  /** The organisation this actor belongs to (a ministry → its government): an actor slug. */
  parent: slug('actor slug').optional(),
  /** Identifiers elsewhere. */
  sameAs: z
    .strictObject({
      /** Wikidata item id, e.g. Q123. Only when seen, never guessed. */
      wikidata: z
        .string()
        .regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata id such as Q42' })
        .optional(),
      /** The actor's own website. */
      website: httpUrl().optional(),
    })
    .optional(),
});

export type Actor = z.output<typeof actorSchema>;
