/**
 * Clip a convex polygon to the half-plane u·x + v·y + w ≥ 0 (one Sutherland–Hodgman stage:
 * Sutherland & Hodgman, "Reentrant polygon clipping", CACM 17(1):32–42, 1974).
 * @param poly vertices `[x0, y0, …]` (not closed) [m]
 * @param count number of vertices
 * @param u coefficient of x [1/m·m]
 * @param v coefficient of y
 * @param w constant term
 * @param out receives the clipped vertices (capacity ≥ 2·(count + 1))
 * @returns the number of vertices written to out
 */
export function clipConvexToHalfPlane(
  poly: Float64Array,
  count: number,
  u: number,
  v: number,
  w: number,
  out: Float64Array,
): number {
  let written = 0;
  let px = poly[2 * count - 2];
  let py = poly[2 * count - 1];
  let pd = u * px + v * py + w;
  for (let i = 0; i < count; i++) {
    const x = poly[2 * i];
    const y = poly[2 * i + 1];
    const d = u * x + v * y + w;
    if (d >= 0 !== pd >= 0) {
      const t = pd / (pd - d);
      out[2 * written] = px + t * (x - px);
      out[2 * written + 1] = py + t * (y - py);
      written++;
    }
    if (d >= 0) {
      out[2 * written] = x;
      out[2 * written + 1] = y;
      written++;
    }
    px = x;
    py = y;
    pd = d;
  }
  return written;
}

/** Shoelace area of a polygon of `count` vertices `[x0, y0, …]` (not closed), unsigned. */
export function polygonArea(poly: Float64Array, count: number): number {
  let area2 = 0;
  for (let i = 0; i < count; i++) {
    const j = i + 1 === count ? 0 : i + 1;
    area2 += poly[2 * i] * poly[2 * j + 1] - poly[2 * j] * poly[2 * i + 1];
  }
  return Math.abs(area2) / 2;
}
