/**
 * Stage models: one small state machine per kind of procedure a dossier follows (a bill in the U.S. Congress, a
 * bill at Westminster or in the Australian Parliament, the EU's ordinary legislative procedure, a court case, a
 * regulatory measure or notice). Pure: no I/O, no Astro, so the validator, the pages and the tests share it.
 *
 * A model has *stages* (where the procedure stands: "Passed both chambers") and *events* (things that happen
 * without moving it: a hearing, a review, a challenge). A dossier's history is a list of dated, sourced steps, each
 * naming a stage or an event of its model. `runSteps` replays them and refuses any step the model does not allow
 * from where the procedure stood (a U.S. bill enacted before both chambers passed it; an EU act adopted before the
 * trilogue), any undated or unsourced step, and steps out of date order. Rules say *why* a step is refused, in
 * words an editor can act on.
 */
import { certainlyBefore, checkDate } from './dates';

export const PROCEDURES = ['us-bill', 'uk-bill', 'au-bill', 'eu-olp', 'court-case', 'regulatory'] as const;
export type ProcedureId = (typeof PROCEDURES)[number];

/** The state before the first step. */
export const START = 'start';

export interface StageDef {
  id: string;
  /** "Passed both chambers". */
  label: string;
  /** One sentence for readers of the tracker. */
  description: string;
  /** Position on the main track (the tracker's stages, in order); absent for off-track stages (expired, vetoed). */
  track?: number;
  /** The procedure is over once here (nothing is "to come"). */
  end?: boolean;
  /** May follow: the stages the procedure may be in before this one (`start` for a first step). */
  after: readonly string[];
  /** Stages or events that must have been reached earlier in the same run (since the last restart). */
  requires?: readonly string[];
  /** Starts a new run (a bill introduced anew in a new Congress): what was reached before no longer counts. */
  restart?: readonly string[];
  /** Entering this stage from one of these stages is a new version (a new bill, a replacement notice): the step must name one that differs from the run's. */
  newVersionFrom?: readonly string[];
  /** Why the rule exists, shown when a step breaks it. */
  why: string;
}

export interface EventDef {
  id: string;
  label: string;
  /** The stages during which it may happen (`*`: any stage after the first step). */
  during: readonly string[] | '*';
  requires?: readonly string[];
  why?: string;
}

export interface StageModel {
  id: ProcedureId;
  label: string;
  description: string;
  stages: readonly StageDef[];
  events: readonly EventDef[];
}

const POST_ENACTMENT_EVENTS = (inForce: readonly string[]): EventDef[] => [
  { id: 'implementing-rule', label: 'Implementing rule, regulation or ruling', during: inForce },
  {
    id: 'rule-rescinded',
    label: 'Implementing rule or ruling rescinded',
    during: inForce,
    requires: ['implementing-rule'],
    why: 'only a rule or ruling recorded earlier in the history can be rescinded',
  },
  { id: 'amendment-proposed', label: 'Change proposed', during: inForce },
  { id: 'review', label: 'Review or report on its operation', during: inForce },
  { id: 'consultation', label: 'Consultation', during: inForce },
  { id: 'notice', label: 'Notice or order given under it', during: inForce },
  { id: 'commencement', label: 'Further provisions brought into force', during: inForce },
];

const COMMON_EVENTS: EventDef[] = [
  { id: 'response', label: 'Response (statement, letter or report about it)', during: '*' },
  { id: 'hearing', label: 'Hearing', during: '*' },
];

