/**
 * Exact area of a closed ring clipped to an axis-aligned rectangle (Sutherland & Hodgman
 * 1974 re-entrant clipping against the four sides, then the shoelace area).
 *
 * Reference: Sutherland I.E., Hodgman G.W., "Reentrant polygon clipping", Communications of
 * the ACM 17(1):32–42, 1974, doi:10.1145/360767.360802.
 *
 * @param ring closed ring, flat `[x0, y0, …]` [CRS units]
 * @param minX west side of the rectangle [CRS units]
 * @param minY south side
 * @param maxX east side
 * @param maxY north side
 * @param bufA scratch of ≥ 16·ring.length numbers (each side can at most double the vertex count)
 * @param bufB second scratch of the same size
 * @returns the unsigned area of ring ∩ rectangle [CRS units²]
 */
export function clippedRingArea(
  ring: Float64Array,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
  bufA: Float64Array,
  bufB: Float64Array,
): number {
  let src = bufA;
  let dst = bufB;
  let count = ring.length / 2 - 1;
  for (let i = 0; i < 2 * count; i++) src[i] = ring[i];
  for (let side = 0; side < 4 && count > 0; side++) {
    let outCount = 0;
    // inside(x, y): x ≥ minX | x ≤ maxX | y ≥ minY | y ≤ maxY.
    const axis = side < 2 ? 0 : 1;
    const bound = side === 0 ? minX : side === 1 ? maxX : side === 2 ? minY : maxY;
    const keepAbove = side === 0 || side === 2;
    let px = src[2 * count - 2];
    let py = src[2 * count - 1];
    let pIn = keepAbove ? (axis === 0 ? px : py) >= bound : (axis === 0 ? px : py) <= bound;
    for (let i = 0; i < count; i++) {
      const x = src[2 * i];
      const y = src[2 * i + 1];
      const v = axis === 0 ? x : y;
      const inside = keepAbove ? v >= bound : v <= bound;
      if (inside !== pIn) {
        const pv = axis === 0 ? px : py;
        const t = (bound - pv) / (v - pv);
        dst[2 * outCount] = axis === 0 ? bound : px + t * (x - px);
        dst[2 * outCount + 1] = axis === 0 ? py + t * (y - py) : bound;
        outCount++;
      }
      if (inside) {
        dst[2 * outCount] = x;
        dst[2 * outCount + 1] = y;
        outCount++;
      }
      px = x;
      py = y;
      pIn = inside;
    }
    [src, dst] = [dst, src];
    count = outCount;
  }
  let area2 = 0;
  for (let i = 0; i < count; i++) {
    const j = i + 1 === count ? 0 : i + 1;
    area2 += src[2 * i] * src[2 * j + 1] - src[2 * j] * src[2 * i + 1];
  }
  return Math.abs(area2) / 2;
}

/** Whether point (x, y) is inside a closed ring (even–odd crossing test). */
export function ringContains(ring: Float64Array, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0; i + 3 < ring.length; i += 2) {
    const y1 = ring[i + 1];
    const y2 = ring[i + 3];
    if (y1 > y !== y2 > y) {
      const xc = ring[i] + ((y - y1) * (ring[i + 2] - ring[i])) / (y2 - y1);
      if (x < xc) inside = !inside;
    }
  }
  return inside;
}
