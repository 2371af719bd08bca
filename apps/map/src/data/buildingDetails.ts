import type { RoofPlanes } from '../worker/protocol.js';

/** One roof plane of a building, as the panel shows it. */
export interface RoofPlaneRow {
  id: string;
  /** Pitch [°], 0 = flat. */
  pitchDeg: number;
  /** Azimuth [°] clockwise from north the plane faces; NaN when flat. */
  azimuthDeg: number;
  /** Sloped area [m²]. */
  areaM2: number;
}

/** Property holding the roof planes (the sample's truth, later the rooftop engine's output). */
const PLANES_PROPERTY = 'planes';

function numberOrNaN(value: unknown): number {
  return typeof value === 'number' ? value : Number.NaN;
}

/**
 * The roof planes listed in a building's `planes` property (`[{ id, pitchDeg, azimuthDeg,
 * areaM2 }]`, as in `data-samples/albi/buildings.geojson`); entries that are not objects are
 * skipped, missing numbers become NaN.
 * @param properties the building feature's properties
 * @returns the planes, in file order (empty when there are none)
 * @example roofPlanes({ planes: [{ id: 'B01-P1', pitchDeg: 30, azimuthDeg: 180, areaM2: 72.7 }] })
 */
export function roofPlanes(properties: Readonly<Record<string, unknown>> | null): RoofPlaneRow[] {
  const planes = properties?.[PLANES_PROPERTY];
  if (!Array.isArray(planes)) return [];
  const rows: RoofPlaneRow[] = [];
  planes.forEach((plane: unknown, i) => {
    if (typeof plane !== 'object' || plane === null) return;
    const p = plane as Record<string, unknown>;
    rows.push({
      id: typeof p.id === 'string' || typeof p.id === 'number' ? String(p.id) : `#${i + 1}`,
      pitchDeg: numberOrNaN(p.pitchDeg),
      azimuthDeg: numberOrNaN(p.azimuthDeg),
      areaM2: numberOrNaN(p.areaM2),
    });
  });
  return rows;
}

/**
 * A building's other properties as `[name, text]` rows: strings as they are, anything else as
 * JSON text. The caller shows them with `textContent`, never as HTML.
 * @param properties the feature's properties
 * @returns rows in property order, without `planes`
 * @example propertyRows({ id: 'B01', eaveHeightM: 6 }) // [['id', 'B01'], ['eaveHeightM', '6']]
 */
export function propertyRows(properties: Readonly<Record<string, unknown>> | null): [string, string][] {
  if (!properties) return [];
  return Object.entries(properties)
    .filter(([name]) => name !== PLANES_PROPERTY)
    .map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]);
}

/** One computed roof plane of a building and its PV potential, as the panel lists it. */
export interface PlanePotential {
  /** Pitch [°], 0 = flat. */
  pitchDeg: number;
  /** Downslope azimuth [°, clockwise from true north], 0 when flat. */
  azimuthDeg: number;
  /** Inclined usable area [m²]. */
  usableAreaM2: number;
  panels: number;
  kWp: number;
  /** First-year AC yield [kWh/yr]. */
  yieldKwhYr: number;
  /** Simple payback [years]; NaN without modules. */
  paybackYears: number;
  /** Avoided CO2 [kg/yr]. */
  co2AvoidedKgYr: number;
  /** Suitability class index, -1 when none. */
  classIndex: number;
}

/**
 * The computed roof planes of one building, in the order they were found.
 * @param roofs every plane of the town (`TerrainLayers.roofs`)
 * @param building the building's position in its footprints file
 * @example planePotentials(town.terrain.roofs, 0)[0].kWp // 9.35
 */
export function planePotentials(roofs: RoofPlanes, building: number): PlanePotential[] {
  const rows: PlanePotential[] = [];
  for (let k = 0; k < roofs.count; k++) {
    if (roofs.building[k] !== building) continue;
    rows.push({
      pitchDeg: roofs.pitchDeg[k],
      azimuthDeg: roofs.azimuthDeg[k],
      usableAreaM2: roofs.usableAreaM2[k],
      panels: roofs.panels[k],
      kWp: roofs.kWp[k],
      yieldKwhYr: roofs.yieldKwhYr[k],
      paybackYears: roofs.paybackYears[k],
      co2AvoidedKgYr: roofs.co2AvoidedKgYr[k],
      classIndex: roofs.classIndex[k],
    });
  }
  return rows;
}
