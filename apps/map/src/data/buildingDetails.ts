import type { RoofPlanes } from '../worker/protocol.js';

/** Property holding the sample's construction planes (its truth), left out of the panel and the exports. */
const PLANES_PROPERTY = 'planes';

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
  /** Its suitability class's name in the run's classes (`RoofPlanes.classes`), null when none. */
  className: string | null;
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
      className: roofs.classes.classes[roofs.classIndex[k]]?.name ?? null,
    });
  }
  return rows;
}
