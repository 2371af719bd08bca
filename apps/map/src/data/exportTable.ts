import { IRRADIATION_CLASSES } from '@gisement/core';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
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

/** The name of a class index (`IRRADIATION_CLASSES` of `@gisement/core`), '' for none. */
function className(classIndex: number): string {
  return IRRADIATION_CLASSES[classIndex]?.name ?? '';
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
 * [kWh/m²/yr], footprint area [m²], peak power [kWp], suitability class (`unfavourable` …
 * `excellent`, empty for none), modules, first-year yield [kWh/yr], simple payback [years] and
 * avoided CO2 [kg/yr] with `.` decimals (empty when unknown or never paid back), then each of its
 * properties (every property name met, in order; `planes` left out) as text — strings as they
 * are, other values as JSON; text that a spreadsheet would run as a formula gets a leading `'`.
 * @param rows the buildings, in the table's order
 * @param features the footprints file's features (rows point into it by `index`)
 * @returns the file's text
 * @example buildingsCsv(rows, town.buildings.features)
 */
export function buildingsCsv(rows: readonly BuildingRow[], features: readonly Feature[]): string {
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
      className(row.classIndex),
      String(row.panels),
      numberText(row.yieldKwhYr),
      numberText(row.paybackYears),
      numberText(row.co2AvoidedKgYr),
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
 * `footprintAreaM2Computed` [m²], `kWp` (3 decimals), `class` (null for none), `panelsCount`,
 * `yieldKwhYr` [kWh/yr], `paybackYears` and `co2AvoidedKgYr` [kg/yr] (1 decimal; null when
 * unknown or never paid back) and its `id`.
 * @param rows the buildings, in the table's order
 * @param features the footprints file's features
 * @returns the file's text
 * @example buildingsGeoJson(rows, town.buildings.features)
 */
export function buildingsGeoJson(rows: readonly BuildingRow[], features: readonly Feature[]): string {
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
        class: className(row.classIndex) || null,
        panelsCount: row.panels,
        yieldKwhYr: rounded(row.yieldKwhYr),
        paybackYears: rounded(row.paybackYears),
        co2AvoidedKgYr: rounded(row.co2AvoidedKgYr),
      },
      geometry: features[row.index].geometry,
    })),
  };
  return JSON.stringify(collection);
}