const US_BILL: StageModel = {
  id: 'us-bill',
  label: 'United States bill',
  description:
    'A bill in the U.S. Congress: introduced in one chamber, reported by committee, passed by both chambers and signed into law; a bill not enacted dies at the end of its Congress and must be introduced anew, as a new bill, in the next.',
  stages: [
    {
      id: 'introduced',
      label: 'Introduced',
      description: 'Introduced in the House or the Senate and referred to committee.',
      track: 1,
      after: [START, 'expired', 'withdrawn'],
      restart: ['expired', 'withdrawn'],
      newVersionFrom: ['expired', 'withdrawn'],
      why: 'a bill is introduced once; after it dies it can only be introduced anew, as a new bill in a new Congress',
    },
    {
      id: 'reported',
      label: 'Reported by committee',
      description: 'A committee has voted the bill out, or reported it, to its chamber.',
      track: 2,
      after: ['introduced', 'reported', 'passed-one-chamber'],
      why: 'a committee reports a bill that has been introduced and not yet passed both chambers',
    },
    {
      id: 'passed-one-chamber',
      label: 'Passed one chamber',
      description: 'The House or the Senate has passed the bill.',
      track: 3,
      after: ['introduced', 'reported'],
      why: 'a chamber passes a bill that has been introduced',
    },
    {
      id: 'passed-both',
      label: 'Passed both chambers',
      description: 'The House and the Senate have passed the same text.',
      track: 4,
      after: ['passed-one-chamber', 'reported'],
      requires: ['passed-one-chamber'],
      why: 'both chambers must pass the bill, one after the other: record the first chamber’s passage first',
    },
    {
      id: 'enacted',
      label: 'Became law',
      description: 'Signed by the President (or passed over a veto): the bill is law.',
      track: 5,
      after: ['passed-both'],
      why: 'a bill becomes law only after both chambers have passed it',
    },
    {
      id: 'vetoed',
      label: 'Vetoed',
      description: 'The President vetoed the bill.',
      after: ['passed-both'],
      why: 'only a bill passed by both chambers reaches the President',
    },
    {
      id: 'expired',
      label: 'Died with its Congress',
      description: 'Not enacted before the end of the Congress in which it was introduced.',
      end: true,
      after: ['introduced', 'reported', 'passed-one-chamber', 'passed-both', 'vetoed'],
      why: 'only a pending bill can die with its Congress',
    },
    {
      id: 'withdrawn',
      label: 'Withdrawn',
      description: 'Withdrawn by its sponsors.',
      end: true,
      after: ['introduced', 'reported'],
      why: 'only a pending bill can be withdrawn',
    },
    {
      id: 'amended',
      label: 'Amended',
      description: 'The law has been amended by a later act.',
      after: ['enacted', 'amended'],
      why: 'only a law can be amended',
    },
    {
      id: 'repealed',
      label: 'Repealed',
      description: 'The law has been repealed.',
      end: true,
      after: ['enacted', 'amended'],
      why: 'only a law can be repealed',
    },
    {
      id: 'struck-down',
      label: 'Struck down',
      description: 'A court has held the law invalid.',
      end: true,
      after: ['enacted', 'amended'],
      why: 'only a law can be struck down',
    },
  ],
  events: [
    {
      id: 'companion-introduced',
      label: 'Companion bill introduced in the other chamber',
      during: ['introduced', 'reported', 'passed-one-chamber'],
    },
    { id: 'markup', label: 'Committee markup', during: ['introduced', 'reported'] },
    ...POST_ENACTMENT_EVENTS(['enacted', 'amended']),
    ...COMMON_EVENTS,
  ],
};

