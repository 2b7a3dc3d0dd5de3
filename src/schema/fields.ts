/** Field types shared by the entry and actor schemas. */
import { z } from 'astro/zod';
import { DateError, normaliseDateInput, parseDate } from '../lib/dates';

/** A lowercase, hyphenated id: `william-barr`, `calea-1994`, `q1`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = (what: string) =>
  z.string({ error: `must be a ${what} (text)` }).regex(SLUG_PATTERN, {
    error: `must be a ${what}: lowercase letters, digits and single hyphens (e.g. william-barr)`,
  });

/** One slug, or a list of them; always read as a list (`speaker: william-barr` → `['william-barr']`). */
export const slugOrList = (what: string) =>
  z.union([slug(what).transform((v) => [v]), z.array(slug(what)).min(1, { error: `must name at least one ${what}` })]);

/** A BCP 47 language tag: `en`, `pt-BR`, `de`. */
export const languageTag = () =>
  z.string({ error: 'must be a language tag (text)' }).regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    error: 'must be a BCP 47 language tag such as en, de or pt-BR',
  });

/** Non-empty text, trimmed. */
export const text = (what = 'text') =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, { error: `must not be empty` });

/**
 * An EDTF date (level 0–1): `2019-10-04`, `2019-07`, `2019`, `1993~`, `2019-07?`, `2016-02-16/2016-03-28`,
 * `2016-02/..`. YAML's Date and number forms are normalised to the EDTF string here, once.
 */
export const edtfDate = () =>
  z.preprocess(
    (value, ctx) => {
      try {
        return normaliseDateInput(value);
      } catch (e) {
        if (!(e instanceof DateError)) throw e;
        ctx.issues.push({ code: 'custom', message: e.message, input: value, params: { hint: e.hint } });
        return z.NEVER;
      }
    },
    z.string().superRefine((value, ctx) => {
      try {
        parseDate(value);
      } catch (e) {
        if (!(e instanceof DateError)) throw e;
        ctx.addIssue({ code: 'custom', message: e.message, params: { hint: e.hint } });
      }
    }),
  );

/** A single day, `2024-05-01`: for `updated`, `accessed` and correction dates. */
export const dayDate = () =>
  edtfDate().superRefine((value, ctx) => {
    if (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value))
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" must be a single day`,
        params: { hint: 'write YYYY-MM-DD, e.g. 2026-11-26' },
      });
  });

/** An absolute http(s) address. */
export const httpUrl = () =>
  z.string({ error: 'must be a web address (text)' }).superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not an absolute URL`,
        params: { hint: 'write the full address, starting with https:// or http://' },
      });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a web address (${url.protocol})`,
        params: { hint: 'use an https:// or http:// address' },
      });
    // Exports publish addresses as URIs (RFC 3986: ASCII only), which feed readers and JSON Schema `uri` check.
    else if (/[^\x21-\x7e]/.test(value))
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" has characters that must be percent-encoded in an address`,
        params: { hint: `write it as ${url.href}` },
      });
  });

/** A dated note shown on the page: a correction, or a fact that sources often get wrong. */
export const datedNote = () =>
  z.strictObject({
    /** The day the note was written or the correction made. */
    date: dayDate(),
    /** What was wrong and what is right, in plain words. */
    text: text(),
  });
