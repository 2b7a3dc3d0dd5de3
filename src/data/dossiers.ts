/**
 * The one module the dossier and jurisdiction pages take their data from: the `dossiers` and `jurisdictions`
 * collections, read once per build and handed, with the record, to the pure modules (src/lib/dossiers.ts,
 * src/lib/positions.ts, src/lib/world-map.ts). Pages stay thin: they call these functions and render what they
 * return, so they can move onto the route model (one URL module, page data computed once) without changing.
 */
import { getCollection } from 'astro:content';
import { getRecord } from './record';
import { buildDossiers, type Dossiers } from '../lib/dossiers';
import { buildPositions, type Positions } from '../lib/positions';
import { DEFAULT_CATEGORY, mapData, type MapData } from '../lib/position-map';
import { POSITION_CATEGORIES, type PositionCategory } from '../schema/vocabulary';

let dossiers: Promise<Dossiers> | undefined;
let positions: Promise<Positions> | undefined;

export function getDossiers(): Promise<Dossiers> {
  dossiers ??= (async () => {
    const [record, all] = await Promise.all([getRecord(), getCollection('dossiers')]);
    return buildDossiers(
      all.map((d) => ({ slug: d.id, data: d.data })),
      record,
    );
  })();
  return dossiers;
}

export function getPositions(): Promise<Positions> {
  positions ??= (async () => {
    const [record, all] = await Promise.all([getRecord(), getCollection('jurisdictions')]);
    return buildPositions(
      all.map((j) => ({ code: j.id.toUpperCase(), data: j.data })),
      record,
    );
  })();
  return positions;
}

/** Static paths of /dossiers/<id>/ and its files. */
export async function dossierPaths() {
  const { all } = await getDossiers();
  return all.map((dossier) => ({ params: { id: dossier.slug }, props: { dossier } }));
}

/** The map and table of /jurisdictions/ (default category) and /jurisdictions/map/<category>/. */
export async function getPositionMap(category: PositionCategory): Promise<MapData> {
  return mapData(await getPositions(), category);
}

export async function mapPaths() {
  return POSITION_CATEGORIES.filter((c) => c !== DEFAULT_CATEGORY).map((category) => ({
    params: { category },
    props: { category },
  }));
}

/** The collection entry of a dossier, for `render()` of its Markdown body. */
export async function getDossierDocument(slug: string) {
  return (await getCollection('dossiers')).find((d) => d.id === slug);
}