/** Westminster-style bills (the UK and Australian Parliaments): the same track, their own words. */
function westminsterBill(id: 'uk-bill' | 'au-bill', label: string, description: string, lapse: string): StageModel {
  return {
    id,
    label,
    description,
    stages: [
      {
        id: 'introduced',
        label: 'Introduced',
        description: 'Introduced (first reading) in one House.',
        track: 1,
        after: [START, 'lapsed', 'withdrawn'],
        restart: ['lapsed', 'withdrawn'],
        newVersionFrom: ['lapsed', 'withdrawn'],
        why: 'a bill is introduced once; after it lapses it can only be introduced anew, as a new bill',
      },
      {
        id: 'passed-first-house',
        label: 'Passed its first House',
        description: 'The House it was introduced in has passed it (third reading).',
        track: 2,
        after: ['introduced'],
        why: 'a House passes a bill that has been introduced',
      },
      {
        id: 'passed-both-houses',
        label: 'Passed both Houses',
        description:
          'Both Houses have agreed the text. A source that gives only the end of the passage may be recorded without the first House’s step.',
        track: 3,
        after: ['introduced', 'passed-first-house'],
        why: 'both Houses pass a bill that has been introduced',
      },
      {
        id: 'royal-assent',
        label: 'Royal Assent',
        description: 'The bill has received Royal Assent and is an Act.',
        track: 4,
        after: ['passed-both-houses'],
        why: 'a bill receives Royal Assent only after both Houses have passed it',
      },
      {
        id: 'in-force',
        label: 'In force',
        description: 'The Act, or the provisions that matter here, have commenced.',
        track: 5,
        after: ['royal-assent'],
        why: 'an Act comes into force after Royal Assent',
      },
      {
        id: 'lapsed',
        label: lapse,
        description: 'The bill fell without being passed.',
        end: true,
        after: ['introduced', 'passed-first-house'],
        why: 'only a pending bill can lapse',
      },
      {
        id: 'withdrawn',
        label: 'Withdrawn',
        description: 'Withdrawn by the government or its sponsor.',
        end: true,
        after: ['introduced', 'passed-first-house'],
        why: 'only a pending bill can be withdrawn',
      },
      {
        id: 'amended',
        label: 'Amended',
        description: 'The Act has been amended by a later Act.',
        after: ['royal-assent', 'in-force', 'amended'],
        why: 'only an Act can be amended',
      },
      {
        id: 'repealed',
        label: 'Repealed',
        description: 'The Act has been repealed.',
        end: true,
        after: ['royal-assent', 'in-force', 'amended'],
        why: 'only an Act can be repealed',
      },
    ],
    events: [
      {
        id: 'stage-in-parliament',
        label: 'Stage or debate in Parliament',
        during: ['introduced', 'passed-first-house', 'passed-both-houses'],
      },
      {
        id: 'committee-report',
        label: 'Committee report on the bill',
        during: ['introduced', 'passed-first-house'],
      },
      ...POST_ENACTMENT_EVENTS(['royal-assent', 'in-force', 'amended']),
      ...COMMON_EVENTS,
    ],
  };
}

const UK_BILL = westminsterBill(
  'uk-bill',
  'United Kingdom bill',
  'A bill in the UK Parliament: introduced in one House, passed by both, given Royal Assent and brought into force, often in stages by commencement regulations; then amended, reviewed and used.',
  'Fell at the end of the session',
);

const AU_BILL = westminsterBill(
  'au-bill',
  'Australian bill',
  'A bill in the Australian Parliament: introduced in one House, often referred to a committee, passed by both Houses, given Royal Assent and commenced; then amended and reviewed.',
  'Lapsed',
);

