/**
 * Orientation of the triangle (a, b, c): > 0 counter-clockwise, < 0 clockwise, 0 collinear.
 */
function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Whether c, collinear with segment ab, lies within its bounding box. */
function onSegment(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
}

/** Whether the closed segments p1p2 and p3p4 share at least one point. */
function segmentsIntersect(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  x3: number,
  y3: number,
  x4: number,
  y4: number,
): boolean {
  const d1 = orient(x3, y3, x4, y4, x1, y1);
  const d2 = orient(x3, y3, x4, y4, x2, y2);
  const d3 = orient(x1, y1, x2, y2, x3, y3);
  const d4 = orient(x1, y1, x2, y2, x4, y4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    return true;
  }
  return (
    (d1 === 0 && onSegment(x3, y3, x4, y4, x1, y1)) ||
    (d2 === 0 && onSegment(x3, y3, x4, y4, x2, y2)) ||
    (d3 === 0 && onSegment(x1, y1, x2, y2, x3, y3)) ||
    (d4 === 0 && onSegment(x1, y1, x2, y2, x4, y4))
  );
}

/**
 * Whether a closed ring is not simple: two of its edges that are not consecutive touch or
 * cross, or two consecutive edges fold back onto each other. Brute force over the pairs of
 * edges, O(n²) for n edges, with exact orientation predicates on the coordinates (the
 * classic segment-intersection test, Cormen, Leiserson, Rivest & Stein, "Introduction to
 * Algorithms", 3rd ed., MIT Press 2009, §33.1) — building rings have tens of vertices.
 * A repeated vertex (zero-length edge) counts as a touch.
 * @param ring flat coordinates `[x0, y0, x1, y1, …]`, closed (last vertex = first) [any planar units]
 * @returns the index of the first offending edge pair as `[i, j]` (edge i runs from vertex i
 *   to i + 1), or null for a simple ring
 * @example ringSelfIntersection(new Float64Array([0, 0, 2, 2, 2, 0, 0, 2, 0, 0])) // [0, 2]: a bow tie
 */
export function ringSelfIntersection(ring: Float64Array): [number, number] | null {
  const edges = ring.length / 2 - 1;
  for (let i = 0; i < edges; i++) {
    const x1 = ring[2 * i];
    const y1 = ring[2 * i + 1];
    const x2 = ring[2 * i + 2];
    const y2 = ring[2 * i + 3];
    if (x1 === x2 && y1 === y2) return [i, i];
    for (let j = i + 1; j < edges; j++) {
      const x3 = ring[2 * j];
      const y3 = ring[2 * j + 1];
      const x4 = ring[2 * j + 2];
      const y4 = ring[2 * j + 3];
      const adjacent = j === i + 1 || (i === 0 && j === edges - 1);
      if (adjacent) {
        // Consecutive edges share one vertex; they are wrong only if they overlap (fold back).
        const [sx, sy, ax, ay, bx, by] = j === i + 1 ? [x2, y2, x1, y1, x4, y4] : [x1, y1, x2, y2, x3, y3];
        if (orient(sx, sy, ax, ay, bx, by) === 0 && (ax - sx) * (bx - sx) + (ay - sy) * (by - sy) > 0) {
          return [i, j];
        }
      } else if (segmentsIntersect(x1, y1, x2, y2, x3, y3, x4, y4)) {
        return [i, j];
      }
    }
  }
  return null;
}
