/**
 * Douglas–Peucker simplification of a closed ring: the ring is split at its first vertex and
 * the vertex farthest from it, and each half keeps, recursively, the vertex farthest from the
 * chord while that distance exceeds the tolerance. Rings that would fall below 4 positions
 * are returned unchanged.
 *
 * Reference: Douglas D.H., Peucker T.K., "Algorithms for the reduction of the number of points
 * required to represent a digitized line or its caricature", Cartographica 10(2):112–122,
 * 1973, doi:10.3138/FM57-6770-U75U-7727.
 *
 * @param ring closed ring `[x0, y0, …, x0, y0]` [CRS units]
 * @param toleranceM largest distance of a dropped vertex from the simplified ring [CRS units]
 * @returns a new closed ring (a subset of the vertices, in order)
 * @example simplifyRing(outline.outer, 0.5 * cellSize)
 */
export function simplifyRing(ring: Float64Array, toleranceM: number): Float64Array {
  const n = ring.length / 2 - 1; // distinct vertices
  if (n < 4 || !(toleranceM > 0)) return ring;
  let far = 0;
  let farD = -1;
  for (let i = 1; i < n; i++) {
    const d = Math.hypot(ring[2 * i] - ring[0], ring[2 * i + 1] - ring[1]);
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  const keep = new Uint8Array(n + 1);
  keep[0] = 1;
  keep[far] = 1;
  keep[n] = 1;
  const stack = [0, far, far, n];
  while (stack.length > 0) {
    const last = stack.pop() as number;
    const first = stack.pop() as number;
    const ax = ring[2 * first];
    const ay = ring[2 * first + 1];
    const dx = ring[2 * last] - ax;
    const dy = ring[2 * last + 1] - ay;
    const length = Math.hypot(dx, dy);
    let worst = -1;
    let worstD = toleranceM;
    for (let i = first + 1; i < last; i++) {
      const px = ring[2 * i] - ax;
      const py = ring[2 * i + 1] - ay;
      const d = length > 0 ? Math.abs(px * dy - py * dx) / length : Math.hypot(px, py);
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push(first, worst, worst, last);
    }
  }
  let kept = 0;
  for (let i = 0; i <= n; i++) kept += keep[i];
  if (kept < 4) return ring;
  const out = new Float64Array(2 * kept);
  for (let i = 0, j = 0; i <= n; i++) {
    if (!keep[i]) continue;
    out[j++] = ring[2 * i];
    out[j++] = ring[2 * i + 1];
  }
  return out;
}
