/**
 * Dossiers and jurisdictions' position summaries, derived once per snapshot of the collections (src/data/content.ts)
 * by the pure modules (src/lib/dossiers.ts, src/lib/positions.ts, src/lib/position-map.ts): the entry pages' "Part
 * of", the dossier pages and files, the position summary on a jurisdiction's page and the map on /jurisdictions/.
 */
import { buildDossiers, type Dossiers } from '../lib/dossiers';
import { DEFAULT_CATEGORY, mapData, type MapData } from '../lib/position-map';
import { buildPositions, type Positions } from '../lib/positions';
import type { PositionCategory } from '../schema/vocabulary';
import { derived, type Content } from './content';

export function getDossiers(content: Content): Dossiers {
  return derived(content, 'dossiers', ({ dossiers, record }) => buildDossiers(dossiers, record));
}

export function getPositions(content: Content): Positions {
  return derived(content, 'positions', ({ jurisdictions, record }) => buildPositions(jurisdictions, record));
}

/** The map and table of one category: /jurisdictions/ (the default category) or /jurisdictions/map/<category>/. */
export function getPositionMap(content: Content, category: PositionCategory = DEFAULT_CATEGORY): MapData {
  return derived(content, `position-map:${category}`, (c) => mapData(getPositions(c), category));
}