const EU_OLP: StageModel = {
  id: 'eu-olp',
  label: 'EU ordinary legislative procedure',
  description:
    'An EU regulation or directive: proposed by the Commission; Parliament and the Council each adopt a position; they negotiate in trilogues; a provisional agreement is formally adopted by both and published in the Official Journal.',
  stages: [
    {
      id: 'proposal',
      label: 'Commission proposal',
      description: 'The European Commission has proposed the act.',
      track: 1,
      after: [START],
      why: 'the procedure begins with the Commission’s proposal',
    },
    {
      id: 'ep-position',
      label: 'Parliament’s position',
      description: 'The European Parliament has adopted its negotiating mandate or first-reading position.',
      track: 2,
      after: ['proposal', 'council-position'],
      why: 'Parliament takes its position on a proposal before negotiations',
    },
    {
      id: 'council-position',
      label: 'Council’s position',
      description: 'The Council of the EU has agreed its general approach (negotiating mandate).',
      track: 3,
      after: ['proposal', 'ep-position'],
      why: 'the Council takes its position on a proposal before negotiations',
    },
    {
      id: 'trilogue',
      label: 'Trilogue negotiations',
      description: 'Parliament, the Council and the Commission negotiate a common text.',
      track: 4,
      after: ['ep-position', 'council-position'],
      requires: ['ep-position', 'council-position'],
      why: 'trilogues open only once both Parliament and the Council have their positions',
    },
    {
      id: 'agreement',
      label: 'Provisional agreement',
      description: 'The negotiators have agreed a text, which each institution must still adopt.',
      track: 5,
      after: ['trilogue'],
      why: 'a provisional agreement comes out of the trilogue negotiations',
    },
    {
      id: 'adopted',
      label: 'Adopted',
      description: 'Parliament and the Council have formally adopted the act.',
      track: 6,
      after: ['agreement'],
      why: 'an act is adopted only after Parliament and the Council have agreed its text in trilogue',
    },
    {
      id: 'in-force',
      label: 'In force',
      description: 'Published in the Official Journal and in force.',
      track: 7,
      after: ['adopted'],
      why: 'an act enters into force after its adoption and publication',
    },
    {
      id: 'withdrawn',
      label: 'Withdrawn',
      description: 'The Commission has withdrawn the proposal.',
      end: true,
      after: ['proposal', 'ep-position', 'council-position', 'trilogue'],
      why: 'only a pending proposal can be withdrawn',
    },
    {
      id: 'rejected',
      label: 'Rejected',
      description: 'Parliament or the Council has rejected the act.',
      end: true,
      after: ['proposal', 'ep-position', 'council-position', 'trilogue', 'agreement'],
      why: 'only a pending proposal can be rejected',
    },
    {
      id: 'amended',
      label: 'Amended',
      description: 'The act has been amended by a later act.',
      after: ['in-force', 'amended'],
      why: 'only an act in force can be amended',
    },
    {
      id: 'expired',
      label: 'Ceased to apply',
      description: 'A temporary act has reached the end of its period of application.',
      end: true,
      after: ['in-force', 'amended'],
      why: 'only an act in force can cease to apply',
    },
    {
      id: 'repealed',
      label: 'Repealed or annulled',
      description: 'The act has been repealed, or annulled by the Court of Justice.',
      end: true,
      after: ['in-force', 'amended'],
      why: 'only an act in force can be repealed or annulled',
    },
  ],
  events: [
    { id: 'committee-vote', label: 'Parliament committee vote', during: ['proposal', 'council-position'] },
    {
      id: 'opinion',
      label: 'Opinion of an advisory or supervisory body',
      during: ['proposal', 'ep-position', 'council-position', 'trilogue'],
    },
    {
      id: 'council-vote-withdrawn',
      label: 'Council vote withdrawn or failed',
      during: ['proposal', 'ep-position'],
      why: 'a Council vote can fail or be withdrawn only before the Council has its position',
    },
    { id: 'trilogue-meeting', label: 'Trilogue meeting', during: ['trilogue'] },
    { id: 'amendment-proposed', label: 'Amending act proposed', during: ['in-force', 'amended'] },
    { id: 'amendment-vote', label: 'Vote on an amending act', during: ['in-force', 'amended'] },
    {
      id: 'amendment-rejected',
      label: 'Amending act rejected',
      during: ['in-force', 'amended'],
      requires: ['amendment-vote'],
      why: 'record the vote on the amending act before its rejection',
    },
    {
      id: 'successor',
      label: 'Step on a successor measure',
      during: ['expired', 'repealed', 'withdrawn', 'rejected'],
    },
    ...COMMON_EVENTS,
  ],
};

const COURT_CASE: StageModel = {
  id: 'court-case',
  label: 'Court case',
  description:
    'A case before a court or tribunal: brought, decided at first instance, possibly appealed and decided again, until the decision is final; or withdrawn on the way. A case the record knows only from its first decision (an order made on an application heard without the other side) begins there.',
  stages: [
    {
      id: 'filed',
      label: 'Brought',
      description: 'The application, claim or petition has been filed.',
      track: 1,
      after: [START],
      why: 'a case is brought once',
    },
    {
      id: 'decided',
      label: 'Decided',
      description: 'The court or tribunal has given its decision (judgment, ruling or order).',
      track: 2,
      after: [START, 'filed'],
      why: 'a decision is given in a case that has been brought',
    },
    {
      id: 'appealed',
      label: 'Appealed or review sought',
      description: 'A party has appealed, or asked a higher judge to review the decision.',
      track: 3,
      after: ['decided'],
      why: 'only a decision can be appealed',
    },
    {
      id: 'appeal-decided',
      label: 'Decided on appeal',
      description: 'The appeal or review has been decided.',
      track: 4,
      after: ['appealed'],
      why: 'an appeal is decided after it has been brought',
    },
    {
      id: 'final',
      label: 'Final',
      description: 'No further appeal lies; the decision is final.',
      track: 5,
      end: true,
      after: ['decided', 'appeal-decided'],
      why: 'a decision becomes final once given',
    },
    {
      id: 'withdrawn',
      label: 'Withdrawn or ended',
      description: 'The application was withdrawn, the order vacated or the claim dismissed by consent.',
      end: true,
      after: ['filed', 'decided', 'appealed'],
      why: 'only a pending case can be withdrawn',
    },
  ],
  events: [
    { id: 'filing', label: 'Filing by a party', during: ['filed', 'decided', 'appealed'] },
    { id: 'interim-ruling', label: 'Procedural or interim ruling', during: ['filed', 'appealed'] },
    ...COMMON_EVENTS,
  ],
};

