import { TOWN_FRAME, TOWN_SOUTH_M, TOWN_WEST_M, type TownFrame } from './frame.js';

/**
 * Bare-earth surface of the synthetic town: a tilted plane (rising 3 % to the north and
 * 1 % to the east) plus a Gaussian hill in the park,
 * z = z₀ + gₓ·(x − x₀) + g_y·(y − y₀) + A·exp(−r²/(2σ²)).
 */
export interface TerrainModel {
  /** Elevation at the grid's south-west corner, before the hill [m]. */
  baseElevationM: number;
  /** x where the tilt term is zero: the grid's west edge [m, EPSG:2154]. */
  originX: number;
  /** y where the tilt term is zero: the grid's south edge [m, EPSG:2154]. */
  originY: number;
  /** Rise per metre eastwards [m/m]. */
  gradientEast: number;
  /** Rise per metre northwards [m/m]. */
  gradientNorth: number;
  /** Hill top position x [m, EPSG:2154]. */
  hillX: number;
  /** Hill top position y [m, EPSG:2154]. */
  hillY: number;
  /** Hill height above the tilted plane [m]. */
  hillAmplitudeM: number;
  /** Standard deviation of the Gaussian hill [m]. */
  hillSigmaM: number;
}

/** The terrain of the synthetic town (heights in the range of the Tarn valley at Albi). */
export const TOWN_TERRAIN: TerrainModel = {
  baseElevationM: 168,
  originX: TOWN_WEST_M,
  originY: TOWN_SOUTH_M,
  gradientEast: 0.01,
  gradientNorth: 0.03,
  hillX: TOWN_WEST_M + 175,
  hillY: TOWN_SOUTH_M + 60,
  hillAmplitudeM: 6,
  hillSigmaM: 18,
};

/**
 * Ground elevation of the analytic terrain at a point.
 * @param terrain the terrain model
 * @param x [m, EPSG:2154]
 * @param y [m, EPSG:2154]
 * @returns elevation [m]
 * @example groundElevationM(TOWN_TERRAIN, 631200, 6314500); // 168 + hill tail
 */
export function groundElevationM(terrain: TerrainModel, x: number, y: number): number {
  const dx = x - terrain.hillX;
  const dy = y - terrain.hillY;
  const s2 = terrain.hillSigmaM * terrain.hillSigmaM;
  return (
    terrain.baseElevationM +
    terrain.gradientEast * (x - terrain.originX) +
    terrain.gradientNorth * (y - terrain.originY) +
    terrain.hillAmplitudeM * Math.exp(-(dx * dx + dy * dy) / (2 * s2))
  );
}

/**
 * Sample the terrain at every cell centre of a frame (the DTM).
 * @param terrain the terrain model
 * @param frame grid to fill (default the town frame)
 * @returns elevations [m], row-major, row 0 = north
 * @example const dtm = rasteriseGround(TOWN_TERRAIN);
 */
export function rasteriseGround(terrain: TerrainModel, frame: TownFrame = TOWN_FRAME): Float32Array {
  const { width, height, geo } = frame;
  const out = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    const y = geo.originY - (row + 0.5) * geo.cellSizeY;
    const offset = row * width;
    for (let col = 0; col < width; col++) {
      out[offset + col] = groundElevationM(terrain, geo.originX + (col + 0.5) * geo.cellSizeX, y);
    }
  }
  return out;
}
