/**
 * Oriented rectangles in a projected CRS: the footprints of buildings, chimneys,
 * roof boxes and dormers. Local axes: `u` along the bearing `axisBearingDeg`
 * (clockwise from north), `v` along `axisBearingDeg + 90°`.
 */
export interface OrientedRectangle {
  /** Centre x [m]. */
  centreX: number;
  /** Centre y [m]. */
  centreY: number;
  /** Bearing of the u axis, clockwise from north [deg]. */
  axisBearingDeg: number;
  /** Half extent along u [m], > 0. */
  halfLengthM: number;
  /** Half extent along v [m], > 0. */
  halfWidthM: number;
}

/** Unit vectors of a rectangle's local axes in (east, north) components. */
export interface LocalAxes {
  /** u axis: (sin θ, cos θ). */
  ux: number;
  uy: number;
  /** v axis, u turned 90° clockwise: (cos θ, −sin θ). */
  vx: number;
  vy: number;
}

/**
 * Unit vectors of the local axes of a bearing.
 * @param axisBearingDeg bearing of the u axis, clockwise from north [deg]
 * @returns the (east, north) components of u and v
 * @example localAxes(90); // u east, v south
 */
export function localAxes(axisBearingDeg: number): LocalAxes {
  const t = (axisBearingDeg * Math.PI) / 180;
  const s = Math.sin(t);
  const c = Math.cos(t);
  return { ux: s, uy: c, vx: c, vy: -s };
}

/**
 * World coordinates of a point given in a rectangle's local frame.
 * @param rect the rectangle (its centre is the local origin)
 * @param u [m] along the u axis
 * @param v [m] along the v axis
 * @returns [x, y] [m]
 * @example localToWorld(rect, rect.halfLengthM, 0); // middle of the +u end
 */
export function localToWorld(rect: OrientedRectangle, u: number, v: number): [number, number] {
  const a = localAxes(rect.axisBearingDeg);
  return [rect.centreX + u * a.ux + v * a.vx, rect.centreY + u * a.uy + v * a.vy];
}

/**
 * Corners of a rectangle, counter-clockwise in (east, north), first corner repeated last
 * (a closed GeoJSON ring).
 * @param rect the rectangle
 * @returns five [x, y] points [m]
 * @example rectangleRing({ centreX: 0, centreY: 0, axisBearingDeg: 0, halfLengthM: 2, halfWidthM: 1 });
 */
export function rectangleRing(rect: OrientedRectangle): [number, number][] {
  const l = rect.halfLengthM;
  const w = rect.halfWidthM;
  return polygonRing(rect, [
    [-l, -w],
    [l, -w],
    [l, w],
    [-l, w],
  ]);
}

/**
 * A polygon given by local (u, v) vertices, turned into a closed counter-clockwise
 * world ring.
 * @param rect the frame the vertices are given in
 * @param localVertices open list of (u, v) vertices [m]
 * @returns closed ring of [x, y] [m], counter-clockwise in (east, north)
 * @example polygonRing(rect, [[0, 0], [1, 0], [0, 1]]);
 */
export function polygonRing(
  rect: OrientedRectangle,
  localVertices: readonly (readonly [number, number])[],
): [number, number][] {
  const ring = localVertices.map(([u, v]) => localToWorld(rect, u, v));
  if (signedAreaM2(ring) < 0) ring.reverse();
  ring.push([ring[0][0], ring[0][1]]);
  return ring;
}

/**
 * Signed area of a polygon by the shoelace formula: positive when counter-clockwise in
 * (east, north). The ring may be open or closed.
 * @param ring vertices [x, y] [m]
 * @returns area [m²]
 * @example signedAreaM2([[0, 0], [2, 0], [2, 1], [0, 1]]); // 2
 */
export function signedAreaM2(ring: readonly (readonly [number, number])[]): number {
  const n = ring.length;
  if (n < 3) return 0;
  // Relative to the first vertex, to keep Lambert-93 magnitudes out of the products.
  const x0 = ring[0][0];
  const y0 = ring[0][1];
  let twice = 0;
  for (let i = 0; i < n; i++) {
    const [xa, ya] = ring[i];
    const [xb, yb] = ring[(i + 1) % n];
    twice += (xa - x0) * (yb - y0) - (xb - x0) * (ya - y0);
  }
  return twice / 2;
}

/**
 * Whether a point lies inside (or on the edge of) a rectangle, with its axes precomputed
 * (allocation-free, for raster loops).
 * @param rect the rectangle
 * @param axes `localAxes(rect.axisBearingDeg)`
 * @param x [m]
 * @param y [m]
 * @returns true inside
 * @example rectangleContains(rect, localAxes(rect.axisBearingDeg), x, y);
 */
export function rectangleContains(rect: OrientedRectangle, axes: LocalAxes, x: number, y: number): boolean {
  const dx = x - rect.centreX;
  const dy = y - rect.centreY;
  return (
    Math.abs(dx * axes.ux + dy * axes.uy) <= rect.halfLengthM &&
    Math.abs(dx * axes.vx + dy * axes.vy) <= rect.halfWidthM
  );
}

/**
 * Distance from a point to a rectangle (0 inside).
 * @param rect the rectangle
 * @param x [m]
 * @param y [m]
 * @returns distance [m]
 * @example distanceToRectangleM(rect, rect.centreX, rect.centreY); // 0
 */
export function distanceToRectangleM(rect: OrientedRectangle, x: number, y: number): number {
  const a = localAxes(rect.axisBearingDeg);
  const dx = x - rect.centreX;
  const dy = y - rect.centreY;
  const u = Math.abs(dx * a.ux + dy * a.uy) - rect.halfLengthM;
  const v = Math.abs(dx * a.vx + dy * a.vy) - rect.halfWidthM;
  return Math.hypot(Math.max(u, 0), Math.max(v, 0));
}
