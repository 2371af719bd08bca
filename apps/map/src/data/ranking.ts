import type { Geometry } from 'geojson';
import type { RankingView } from '../state/appState.js';

/** One building of the ranking table. */
export interface BuildingRow {
  /** Position of the building in its footprints file (its map feature id). */
  index: number;
  /** The id it is shown and selected by (`buildingLabel`). */
  label: string;
  /** Mean annual irradiation of its footprint's cells [kWh/m²/yr], NaN when unknown. */
  irradiationKwhM2Yr: number;
  /** Footprint area by centre sampling of the DSM cells [m²]. */
  areaM2: number;
  /** Peak power of the modules laid out on its roof planes [kWp]. */
  kWp: number;
  /** Suitability class index in the run's classes (`RoofPlanes.classes`), -1 when none. */
  classIndex: number;
  /** Rank by the run's criterion (`RoofPlanes.buildingRank`): 1 = best, 0 = unranked. */
  rank: number;
  /** Modules laid out on its roof planes. */
  panels: number;
  /** First-year AC yield of its modules [kWh/yr]. */
  yieldKwhYr: number;
  /** Simple payback of its modules [years]; NaN without modules, Infinity beyond the lifetime. */
  paybackYears: number;
  /** Avoided CO2 [kg/yr]. */
  co2AvoidedKgYr: number;
}

/** The row field each numeric column sorts on. */
const SORT_FIELDS = {
  irradiation: 'irradiationKwhM2Yr',
  area: 'areaM2',
  kWp: 'kWp',
  class: 'classIndex',
  rank: 'rank',
} as const satisfies Record<Exclude<RankingView['sortBy'], 'id'>, keyof BuildingRow>;

/** A row's value in a numeric column; a building with no class (-1) or no rank (0) counts as unknown (NaN). */
function sortValue(row: BuildingRow, key: (typeof SORT_FIELDS)[keyof typeof SORT_FIELDS]): number {
  if (key === 'classIndex' && row.classIndex < 0) return Number.NaN;
  return key === 'rank' && row.rank <= 0 ? Number.NaN : row[key];
}

/** Text order of labels: numbers in them compare as numbers (B2 before B10). */
const LABEL_ORDER = new Intl.Collator('en', { numeric: true });

function compareNumbers(a: number, b: number, descending: boolean): number {
  // NaN (unknown) always last, whatever the direction.
  if (Number.isNaN(a) || Number.isNaN(b)) return Number(Number.isNaN(a)) - Number(Number.isNaN(b));
  return descending ? b - a : a - b;
}

/**
 * The rows the ranking table shows: those at or above the minimum mean irradiation, the
 * minimum peak power and the lowest class (each filter keeps all, unknown ones included, when
 * 0), sorted by the chosen column; ties and unknown values are ordered by label.
 * @param rows every building
 * @param view sort column, direction and minimum [kWh/m²/yr]
 * @returns a new array (the input is not changed)
 * @example rankBuildings(rows, { sortBy: 'rank', descending: false, minKwhM2Yr: 0, minKwp: 3, minClassIndex: 1 })
 */
export function rankBuildings(rows: readonly BuildingRow[], view: RankingView): BuildingRow[] {
  const kept = rows.filter(
    (r) =>
      (view.minKwhM2Yr <= 0 || r.irradiationKwhM2Yr >= view.minKwhM2Yr) &&
      (view.minKwp <= 0 || r.kWp >= view.minKwp) &&
      (view.minClassIndex <= 0 || r.classIndex >= view.minClassIndex),
  );
  const byLabel = (a: BuildingRow, b: BuildingRow) => LABEL_ORDER.compare(a.label, b.label);
  return kept.sort((a, b) => {
    if (view.sortBy === 'id') return view.descending ? byLabel(b, a) : byLabel(a, b);
    const key = SORT_FIELDS[view.sortBy];
    return compareNumbers(sortValue(a, key), sortValue(b, key), view.descending) || byLabel(a, b);
  });
}

/** Totals of a set of buildings. */
export interface TerritoryTotals {
  count: number;
  /** Sum of the footprint areas [m²]. */
  areaM2: number;
  /**
   * Mean annual irradiation over the footprints' area [kWh/m²/yr]: Σ area·mean / Σ area over
   * the buildings with a known mean; NaN when none has one.
   */
  meanKwhM2Yr: number;
  /** Sum of the peak powers [kWp]. */
  kWp: number;
  /** Sum of the first-year yields [kWh/yr]. */
  yieldKwhYr: number;
  /** Sum of the avoided CO2 [kg/yr]. */
  co2AvoidedKgYr: number;
}

/**
 * Number of buildings, their total footprint area, their area-weighted mean irradiation and
 * their total peak power, yield and avoided CO2.
 * @param rows the buildings (e.g. the table's rows)
 * @example territoryTotals(rankBuildings(rows, view)).areaM2
 */
export function territoryTotals(rows: readonly BuildingRow[]): TerritoryTotals {
  let areaM2 = 0;
  let weighted = 0;
  let weights = 0;
  let kWp = 0;
  let yieldKwhYr = 0;
  let co2AvoidedKgYr = 0;
  for (const row of rows) {
    areaM2 += row.areaM2;
    kWp += row.kWp;
    yieldKwhYr += row.yieldKwhYr;
    co2AvoidedKgYr += row.co2AvoidedKgYr;
    if (Number.isNaN(row.irradiationKwhM2Yr)) continue;
    weighted += row.areaM2 * row.irradiationKwhM2Yr;
    weights += row.areaM2;
  }
  return {
    count: rows.length,
    areaM2,
    meanKwhM2Yr: weights > 0 ? weighted / weights : Number.NaN,
    kWp,
    yieldKwhYr,
    co2AvoidedKgYr,
  };
}

/**
 * Bounding box of a geometry's positions [°], as `[[west, south], [east, north]]`.
 * @returns null for a geometry without positions
 * @example geometryBounds({ type: 'Point', coordinates: [2, 44] }) // [[2, 44], [2, 44]]
 */
export function geometryBounds(geometry: Geometry): [[number, number], [number, number]] | null {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      west = Math.min(west, value[0]);
      east = Math.max(east, value[0]);
      south = Math.min(south, value[1] as number);
      north = Math.max(north, value[1] as number);
      return;
    }
    for (const item of value) visit(item);
  };
  if (geometry.type === 'GeometryCollection') for (const g of geometry.geometries) visit(geometryCoordinates(g));
  else visit(geometry.coordinates);
  if (west > east) return null;
  return [
    [west, south],
    [east, north],
  ];
}

function geometryCoordinates(geometry: Geometry): unknown {
  return geometry.type === 'GeometryCollection' ? geometry.geometries.map(geometryCoordinates) : geometry.coordinates;
}
