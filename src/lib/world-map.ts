/**
 * The world map of /jurisdictions/: an SVG drawn at build time with d3-geo from Natural Earth's country shapes as
 * packaged by world-atlas (1:110m; a country too small for that scale comes from the 1:50m file). Nothing is
 * fetched or run in the browser. Each jurisdiction of the record is a link with an accessible name, coloured by its
 * value in one category; every other country is one plain shape. Groupings (the EU, the Five Eyes, International)
 * are not countries and appear as labelled badges in the map's corner, also links.
 *
 * Pure: regions in, markup out. Coordinates are rounded to one decimal (d3-geo's `digits`), which keeps the whole
 * map near 30 KB gzip; a test holds it under budget.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50 from 'world-atlas/countries-50m.json' with { type: 'json' };

const MAP_WIDTH = 960;
const MAP_HEIGHT = 470;

/**
 * ISO 3166-1 numeric codes (world-atlas's feature ids) for the alpha-2 codes the record uses or is likely to.
 * `UK` is the record's code for GB (826). A code missing here is reported by `unmappedCodes`.
 */
const ISO_NUMERIC: Readonly<Record<string, string>> = {
  AE: '784',
  AR: '032',
  AT: '040',
  AU: '036',
  BD: '050',
  BE: '056',
  BG: '100',
  BR: '076',
  BY: '112',
  CA: '124',
  CH: '756',
  CN: '156',
  CY: '196',
  CZ: '203',
  DE: '276',
  DK: '208',
  EE: '233',
  EG: '818',
  ES: '724',
  FI: '246',
  FR: '250',
  GR: '300',
  HK: '344',
  HR: '191',
  HU: '348',
  ID: '360',
  IE: '372',
  IL: '376',
  IN: '356',
  IR: '364',
  IT: '380',
  JP: '392',
  KE: '404',
  KR: '410',
  KZ: '398',
  LT: '440',
  LU: '442',
  LV: '428',
  MT: '470',
  MX: '484',
  MY: '458',
  NG: '566',
  NL: '528',
  NO: '578',
  NZ: '554',
  PH: '608',
  PK: '586',
  PL: '616',
  PT: '620',
  RO: '642',
  RU: '643',
  SA: '682',
  SE: '752',
  SG: '702',
  SI: '705',
  SK: '703',
  TH: '764',
  TR: '792',
  TW: '158',
  UA: '804',
  UK: '826',
  US: '840',
  VN: '704',
  ZA: '710',
};

/** Antarctica: left out, it takes space and no jurisdiction of the record is there. */
const LEFT_OUT = new Set(['010']);

export interface MapRegion {
  /** The record's code (`US`, `UK`). */
  code: string;
  /** The link's accessible name and tooltip: "United States: In force". */
  label: string;
  href: string;
  /** A CSS class suffix for its colour (`in-force`, `none-known`); the page's stylesheet maps it. */
  tone: string;
}

export interface MapOptions {
  /** The map's title (for `<title>`): "Lawful access or decryption mandate, by jurisdiction". */
  title: string;
  /** One sentence for `<desc>`. */
  description: string;
  /** Countries of the record. */
  regions: readonly MapRegion[];
  /** Groupings, drawn as badges (`EU`, `Five Eyes`). */
  badges: ReadonlyArray<MapRegion & { text: string }>;
  /** Prefix for the ids inside the SVG, so two maps on a page cannot clash. */
  idPrefix?: string;
}

type Countries = FeatureCollection<Geometry, { name: string }>;

function countriesOf(topology: unknown): Countries {
  const t = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return feature(t, t.objects.countries);
}

let cache: { small: Countries; large: Map<string, Feature<Geometry, { name: string }>> } | undefined;
function geometry() {
  cache ??= {
    small: countriesOf(countries110),
    large: new Map(countriesOf(countries50).features.map((f) => [String(f.id), f])),
  };
  return cache;
}

/** The shape of one jurisdiction (1:110m, or 1:50m for a country the small scale leaves out), if mapped. */
function countryFeature(code: string): Feature<Geometry, { name: string }> | undefined {
  const id = ISO_NUMERIC[code];
  if (!id) return undefined;
  const { small, large } = geometry();
  return small.features.find((f) => String(f.id) === id) ?? large.get(id);
}

/** Codes that cannot be drawn (no numeric code, or no shape at either scale). */
export function unmappedCodes(codes: readonly string[]): string[] {
  return codes.filter((c) => !countryFeature(c));
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The map as an SVG element (a string to inline in the page). */
export function worldMapSvg(options: MapOptions): string {
  const { small } = geometry();
  const shown = { type: 'FeatureCollection', features: small.features.filter((f) => !LEFT_OUT.has(String(f.id))) };
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    shown as Countries,
  );
  const path = geoPath(projection).digits(0);
  const prefix = options.idPrefix ?? 'map';
  const regionIds = new Set(options.regions.map((r) => ISO_NUMERIC[r.code]).filter(Boolean));
  // Every other country as one shape: a single path is far smaller than one per country.
  const land = shown.features
    .filter((f) => !regionIds.has(String(f.id)))
    .map((f) => path(f) ?? '')
    .join('');
  const regions = options.regions
    .map((r) => ({ r, f: countryFeature(r.code) }))
    .filter((x): x is { r: MapRegion; f: Feature<Geometry, { name: string }> } => !!x.f)
    .map(({ r, f }) => {
      const d = path(f) ?? '';
      return (
        `<a href="${escape(r.href)}" aria-label="${escape(r.label)}" class="map-region">` +
        `<path class="tone-${escape(r.tone)}" d="${d}"><title>${escape(r.label)}</title></path></a>`
      );
    })
    .join('');
  const badgeWidth = 112;
  const badges = options.badges
    .map((b, i) => {
      const x = 12 + i * (badgeWidth + 8);
      const y = MAP_HEIGHT - 40;
      return (
        `<a href="${escape(b.href)}" aria-label="${escape(b.label)}" class="map-badge">` +
        `<rect class="tone-${escape(b.tone)}" x="${x}" y="${y}" width="${badgeWidth}" height="28" rx="4">` +
        `<title>${escape(b.label)}</title></rect>` +
        `<text x="${x + badgeWidth / 2}" y="${y + 19}" text-anchor="middle">${escape(b.text)}</text></a>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" class="world-map" ` +
    `role="group" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc">` +
    `<title id="${prefix}-title">${escape(options.title)}</title>` +
    `<desc id="${prefix}-desc">${escape(options.description)}</desc>` +
    `<path class="map-land" aria-hidden="true" d="${land}"/>` +
    `<g class="map-regions">${regions}</g>` +
    `<g class="map-badges">${badges}</g>` +
    `</svg>`
  );
}