const REGULATORY: StageModel = {
  id: 'regulatory',
  label: 'Regulatory measure or notice',
  description:
    'A rule, order or notice made by a government or regulator: proposed or consulted on, issued (made, notified or served) and in force; possibly challenged, varied, replaced, revoked or struck down.',
  stages: [
    {
      id: 'proposed',
      label: 'Proposed',
      description: 'Proposed, circulated in draft or consulted on.',
      track: 1,
      after: [START],
      why: 'a measure is proposed before it is issued',
    },
    {
      id: 'issued',
      label: 'Issued',
      description: 'Made, notified or served.',
      track: 2,
      after: [START, 'proposed', 'issued', 'in-force', 'varied'],
      newVersionFrom: ['issued', 'in-force', 'varied'],
      why: 'a measure is issued once; a further one replaces or joins it and is a new version',
    },
    {
      id: 'in-force',
      label: 'In force',
      description: 'Its obligations have taken effect.',
      track: 3,
      after: ['issued'],
      why: 'a measure takes effect after it is issued',
    },
    {
      id: 'varied',
      label: 'Varied',
      description: 'Amended or narrowed by its issuer.',
      after: ['issued', 'in-force', 'varied'],
      why: 'only an issued measure can be varied',
    },
    {
      id: 'revoked',
      label: 'Revoked or rescinded',
      description: 'Withdrawn by its issuer.',
      end: true,
      after: ['issued', 'in-force', 'varied'],
      why: 'only an issued measure can be revoked',
    },
    {
      id: 'struck-down',
      label: 'Struck down',
      description: 'Quashed or held unlawful by a court or tribunal.',
      end: true,
      after: ['issued', 'in-force', 'varied'],
      requires: ['challenged'],
      why: 'a measure is struck down only in a challenge to it: record the challenge first',
    },
    {
      id: 'expired',
      label: 'Expired',
      description: 'It has lapsed or reached its end date.',
      end: true,
      after: ['issued', 'in-force', 'varied'],
      why: 'only an issued measure can expire',
    },
  ],
  events: [
    { id: 'challenged', label: 'Challenged in court or before a tribunal', during: ['issued', 'in-force', 'varied'] },
    {
      id: 'challenge-ruling',
      label: 'Ruling in a challenge',
      during: ['issued', 'in-force', 'varied'],
      requires: ['challenged'],
      why: 'a ruling in a challenge follows the challenge',
    },
    {
      id: 'challenge-ended',
      label: 'Challenge withdrawn or dismissed',
      during: ['issued', 'in-force', 'varied'],
      requires: ['challenged'],
      why: 'a challenge ends after it has been brought',
    },
    { id: 'consultation', label: 'Consultation', during: '*' },
    ...COMMON_EVENTS,
  ],
};

export const STAGE_MODELS: Readonly<Record<ProcedureId, StageModel>> = {
  'us-bill': US_BILL,
  'uk-bill': UK_BILL,
  'au-bill': AU_BILL,
  'eu-olp': EU_OLP,
  'court-case': COURT_CASE,
  regulatory: REGULATORY,
};

export function stageModel(id: ProcedureId): StageModel {
  return STAGE_MODELS[id];
}

/** Every step id a model accepts: its stages, then its events. */
function stepIds(model: StageModel): string[] {
  return [...model.stages.map((s) => s.id), ...model.events.map((e) => e.id)];
}

