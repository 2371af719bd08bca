import { type PlaneEquation, planeElevationM, planeFacing, reanchorPlane } from './plane.js';
import { localToWorld, type OrientedRectangle, polygonRing, signedAreaM2 } from './rectangle.js';

/** Roof shapes of the synthetic town. */
export type RoofType = 'gable' | 'hipped' | 'shed' | 'flat';

/** One analytic roof plane: the truth a roof segmentation must find. */
export interface RoofPlaneTruth {
  /** `<buildingId>-P<n>`. */
  id: string;
  /** Tilt from the horizontal [deg]. */
  pitchDeg: number;
  /** Direction the plane faces (downhill), clockwise from north [deg], 0 ≤ a < 360; `null` when flat. */
  azimuthDeg: number | null;
  /** Horizontal projection of the plane's polygon [m²]. */
  groundAreaM2: number;
  /** True (inclined) area of the plane, groundAreaM2 / cos(pitch) [m²]. */
  areaM2: number;
  /** Outline of the plane seen from above, closed counter-clockwise ring [m, EPSG:2154]. */
  ring: [number, number][];
  /** The plane's equation, anchored at the mean of its polygon's vertices (inside the polygon). */
  equation: PlaneEquation;
}

/** Local outline (u, v) [m], facing azimuth relative to the building axis [deg] and eave point of a plane. */
interface LocalPlane {
  outline: [number, number][];
  facingOffsetDeg: number;
  eaveU: number;
  eaveV: number;
}

/**
 * Normalise a bearing to [0, 360).
 * @param deg any angle [deg]
 * @returns the same direction in [0, 360) [deg]
 * @example normaliseBearingDeg(-90); // 270
 */
export function normaliseBearingDeg(deg: number): number {
  const r = deg % 360;
  return r < 0 ? r + 360 : r;
}

/** Roof planes of each type in the building's local frame (half length l ≥ half width w). */
function localPlanes(roofType: RoofType, l: number, w: number): LocalPlane[] {
  const whole: [number, number][] = [
    [-l, -w],
    [l, -w],
    [l, w],
    [-l, w],
  ];
  switch (roofType) {
    case 'flat':
      return [{ outline: whole, facingOffsetDeg: 0, eaveU: 0, eaveV: 0 }];
    case 'shed':
      return [{ outline: whole, facingOffsetDeg: 90, eaveU: 0, eaveV: w }];
    case 'gable':
      return [
        {
          outline: [
            [-l, 0],
            [l, 0],
            [l, w],
            [-l, w],
          ],
          facingOffsetDeg: 90,
          eaveU: 0,
          eaveV: w,
        },
        {
          outline: [
            [-l, -w],
            [l, -w],
            [l, 0],
            [-l, 0],
          ],
          facingOffsetDeg: 270,
          eaveU: 0,
          eaveV: -w,
        },
      ];
    case 'hipped':
      if (l < w) throw new RangeError(`a hipped roof needs length ≥ width, got ${2 * l} < ${2 * w} m`);
      return [
        {
          outline: [
            [-l, w],
            [-l + w, 0],
            [l - w, 0],
            [l, w],
          ],
          facingOffsetDeg: 90,
          eaveU: 0,
          eaveV: w,
        },
        {
          outline: [
            [-l, -w],
            [l, -w],
            [l - w, 0],
            [-l + w, 0],
          ],
          facingOffsetDeg: 270,
          eaveU: 0,
          eaveV: -w,
        },
        {
          outline: [
            [l, -w],
            [l, w],
            [l - w, 0],
          ],
          facingOffsetDeg: 0,
          eaveU: l,
          eaveV: 0,
        },
        {
          outline: [
            [-l, -w],
            [-l + w, 0],
            [-l, w],
          ],
          facingOffsetDeg: 180,
          eaveU: -l,
          eaveV: 0,
        },
      ];
    default:
      throw new RangeError(`unknown roof type ${String(roofType)}`);
  }
}

/**
 * The analytic planes of a roof over a rectangular footprint whose eaves all lie at one
 * elevation. The footprint's u axis is the ridge (gable, hipped: equal pitch on every
 * side, ridge length = length − width); a shed roof faces the footprint's +v direction
 * (axis + 90°). Over the footprint the roof surface is the minimum of its planes.
 * @param buildingId id used to name the planes
 * @param roofType shape of the roof
 * @param footprint the building's footprint [m, EPSG:2154]
 * @param eaveElevationM elevation of the eaves [m]
 * @param pitchDeg tilt of every pitched plane [deg] (ignored for flat roofs)
 * @returns the planes, in order: +v, −v, +u end, −u end (as the type has them)
 * @example roofPlanes('B01', 'gable', rect, 180, 30);
 */
export function roofPlanes(
  buildingId: string,
  roofType: RoofType,
  footprint: OrientedRectangle,
  eaveElevationM: number,
  pitchDeg: number,
): RoofPlaneTruth[] {
  const pitch = roofType === 'flat' ? 0 : pitchDeg;
  if (roofType !== 'flat' && !(pitch > 0)) {
    throw new RangeError(`a ${roofType} roof needs a pitch > 0, got ${pitchDeg}° on ${buildingId}`);
  }
  const cosPitch = Math.cos((pitch * Math.PI) / 180);
  return localPlanes(roofType, footprint.halfLengthM, footprint.halfWidthM).map((lp, k) => {
    const ring = polygonRing(footprint, lp.outline);
    const facing = normaliseBearingDeg(footprint.axisBearingDeg + lp.facingOffsetDeg);
    const eave = localToWorld(footprint, lp.eaveU, lp.eaveV);
    const plane = planeFacing(pitch, facing, eave[0], eave[1], eaveElevationM);
    const open = ring.length - 1;
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < open; i++) {
      sx += ring[i][0];
      sy += ring[i][1];
    }
    // From the local outline: exact, free of the rounding of Lambert-93 magnitudes.
    const groundAreaM2 = Math.abs(signedAreaM2(lp.outline));
    return {
      id: `${buildingId}-P${k + 1}`,
      pitchDeg: pitch,
      azimuthDeg: roofType === 'flat' ? null : facing,
      groundAreaM2,
      areaM2: groundAreaM2 / cosPitch,
      ring,
      equation: reanchorPlane(plane, sx / open, sy / open),
    };
  });
}

/**
 * The roof plane over a point of the footprint: the lowest of the roof's planes there
 * (a gable or hipped roof is the lower envelope of its planes).
 * @param planes the roof's planes
 * @param x [m, EPSG:2154]
 * @param y [m, EPSG:2154]
 * @returns index into `planes`
 * @example roofPlaneIndexAt(building.planes, 631230, 6314650);
 */
export function roofPlaneIndexAt(planes: readonly RoofPlaneTruth[], x: number, y: number): number {
  let best = 0;
  let bestZ = Number.POSITIVE_INFINITY;
  for (let k = 0; k < planes.length; k++) {
    const z = planeElevationM(planes[k].equation, x, y);
    if (z < bestZ) {
      bestZ = z;
      best = k;
    }
  }
  return best;
}

/**
 * Elevation of a roof at a point of its footprint (the lower envelope of its planes).
 * @param planes the roof's planes
 * @param x [m, EPSG:2154]
 * @param y [m, EPSG:2154]
 * @returns z [m]
 * @example roofElevationM(building.planes, 631230, 6314650);
 */
export function roofElevationM(planes: readonly RoofPlaneTruth[], x: number, y: number): number {
  return planeElevationM(planes[roofPlaneIndexAt(planes, x, y)].equation, x, y);
}
