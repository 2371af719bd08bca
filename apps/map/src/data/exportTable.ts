import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { RoofPlanes } from '../worker/protocol.js';
import { propertyRows } from './buildingDetails.js';
import type { BuildingRow } from './ranking.js';

/** Columns of the export computed by the app, before the buildings' own properties. */
const COMPUTED_COLUMNS = [
  'id',
  'irradiation_kwh_m2_yr',
  'footprint_area_m2',
  'kwp',
  'class',
  'panels',
  'yield_kwh_yr',
  'payback_years',
  'co2_avoided_kg_yr',
  'rank',
  'rank_criterion',
] as const;
/** Decimals written for the computed values (kWp: 3, a 425 Wp module's resolution, as `gisement roofs`). */
const DECIMALS = 1;
const KWP_DECIMALS = 3;

/** A number as CSV/JSON text: `.` decimals, no grouping; empty for NaN and infinities. */
function numberText(value: number, decimals = DECIMALS): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '';
}

/** A number rounded for JSON; null for NaN and infinities. */
function rounded(value: number, decimals = DECIMALS): number | null {
  return Number.isFinite(value) ? Number(value.toFixed(decimals)) : null;
}

/** What the exports need of a run besides the rows: its classes and its ranking criterion. */
export type RunFacts = Pick<RoofPlanes, 'classes' | 'criterion'>;

/** The name of a class index in the run's classes, '' for none. */
function className(run: RunFacts, classIndex: number): string {
  return run.classes.classes[classIndex]?.name ?? '';
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * User text made inert for spreadsheets: a value starting with `=`, `+`, `-`, `@`, tab or
 * carriage return would be run as a formula (OWASP "CSV Injection"), so it gets a leading `'`.
 * Plain numbers such as `-5` are left as they are.
 */
function inertText(text: string): string {
  const plainNumber = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text);
  return !plainNumber && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The table's buildings as CSV (RFC 4180, CRLF line ends, UTF-8 with a byte-order mark so
 * spreadsheets read accents): a header row, then per building its id, mean annual irradiation
 * [kWh/m²/yr], footprint area [m²], peak power [kWp], suitability class (its name in the run's
 * classes, `unfavourable` … `excellent` by default, empty for none), modules, first-year yield
 * [kWh/yr], simple payback [years] and avoided CO2 [kg/yr] with `.` decimals (empty when unknown
 * or never paid back), its rank by the run's criterion (empty when unranked) and the criterion
 * (`yield`, `specificYield` or `payback`, as `gisement roofs --config` names it), then each of its
 * properties (every property name met, in order; `planes` left out) as text — strings as they
 * are, other values as JSON; text that a spreadsheet would run as a formula gets a leading `'`.
 * @param rows the buildings, in the table's order
 * @param features the footprints file's features (rows point into it by `index`)
 * @param run the run's classes and ranking criterion (`TerrainLayers.roofs`)
 * @returns the file's text
 * @example buildingsCsv(rows, town.buildings.features, town.terrain.roofs)
 */
export function buildingsCsv(rows: readonly BuildingRow[], features: readonly Feature[], run: RunFacts): string {
  const names: string[] = [];
  const cells = rows.map((row) => new Map(propertyRows(features[row.index].properties)));
  for (const map of cells) for (const name of map.keys()) if (!names.includes(name)) names.push(name);
  const header = [...COMPUTED_COLUMNS, ...names.map(inertText)].map(csvField).join(',');
  const lines = rows.map((row, i) =>
    [
      inertText(row.label),
      numberText(row.irradiationKwhM2Yr),
      numberText(row.areaM2),
      numberText(row.kWp, KWP_DECIMALS),
      inertText(className(run, row.classIndex)),
      String(row.panels),
      numberText(row.yieldKwhYr),
      numberText(row.paybackYears),
      numberText(row.co2AvoidedKgYr),
      row.rank > 0 ? String(row.rank) : '',
      run.criterion,
      ...names.map((name) => inertText(cells[i].get(name) ?? '')),
    ]
      .map(csvField)
      .join(','),
  );
  return `\ufeff${[header, ...lines].join('\r\n')}\r\n`;
}

/**
 * The table's buildings as a GeoJSON FeatureCollection (RFC 7946): each footprint's geometry
 * and properties as read, plus the computed `irradiationKwhM2Yr` [kWh/m²/yr],
 * `footprintAreaM2Computed` [m²], `kWp` (3 decimals), `class` (its name in the run's classes,
 * null for none), `panelsCount`, `yieldKwhYr` [kWh/yr], `paybackYears` and `co2AvoidedKgYr`
 * [kg/yr] (1 decimal; null when unknown or never paid back), `rank` (null when unranked) and
 * `rankCriterion`, and its `id`.
 * @param rows the buildings, in the table's order
 * @param features the footprints file's features
 * @param run the run's classes and ranking criterion (`TerrainLayers.roofs`)
 * @returns the file's text
 * @example buildingsGeoJson(rows, town.buildings.features, town.terrain.roofs)
 */
export function buildingsGeoJson(rows: readonly BuildingRow[], features: readonly Feature[], run: RunFacts): string {
  const collection: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: rows.map((row) => ({
      type: 'Feature',
      id: row.label,
      properties: {
        ...features[row.index].properties,
        irradiationKwhM2Yr: rounded(row.irradiationKwhM2Yr),
        footprintAreaM2Computed: rounded(row.areaM2),
        kWp: rounded(row.kWp, KWP_DECIMALS),
        class: className(run, row.classIndex) || null,
        panelsCount: row.panels,
        yieldKwhYr: rounded(row.yieldKwhYr),
        paybackYears: rounded(row.paybackYears),
        co2AvoidedKgYr: rounded(row.co2AvoidedKgYr),
        rank: row.rank > 0 ? row.rank : null,
        rankCriterion: run.criterion,
      },
      geometry: features[row.index].geometry,
    })),
  };
  return JSON.stringify(collection);
}