export function stepLabel(model: StageModel, id: string): string {
  return model.stages.find((s) => s.id === id)?.label ?? model.events.find((e) => e.id === id)?.label ?? id;
}

/** What a step must carry for the machine (the dossier schema has more). */
export interface StepInput {
  /** A stage or event id of the model. */
  step: string;
  /** EDTF. */
  date?: string | undefined;
  /** The source that records the step (its id; resolving it is the validator's job). */
  source?: string | undefined;
  /** The version (bill number, notice) this step belongs to. */
  version?: string | undefined;
}

export interface StepProblem {
  /** Index of the step in the list. */
  index: number;
  field: 'step' | 'date' | 'source' | 'version';
  message: string;
  hint?: string | undefined;
}

export interface StepResult {
  kind: 'stage' | 'event';
  /** The stage the procedure is in after this step. */
  stage: string;
  /** This step began a new run (a reintroduced bill). */
  restart: boolean;
}

export interface RunResult {
  problems: StepProblem[];
  /** The stage after the last step (`start` when there are no steps). */
  stage: string;
  /** Per step, what it did (refused steps leave the stage as it was). */
  steps: StepResult[];
  /** Index of the step that began the current run. */
  runStart: number;
  /** Stages and events reached in the current run, with the index of the step that reached each first. */
  reached: Map<string, number>;
  /** The version of the current run (of its first step that names one). */
  version: string | undefined;
}

/**
 * Replay `steps` through `model` from `startsAt` (default `start`: the dossier follows the procedure from its
 * beginning; a stage id: the record's history begins with a step at that stage, and the earlier stages are shown as
 * reached without a step). Collects every problem; a refused step does not move the procedure.
 */
