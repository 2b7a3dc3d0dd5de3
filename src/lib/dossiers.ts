/**
 * Dossiers as pages read them: each step with its entry, its source and its stage label; the stage tracker; the
 * current stage with the source that confirms it; the actors by role; and, for every entry, the dossiers it is part
 * of (the "part of" link on its page is derived here, never typed in the entry). Pure: takes the validated dossiers
 * and the record, so it is unit-tested without Astro; `src/data/dossiers.ts` feeds it once per build.
 */
import type { Dossier, DossierVersion } from '../schema/dossier';
import type { Source } from '../schema/entry';
import {
  DOSSIER_ROLE_LABELS,
  DOSSIER_ROLES,
  DOSSIER_STANCE_LABELS,
  type DossierOutcome,
  type DossierRole,
  type DossierStance,
} from '../schema/vocabulary';
import type { TrackerRecord, RecordEntry } from './record';
import { START, runSteps, stageModel, stepLabel, tracker, type StageModel, type TrackItem } from './stages';

export interface DossierInput {
  slug: string;
  data: Dossier;
}

/** A source a step cites, with where it lives: the dossier itself, or one of the record's entries. */
export interface StepSource {
  source: Source;
  /** The entry whose source it is; undefined for the dossier's own. */
  entry: string | undefined;
}

export interface DossierStepView {
  /** 1-based position in the history (the anchor `#step-<n>`). */
  n: number;
  date: string;
  step: string;
  label: string;
  kind: 'stage' | 'event';
  version: DossierVersion | undefined;
  entry: RecordEntry | undefined;
  source: StepSource;
  note: string | undefined;
}

export interface DossierTrackItem extends TrackItem {
  /** The dated step that reached the stage (undefined: reached before the record's history, or implied). */
  at: DossierStepView | undefined;
}

export interface DossierActorView {
  actor: string;
  name: string;
  capacity: string | undefined;
  stance: DossierStance | undefined;
  stanceLabel: string | undefined;
  entry: RecordEntry;
}

export interface DossierView {
  slug: string;
  data: Dossier;
  model: StageModel;
  steps: DossierStepView[];
  track: DossierTrackItem[];
  /** The version the tracker follows (the current run's: a reintroduced bill's latest number). */
  trackVersion: DossierVersion | undefined;
  current: {
    stage: string;
    label: string;
    outcome: DossierOutcome;
    asOf: string;
    confirmed: string;
    source: StepSource;
    note: string;
  };
  actorsByRole: Array<{ role: DossierRole; label: string; actors: DossierActorView[] }>;
  /** Every entry of the dossier (steps, versions, current, actors), each once, oldest first. */
  entries: RecordEntry[];
  /** The newest step's date. */
  latest: string;
}

/** What an entry's page shows about a dossier it belongs to. */
export interface DossierMembership {
  slug: string;
  title: string;
  /** The steps this entry records ("Introduced", "Reported by committee"). */
  steps: string[];
  currentLabel: string;
  outcome: DossierOutcome;
  asOf: string;
}

export interface Dossiers {
  all: DossierView[];
  get(slug: string): DossierView | undefined;
  /** The dossiers an entry is part of, by title. */
  of(entry: string): DossierMembership[];
}

function resolveSource(
  data: Dossier,
  id: string,
  entrySlug: string | undefined,
  record: Pick<TrackerRecord, 'entry'>,
): StepSource {
  const own = data.sources.find((s) => s.id === id);
  if (own) return { source: own, entry: undefined };
  const entry = entrySlug ? record.entry(entrySlug) : undefined;
  const theirs = entry?.data.sources.find((s) => s.id === id);
  // The validator guarantees one of the two; a placeholder keeps a broken fixture from crashing the pages.
  return {
    source: theirs ?? { id, title: id, publisher: '', url: 'about:blank', checked: false, type: 'secondary' },
    entry: entry?.slug,
  };
}

