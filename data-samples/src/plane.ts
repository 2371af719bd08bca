/**
 * A non-vertical plane z = z₀ + ∂z/∂x·(x − x₀) + ∂z/∂y·(y − y₀) in a projected CRS
 * (x east, y north, z up, metres): the analytic truth of a roof plane.
 */
export interface PlaneEquation {
  /** Reference point x [m]. */
  x0: number;
  /** Reference point y [m]. */
  y0: number;
  /** Elevation at the reference point [m]. */
  z0: number;
  /** Rise per metre eastwards [m/m]. */
  dzdx: number;
  /** Rise per metre northwards [m/m]. */
  dzdy: number;
}

/**
 * The plane of given pitch facing a given azimuth (its downhill direction) through a point.
 * Facing azimuth a and pitch β give ∇z = −tan β · (sin a, cos a).
 * @param pitchDeg tilt from the horizontal [deg], 0 ≤ β < 90
 * @param azimuthDeg direction the plane faces (downhill), clockwise from north [deg]
 * @param x0 a point of the plane, x [m]
 * @param y0 a point of the plane, y [m]
 * @param z0 its elevation [m]
 * @returns the plane equation with (x0, y0, z0) as reference point
 * @example planeFacing(30, 180, 0, 0, 10); // south-facing, rises 0.577 m per metre northwards
 */
export function planeFacing(pitchDeg: number, azimuthDeg: number, x0: number, y0: number, z0: number): PlaneEquation {
  if (!(pitchDeg >= 0 && pitchDeg < 90)) {
    throw new RangeError(`roof pitch must be in [0, 90) degrees, got ${pitchDeg}`);
  }
  const tanPitch = Math.tan((pitchDeg * Math.PI) / 180);
  const a = (azimuthDeg * Math.PI) / 180;
  return { x0, y0, z0, dzdx: -tanPitch * Math.sin(a), dzdy: -tanPitch * Math.cos(a) };
}

/**
 * Elevation of a plane at a point.
 * @param plane the plane
 * @param x [m]
 * @param y [m]
 * @returns z [m]
 * @example planeElevationM({ x0: 0, y0: 0, z0: 10, dzdx: 0, dzdy: 0.5 }, 0, 2); // 11
 */
export function planeElevationM(plane: PlaneEquation, x: number, y: number): number {
  return plane.z0 + plane.dzdx * (x - plane.x0) + plane.dzdy * (y - plane.y0);
}

/**
 * The same plane with another reference point (e.g. the centre of its roof polygon).
 * @param plane the plane
 * @param x0 new reference x [m]
 * @param y0 new reference y [m]
 * @returns the equation re-anchored at (x0, y0)
 * @example reanchorPlane(plane, 631250, 6314600);
 */
export function reanchorPlane(plane: PlaneEquation, x0: number, y0: number): PlaneEquation {
  return { x0, y0, z0: planeElevationM(plane, x0, y0), dzdx: plane.dzdx, dzdy: plane.dzdy };
}
