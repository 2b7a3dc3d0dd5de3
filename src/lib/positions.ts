/**
 * Jurisdictions' position summaries as pages read them: every category in its fixed order, each value with its label,
 * its date and the entries that establish it; groupings with their members' values. Pure: takes the validated
 * summaries and the record; `src/data/dossiers.ts` feeds it once per build.
 */
import type { Jurisdiction } from '../schema/jurisdiction';
import {
  GROUP_MEMBERS,
  POSITION_CATEGORIES,
  POSITION_CATEGORY_LABELS,
  POSITION_VALUE_LABELS,
  jurisdictionName,
  type PositionCategory,
  type PositionValue,
} from '../schema/vocabulary';
import { FACETS, facetValueHref } from './facets';
import type { TrackerRecord, RecordEntry } from './record';

export interface JurisdictionInput {
  /** Upper case (`US`, `EU`). */
  code: string;
  data: Jurisdiction;
}

export interface PositionView {
  category: PositionCategory;
  categoryLabel: string;
  /** Undefined when a grouping has no value of its own in this category. */
  value: PositionValue | undefined;
  valueLabel: string;
  since: string | undefined;
  entries: RecordEntry[];
  note: string | undefined;
}

export interface JurisdictionView {
  code: string;
  name: string;
  /** Its page (the jurisdiction facet's: `/jurisdictions/<code lower case>/`). */
  href: string;
  summary: string;
  asOf: string;
  group: boolean;
  positions: PositionView[];
  /** For a grouping, its members that the record has summaries for, with their values; others are listed by name. */
  members: Array<{ code: string; name: string; href: string | undefined; positions: PositionView[] | undefined }>;
}

export interface Positions {
  all: JurisdictionView[];
  get(code: string): JurisdictionView | undefined;
}

export function buildPositions(inputs: readonly JurisdictionInput[], record: Pick<TrackerRecord, 'entry'>): Positions {
  const views = new Map<string, JurisdictionView>();
  const positionsOf = (input: JurisdictionInput): PositionView[] =>
    POSITION_CATEGORIES.map((category) => {
      const p = input.data.positions.find((x) => x.category === category);
      return {
        category,
        categoryLabel: POSITION_CATEGORY_LABELS[category].label,
        value: p?.value,
        valueLabel: p ? POSITION_VALUE_LABELS[p.value].label : 'See the members',
        since: p?.since,
        entries: (p?.entries ?? []).flatMap((slug) => {
          const e = record.entry(slug);
          return e ? [e] : [];
        }),
        note: p?.note,
      };
    });
  for (const input of inputs)
    views.set(input.code, {
      code: input.code,
      name: jurisdictionName(input.code),
      href: facetValueHref(FACETS.jurisdiction, input.code),
      summary: input.data.summary,
      asOf: input.data.asOf,
      group: input.data.group,
      positions: positionsOf(input),
      members: [],
    });
  for (const view of views.values()) {
    const members = GROUP_MEMBERS[view.code];
    if (!members) continue;
    view.members = members
      .map((code) => {
        const m = views.get(code);
        return { code, name: jurisdictionName(code), href: m?.href, positions: m?.positions };
      })
      .sort((a, b) => Number(!!b.positions) - Number(!!a.positions) || a.name.localeCompare(b.name));
  }
  const all = [...views.values()].sort((a, b) => Number(a.group) - Number(b.group) || a.name.localeCompare(b.name));
  return { all, get: (code) => views.get(code.toUpperCase()) };
}
