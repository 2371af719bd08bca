/** One row band of a raster: the rows it computes (core) and the rows it reads (core + halo). */
export interface RowBand {
  /** First core row (inclusive), in the whole raster. */
  coreStart: number;
  /** End of the core rows (exclusive). */
  coreEnd: number;
  /** First row read (inclusive): coreStart − halo, clipped to the raster. */
  haloStart: number;
  /** End of the rows read (exclusive): coreEnd + halo, clipped to the raster. */
  haloEnd: number;
}

/**
 * Cut a raster of `height` rows into bands of `tileRows` core rows (the last one shorter),
 * each read with `haloRows` extra rows above and below (clipped at the raster's edges).
 * @param height raster height [rows], ≥ 1
 * @param tileRows core rows per band, ≥ 1
 * @param haloRows rows of context on each side, ≥ 0
 * @returns the bands, north to south, covering every row exactly once by their cores
 * @example planRowBands(10, 4, 1); // cores 0–4, 4–8, 8–10; reads 0–5, 3–9, 7–10
 */
export function planRowBands(height: number, tileRows: number, haloRows: number): RowBand[] {
  for (const [name, value, min] of [
    ['height', height, 1],
    ['tileRows', tileRows, 1],
    ['haloRows', haloRows, 0],
  ] as const) {
    if (!Number.isInteger(value) || value < min) {
      throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}`);
    }
  }
  const bands: RowBand[] = [];
  for (let coreStart = 0; coreStart < height; coreStart += tileRows) {
    const coreEnd = Math.min(height, coreStart + tileRows);
    bands.push({
      coreStart,
      coreEnd,
      haloStart: Math.max(0, coreStart - haloRows),
      haloEnd: Math.min(height, coreEnd + haloRows),
    });
  }
  return bands;
}
