/** A side of a footprint, by the direction its outward normal points to (grid north up). */
export type EdgeSide = 'north' | 'east' | 'south' | 'west';

/** How the edge cells of one side of the footprints compare with the cells inside them. */
export interface EdgeSideStatistics {
  side: EdgeSide;
  /** Edge cells of this side on a locally flat roof (the two cells inward within the noise). */
  flatRunEdgeCells: number;
  /** Share of those lower than the cell inward of them by more than the drop [0–1]. */
  lowShare: number;
  /**
   * Two-proportion z statistic of `lowShare` against the opposite side's (pooled variance;
   * NaN when either side has fewer than {@link MIN_SIDE_CELLS} cells or no cell is low).
   */
  zScore: number;
  /** 1 when the side's edge cells read systematically low: `zScore` ≥ the threshold. */
  mixed: boolean;
  /** Cells masked as this side's (a corner cell low on two mixed sides counts for the first). */
  maskedCells: number;
}

/** Result of {@link findMixedEdgeCells}. */
export interface MixedEdgeCells {
  /** The four sides, north, east, south, west. */
  sides: EdgeSideStatistics[];
  /** 1 for an edge cell of a mixed side lower than the cell inward of it by more than the drop. */
  masked: Uint8Array;
  /** Number of masked cells. */
  maskedCells: number;
}

/** Fewest flat-run edge cells on a side and on its opposite for the comparison [cells]. */
export const MIN_SIDE_CELLS = 30;

const SIDES: readonly { side: EdgeSide; dr: number; dc: number; opposite: number }[] = [
  { side: 'north', dr: -1, dc: 0, opposite: 2 },
  { side: 'east', dr: 0, dc: 1, opposite: 3 },
  { side: 'south', dr: 1, dc: 0, opposite: 0 },
  { side: 'west', dr: 0, dc: -1, opposite: 1 },
];

/**
 * Footprint edge cells whose heights mix the roof with what lies beyond it, found side by side.
 *
 * A DSM cell on a footprint's edge holds a roof height only when the heights were gridded in
 * register with the footprints. When the height grid is offset from the footprint mask (a
 * half-cell convention mismatch between the LiDAR gridding and the footprint rasterisation,
 * or a resampling), the edge cells on the side the offset points to take in the ground or the
 * wall beyond the edge: they read low, on that side only. Gridded with no offset, the four
 * sides of a population of roofs differ only by the roofs' own shapes, which no side favours.
 *
 * For each side s (outward direction d), an edge cell is a building cell whose neighbour at d
 * lies in the grid but not in its building; it is on a locally flat run when its two inward
 * neighbours (−d, −2d, same building, with data) are within `flatRunM` of each other, and low
 * when its height is more than `dropM` below the first inward neighbour. A side is **mixed**
 * when its share of low cells among its flat-run edge cells exceeds the opposite side's
 * significantly: two-proportion z test with pooled variance (e.g. Agresti, "Categorical Data
 * Analysis", 3rd ed. 2013, §2.1.4 for the pooled standard error under the null), z ≥ `minZ`,
 * both sides with at least {@link MIN_SIDE_CELLS} cells. On a mixed side every edge cell lower
 * than its inward neighbour by more than `dropM` is masked (flat run or not): its height is
 * not the roof's.
 *
 * @param data DSM heights [m], row-major, NaN = nodata
 * @param width grid width [cells]
 * @param height grid height [cells]
 * @param buildingIds building label of each cell, > 0 (0 = not a building)
 * @param flatRunM largest height difference of the two inward cells of a flat run [m]
 * @param dropM an edge cell this much lower than its inward neighbour is low [m]
 * @param minZ smallest z statistic of a mixed side [–] (3.29: one-sided p = 0.0005)
 * @returns per-side statistics and the masked cells
 * @example
 * const { sides, masked } = findMixedEdgeCells(dsm.data, w, h, ids, 0.15, 0.25, 3.29);
 * sides.filter((s) => s.mixed).map((s) => s.side); // e.g. ['east', 'south']
 */
export function findMixedEdgeCells(
  data: Float32Array,
  width: number,
  height: number,
  buildingIds: Int32Array,
  flatRunM: number,
  dropM: number,
  minZ: number,
): MixedEdgeCells {
  const flatRun = new Float64Array(4);
  const low = new Float64Array(4);
  // Edge cell of side s at k: the cell beyond in the grid and in another building (or none),
  // the first inward cell in the same building with data; returns the inward index or −1.
  const inwardOf = (k: number, row: number, col: number, s: number): number => {
    const { dr, dc } = SIDES[s];
    const r = row + dr;
    const c = col + dc;
    const ri = row - dr;
    const ci = col - dc;
    if (r < 0 || r >= height || c < 0 || c >= width || ri < 0 || ri >= height || ci < 0 || ci >= width) return -1;
    const id = buildingIds[k];
    if (buildingIds[r * width + c] === id) return -1;
    const inward = ri * width + ci;
    return buildingIds[inward] === id && !Number.isNaN(data[inward]) ? inward : -1;
  };
  for (let k = 0; k < data.length; k++) {
    if (buildingIds[k] <= 0 || Number.isNaN(data[k])) continue;
    const row = Math.floor(k / width);
    const col = k - row * width;
    for (let s = 0; s < 4; s++) {
      const inward = inwardOf(k, row, col, s);
      if (inward < 0) continue;
      const r2 = row - 2 * SIDES[s].dr;
      const c2 = col - 2 * SIDES[s].dc;
      if (r2 < 0 || r2 >= height || c2 < 0 || c2 >= width) continue;
      const second = r2 * width + c2;
      if (buildingIds[second] !== buildingIds[k] || !(Math.abs(data[inward] - data[second]) <= flatRunM)) continue;
      flatRun[s]++;
      if (data[k] < data[inward] - dropM) low[s]++;
    }
  }
  const sides: EdgeSideStatistics[] = SIDES.map(({ side, opposite }, s) => {
    const n1 = flatRun[s];
    const n2 = flatRun[opposite];
    const pooled = (low[s] + low[opposite]) / (n1 + n2);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    const zScore =
      n1 >= MIN_SIDE_CELLS && n2 >= MIN_SIDE_CELLS && se > 0 ? (low[s] / n1 - low[opposite] / n2) / se : Number.NaN;
    const lowShare = n1 > 0 ? low[s] / n1 : 0;
    return { side, flatRunEdgeCells: n1, lowShare, zScore, mixed: zScore >= minZ, maskedCells: 0 };
  });
  const masked = new Uint8Array(data.length);
  let maskedCells = 0;
  if (sides.some((s) => s.mixed)) {
    for (let k = 0; k < data.length; k++) {
      if (buildingIds[k] <= 0 || Number.isNaN(data[k])) continue;
      const row = Math.floor(k / width);
      const col = k - row * width;
      for (let s = 0; s < 4; s++) {
        if (!sides[s].mixed) continue;
        const inward = inwardOf(k, row, col, s);
        if (inward >= 0 && data[k] < data[inward] - dropM) {
          masked[k] = 1;
          maskedCells++;
          sides[s].maskedCells++;
          break;
        }
      }
    }
  }
  return { sides, masked, maskedCells };
}
