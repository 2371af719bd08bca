/**
 * The id of a building found by `detectBuildings` (no footprint to name it): `D` and its
 * 1-based position in detection order on four digits, `D0001`, `D0002`…; more digits past 9999.
 * Shared by `gisement roofs --dtm` and the map app, so both name a building alike.
 * @param index the building's 0-based position (`detectBuildings` id − 1)
 * @returns the id
 * @example detectedBuildingId(0) // 'D0001'
 */
export function detectedBuildingId(index: number): string {
  return `D${String(index + 1).padStart(4, '0')}`;
}