function buildDossier(input: DossierInput, record: Pick<TrackerRecord, 'entry' | 'actor'>): DossierView {
  const { slug, data } = input;
  const model = stageModel(data.procedure);
  const run = runSteps(model, data.steps, data.startsAt ?? START);
  const steps: DossierStepView[] = data.steps.map((s, i) => ({
    n: i + 1,
    date: s.date,
    step: s.step,
    label: stepLabel(model, s.step),
    kind: run.steps[i]?.kind ?? 'event',
    version: data.versions.find((v) => v.id === s.version),
    entry: s.entry ? record.entry(s.entry) : undefined,
    source: resolveSource(data, s.source, s.entry, record),
    note: s.note,
  }));
  const track = tracker(model, run).map((t) => ({
    ...t,
    at: t.step !== undefined && t.step >= 0 ? steps[t.step] : undefined,
  }));
  const actorsByRole = DOSSIER_ROLES.map((role) => ({
    role,
    label: DOSSIER_ROLE_LABELS[role],
    actors: data.actors
      .filter((a) => a.role === role)
      .flatMap((a) => {
        const entry = record.entry(a.entry);
        if (!entry) return [];
        return [
          {
            actor: a.actor,
            name: record.actor(a.actor)?.data.name ?? a.actor,
            capacity: a.capacity,
            stance: a.stance,
            stanceLabel: a.stance ? DOSSIER_STANCE_LABELS[a.stance] : undefined,
            entry,
          },
        ];
      }),
  })).filter((g) => g.actors.length > 0);
  const seen = new Set<string>();
  const entries: RecordEntry[] = [];
  for (const slugOf of [
    ...data.steps.map((s) => s.entry),
    ...data.versions.map((v) => v.entry),
    data.current.entry,
    ...data.actors.map((a) => a.entry),
  ]) {
    const e = slugOf ? record.entry(slugOf) : undefined;
    if (e && !seen.has(e.slug)) {
      seen.add(e.slug);
      entries.push(e);
    }
  }
  return {
    slug,
    data,
    model,
    steps,
    track,
    trackVersion: data.versions.find((v) => v.id === run.version),
    current: {
      stage: data.current.stage,
      label: stepLabel(model, data.current.stage),
      outcome: data.current.outcome,
      asOf: data.current.asOf,
      confirmed: data.current.confirmed,
      source: resolveSource(data, data.current.source, data.current.entry, record),
      note: data.current.note,
    },
    actorsByRole,
    entries,
    latest: data.steps[data.steps.length - 1]?.date ?? data.current.confirmed,
  };
}

export function buildDossiers(
  inputs: readonly DossierInput[],
  record: Pick<TrackerRecord, 'entry' | 'actor'>,
): Dossiers {
  const all = inputs.map((d) => buildDossier(d, record)).sort((a, b) => a.data.title.localeCompare(b.data.title));
  const bySlug = new Map(all.map((d) => [d.slug, d]));
  const byEntry = new Map<string, DossierMembership[]>();
  for (const d of all)
    for (const e of d.entries) {
      const list = byEntry.get(e.slug) ?? [];
      list.push({
        slug: d.slug,
        title: d.data.title,
        steps: [...new Set(d.steps.filter((s) => s.entry?.slug === e.slug).map((s) => s.label))],
        currentLabel: d.current.label,
        outcome: d.current.outcome,
        asOf: d.current.asOf,
      });
      byEntry.set(e.slug, list);
    }
  return { all, get: (slug) => bySlug.get(slug), of: (entry) => byEntry.get(entry) ?? [] };
}

/** "Status unknown after this" and friends: the outcome in words, for the tracker and the entry pages. */
export const OUTCOME_TEXT: Readonly<Record<DossierOutcome, string>> = {
  settled: 'Nothing further is pending.',
  pending: 'The next step is awaited.',
  unknown: 'What happened after this is not known to the record.',
};
