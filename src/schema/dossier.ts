/**
 * The dossier schema: one procedure followed through several entries (a bill across Congresses and versions, an EU
 * procedure, a law with its amendments and reviews, a case through its instances, a notice and its challenges).
 * Used by Astro's `dossiers` collection and by the validator alike. The history is replayed through the stage model
 * of its procedure (`src/lib/stages.ts`) here, so an impossible, undated or unsourced step fails the schema;
 * whether each entry and source a step names exists is checked by `src/lib/validate/`, which sees every file.
 */
import { z } from 'astro/zod';
import { PROCEDURES, START, runSteps, stageModel, stepLabel } from '../lib/stages';
import { DOSSIER_OUTCOMES, DOSSIER_ROLES, DOSSIER_STANCES, JURISDICTIONS } from './vocabulary';
import { sourceSchema } from './entry';
import { dayDate, edtfDate, slug, text } from './fields';

export const dossierVersionSchema = z.strictObject({
  /** Id of the version within this dossier (`s3398`, `reg-2024-1307`); steps point at it. */
  id: slug('version id'),
  /** What it is called (`EARN IT Act of 2020`, `Regulation (EU) 2024/1307`). */
  title: text(),
  /** Its number (`S. 3398`, `COM(2022) 209`, `IPT/25/68/CH`). */
  number: text().optional(),
  /** The Congress, Parliament or session (`116th Congress`). */
  session: text().optional(),
  /** The entry that records this version, when there is one. */
  entry: slug('entry slug').optional(),
});

const dossierStepSchema = z.strictObject({
  /** When, EDTF, at the precision the source gives (`2023-05-15`, `2023-01`, `1994`). */
  date: edtfDate(),
  /** The stage reached or the event that happened: an id of the procedure's stage model (see /methodology/). */
  step: slug('step'),
  /** The entry of the record that this step is, or that records it. Its page links back to the dossier. */
  entry: slug('entry slug').optional(),
  /**
   * The source that records the step: an id among this dossier's `sources`, or else among the step's entry's
   * sources.
   */
  source: slug('source id'),
  /** Which version (bill, act, notice) the step belongs to: an id of `versions`. */
  version: slug('version id').optional(),
  /** What happened, in our words (`Reported by the Senate Judiciary Committee, 22–0`). */
  note: text().optional(),
});

const dossierCurrentSchema = z.strictObject({
  /** The stage the history leads to. Must be the stage the steps reach; the validator says which that is. */
  stage: slug('stage'),
  /** What the record knows beyond it: settled, pending (a next step awaited) or unknown (no later source found). */
  outcome: z.enum(DOSSIER_OUTCOMES),
  /** The day an editor last checked the stage against a source (`YYYY-MM-DD`): "status as of". */
  asOf: dayDate(),
  /** The date of the latest source that confirms the stage (EDTF): "last confirmed". */
  confirmed: edtfDate(),
  /** The source that confirms it: an id among this dossier's sources, or among `entry`'s. */
  source: slug('source id'),
  /** The entry whose source it is, when it is not one of the dossier's own. */
  entry: slug('entry slug').optional(),
  /** What is known and not known now, in our words. */
  note: text(),
});

const dossierActorSchema = z.strictObject({
  /** An actor slug. */
  actor: slug('actor slug'),
  /** The part the actor plays in this procedure. */
  role: z.enum(DOSSIER_ROLES),
  /** The entry that shows the actor in this role (and stance): one of the dossier's entries naming the actor. */
  entry: slug('entry slug'),
  /** Where the actor stands on the measure, only when that entry shows it. */
  stance: z.enum(DOSSIER_STANCES).optional(),
  /** The title held, as the entry gives it. */
  capacity: text().optional(),
});

const dossierObject = z.strictObject({
  /** The procedure's common name (`EARN IT Act`, `EU Child Sexual Abuse Regulation`). */
  title: text(),
  /** Other names readers know it by (`Chat control`, `CSAR`, `TOLA Act`). */
  shortNames: z.array(text()).default([]),
  /** One or two neutral sentences: what the procedure is about and where it stands, in our words. */
  summary: text(),
  /** ISO 3166-1 alpha-2 (UK for the United Kingdom), EU, FVEY or INTL. */
  jurisdictions: z
    .array(z.enum(JURISDICTIONS as [string, ...string[]]))
    .min(1, { error: 'must name at least one jurisdiction' }),
  /** The kind of procedure, which fixes the stage model: us-bill, uk-bill, au-bill, eu-olp, court-case, regulatory. */
  procedure: z.enum(PROCEDURES),
  /**
   * Where the record's history begins, when it does not hold the earlier stages (a law followed from its enactment):
   * a stage id. The earlier stages are shown as reached, without a date. Leave out to follow the procedure from its
   * start.
   */
  startsAt: slug('stage').optional(),
  /** The bills, acts, notices or applications the procedure went through, oldest first. */
  versions: z.array(dossierVersionSchema).default([]),
  /** The dated, sourced history, oldest first. */
  steps: z.array(dossierStepSchema).min(1, { error: 'must list at least one dated step' }),
  /** Where it stands now, and when that was last confirmed. */
  current: dossierCurrentSchema,
  /** What comes next, if known, in our words. */
  next: text().optional(),
  /** Who takes part, and how, each shown by one of the dossier's entries. */
  actors: z.array(dossierActorSchema).default([]),
  /** Sources for steps that no entry of the record carries (same fields as an entry's sources). */
  sources: z.array(sourceSchema).default([]),
  /** The day the dossier last changed. */
  updated: dayDate().optional(),
});

export const dossierSchema = dossierObject.superRefine((dossier, ctx) => {
  const model = stageModel(dossier.procedure);
  const issue = (path: (string | number)[], message: string, hint?: string) =>
    ctx.addIssue({ code: 'custom', path, message, params: { hint } });
  const stages = model.stages.map((s) => s.id);
  if (dossier.startsAt && !stages.includes(dossier.startsAt))
    issue(
      ['startsAt'],
      `"${dossier.startsAt}" is not a stage of the ${model.label} model`,
      `use one of: ${stages.join(', ')}`,
    );
  const versionIds = dossier.versions.map((v) => v.id);
  dossier.steps.forEach((s, i) => {
    if (s.version && !versionIds.includes(s.version))
      issue(
        ['steps', i, 'version'],
        `"${s.version}" is not one of this dossier's versions`,
        versionIds.length ? `use one of: ${versionIds.join(', ')}` : 'add it under versions first',
      );
  });
  const run = runSteps(
    model,
    dossier.steps,
    dossier.startsAt && stages.includes(dossier.startsAt) ? dossier.startsAt : START,
  );
  for (const p of run.problems) issue(['steps', p.index, p.field], p.message, p.hint);
  if (!stages.includes(dossier.current.stage))
    issue(
      ['current', 'stage'],
      `"${dossier.current.stage}" is not a stage of the ${model.label} model`,
      `use one of: ${stages.join(', ')}`,
    );
  else if (run.problems.length === 0 && dossier.current.stage !== run.stage)
    issue(
      ['current', 'stage'],
      `is "${dossier.current.stage}", but the steps lead to "${run.stage}" (${stepLabel(model, run.stage)})`,
      `write stage: ${run.stage}, or add the step that moves the procedure on`,
    );
});

export type Dossier = z.output<typeof dossierSchema>;
export type DossierVersion = z.output<typeof dossierVersionSchema>;