export function runSteps(model: StageModel, steps: readonly StepInput[], startsAt: string = START): RunResult {
  const problems: StepProblem[] = [];
  const results: StepResult[] = [];
  const stageById = new Map(model.stages.map((s) => [s.id, s]));
  const eventById = new Map(model.events.map((e) => [e.id, e]));
  let stage = START;
  let reached = new Map<string, number>();
  let runStart = 0;
  let version: string | undefined;
  let previousDate: string | undefined;

  steps.forEach((input, index) => {
    const add = (field: StepProblem['field'], message: string, hint?: string) =>
      problems.push({ index, field, message, hint });
    if (!input.date) add('date', 'is required: an undated step cannot be placed in the procedure', 'add date: EDTF');
    else if (checkDate(input.date))
      add('date', `"${input.date}" is not an EDTF date`, 'write e.g. 2023-05-15, 2023-05 or 2023');
    else {
      if (previousDate && certainlyBefore(input.date, previousDate))
        add(
          'date',
          `${input.date} is before the step above it (${previousDate})`,
          'list the steps in date order, oldest first',
        );
      previousDate = input.date;
    }
    if (!input.source)
      add(
        'source',
        'is required: every step names the source that records it',
        'add source: a source id of this dossier or of its entry',
      );

    const def = stageById.get(input.step);
    const ev = eventById.get(input.step);
    const reachedLabel = (ids: readonly string[]) => ids.map((id) => `“${stepLabel(model, id)}”`).join(' and ');
    if (!def && !ev) {
      add(
        'step',
        `"${input.step}" is not a step of the ${model.label} model`,
        `use one of: ${stepIds(model).join(', ')}`,
      );
      results.push({ kind: 'event', stage, restart: false });
      return;
    }
    if (def && startsAt !== START && index === 0) {
      // The record's history begins here: the earlier stages are implied, not stepped through.
      if (def.id !== startsAt) {
        add(
          'step',
          `is “${def.label}”, but the history begins at “${stepLabel(model, startsAt)}” (startsAt)`,
          `make the first step ${startsAt}, or change startsAt`,
        );
        results.push({ kind: 'stage', stage, restart: false });
        return;
      }
      if (def.track) for (const x of model.stages) if (x.track && x.track < def.track) reached.set(x.id, -1);
      stage = def.id;
      reached.set(def.id, 0);
      version = input.version;
      results.push({ kind: 'stage', stage, restart: false });
      return;
    }
    if (def) {
      const allowed = def.after.includes(stage);
      const restart = def.restart?.includes(stage) ?? false;
      const scope = restart ? new Map<string, number>() : reached;
      const missing = (def.requires ?? []).filter((r) => !scope.has(r));
      if (!allowed || missing.length > 0) {
        const from = stage === START ? 'as the first step' : `after “${stepLabel(model, stage)}”`;
        add(
          'step',
          `“${def.label}” cannot come ${from}: ${def.why}`,
          missing.length > 0
            ? `record ${reachedLabel(missing)} first`
            : `it may follow: ${def.after.map((a) => (a === START ? 'the start' : `“${stepLabel(model, a)}”`)).join(', ')}`,
        );
        results.push({ kind: 'stage', stage, restart: false });
        return;
      }
      const newVersion = def.newVersionFrom?.includes(stage) ?? false;
      if (newVersion && (!input.version || input.version === version))
        add(
          'version',
          input.version
            ? `is "${input.version}" again, but “${def.label}” after “${stepLabel(model, stage)}” begins a new version`
            : `is required: “${def.label}” after “${stepLabel(model, stage)}” begins a new version`,
          'name the new bill, notice or act in version (one of the dossier’s versions)',
        );
      if (restart) {
        reached = new Map();
        runStart = index;
      }
      if (restart || version === undefined || newVersion) version = input.version ?? version;
      stage = def.id;
      if (!reached.has(def.id)) reached.set(def.id, index);
      results.push({ kind: 'stage', stage, restart });
      return;
    }
    const event = ev!;
    const during = event.during === '*' ? stage !== START : event.during.includes(stage);
    const missing = (event.requires ?? []).filter((r) => !reached.has(r));
    if (!during || missing.length > 0)
      add(
        'step',
        stage === START
          ? `“${event.label}” cannot be the first step: the procedure has not begun`
          : `“${event.label}” cannot happen at “${stepLabel(model, stage)}”${event.why ? `: ${event.why}` : ''}`,
        missing.length > 0
          ? `record ${reachedLabel(missing)} first`
          : event.during === '*'
            ? 'record a stage first'
            : `it may happen at: ${event.during.map((s) => `“${stepLabel(model, s)}”`).join(', ')}`,
      );
    else if (!reached.has(event.id)) reached.set(event.id, index);
    if (version === undefined && input.version) version = input.version;
    results.push({ kind: 'event', stage, restart: false });
  });

  return { problems, stage, steps: results, runStart, reached, version };
}

export type TrackState = 'reached' | 'current' | 'to-come' | 'not-reached';

export interface TrackItem {
  stage: string;
  label: string;
  description: string;
  state: TrackState;
  /** Index of the step that reached it (-1: before the record's history, no step). */
  step?: number | undefined;
}

/**
 * The stage tracker: the main track in order, each stage reached, current, to come, or not reached (the procedure
 * ended elsewhere); an off-track current stage (expired, withdrawn) is appended as current. Read for the current run
 * only (a reintroduced bill's own progress).
 */
export function tracker(model: StageModel, run: Pick<RunResult, 'stage' | 'reached'>): TrackItem[] {
  const track = model.stages.filter((s) => s.track !== undefined).sort((a, b) => a.track! - b.track!);
  const current = model.stages.find((s) => s.id === run.stage);
  const ended = current?.end === true;
  // The furthest track stage reached implies the ones before it (a case decided was brought), dated or not.
  const furthest = Math.max(current?.track ?? 0, ...track.filter((s) => run.reached.has(s.id)).map((s) => s.track!));
  const items: TrackItem[] = track.map((s) => {
    const step = run.reached.get(s.id);
    let state: TrackState;
    if (s.id === run.stage) state = 'current';
    else if (step !== undefined) state = 'reached';
    else if (s.track! < furthest) state = 'reached';
    else state = ended ? 'not-reached' : 'to-come';
    return { stage: s.id, label: s.label, description: s.description, state, step };
  });
  if (current && current.track === undefined)
    items.push({
      stage: current.id,
      label: current.label,
      description: current.description,
      state: 'current',
      step: run.reached.get(current.id),
    });
  return items;
}
