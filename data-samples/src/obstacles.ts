import { snapToCellCentre, type TownFrame } from './frame.js';
import { type PlaneEquation, planeFacing } from './plane.js';
import { localToWorld, type OrientedRectangle, polygonRing, rectangleRing, signedAreaM2 } from './rectangle.js';
import { normaliseBearingDeg, type RoofPlaneTruth, type RoofType, roofElevationM, roofPlaneIndexAt } from './roofs.js';

/** Side of a chimney stack [m]. */
export const CHIMNEY_SIDE_M = 0.6;

/** Height of a chimney's flat top above the roof at its centre [m]. */
export const CHIMNEY_HEIGHT_M = 1;

/**
 * A roof obstacle, placed in the building's local frame (u along the ridge axis, v across,
 * metres from the footprint centre).
 */
export type ObstacleSpec =
  | { kind: 'chimney'; u: number; v: number }
  | { kind: 'hvac'; u: number; v: number; lengthM: number; widthM: number; heightM: number }
  | {
      kind: 'dormer';
      /** Centre line of the dormer along the ridge axis [m]. */
      u: number;
      /** Front wall position across the ridge [m]; its sign picks the roof plane (±v). */
      frontV: number;
      /** Width of the dormer along the ridge [m]. */
      widthM: number;
      /** Pitch of the dormer's own two-plane roof (ridge perpendicular to the main ridge) [deg]. */
      pitchDeg: number;
      /** Height of the dormer's eaves above the main roof at its front wall [m]. */
      wallHeightM: number;
    };

/** One plane of an obstacle's top surface. */
export interface ObstacleSurfacePlane {
  /** Tilt [deg]. */
  pitchDeg: number;
  /** Facing direction clockwise from north [deg]; `null` when flat. */
  azimuthDeg: number | null;
  /** Plane equation. */
  equation: PlaneEquation;
}

/** The truth of one roof obstacle. */
export interface ObstacleTruth {
  /** `<buildingId>-O<n>`. */
  id: string;
  /** chimney (0.6 m stack), hvac (rooftop plant box) or dormer (gabled dormer window). */
  kind: ObstacleSpec['kind'];
  /** The roof plane the obstacle stands on. */
  planeId: string;
  /**
   * Rectangle over which the DSM is max(roof, obstacle surface); the obstacle rises above
   * the roof exactly over `ring`.
   */
  region: OrientedRectangle;
  /** Outline of the part that rises above the roof, closed counter-clockwise ring [m, EPSG:2154]. */
  ring: [number, number][];
  /** Horizontal area of `ring` [m²]. */
  groundAreaM2: number;
  /** Highest elevation of the obstacle [m]. */
  topElevationM: number;
  /**
   * Height of the top above the roof below its reference point (chimney and hvac: the
   * centre; dormer: the front end of its ridge) [m].
   */
  heightAboveRoofM: number;
  /** Top surface: the lowest of these planes over `region`. */
  surface: ObstacleSurfacePlane[];
}

/** What an obstacle needs to know of the building it stands on. */
export interface ObstacleHost {
  id: string;
  footprint: OrientedRectangle;
  roofType: RoofType;
  pitchDeg: number;
  planes: readonly RoofPlaneTruth[];
}

/**
 * The analytic truth of a roof obstacle. Chimneys and hvac boxes are centred on the cell
 * centre nearest their nominal position, so that every one is seen by the 0.5 m DSM.
 * A dormer's visible outline is the pentagon bounded by its front wall, its side walls up to
 * where its eaves meet the roof, and the two lines where its roof planes meet the main roof.
 * @param host the building
 * @param spec the obstacle, in the building's local frame
 * @param index 0-based position of the obstacle on the building (names it)
 * @param frame the DSM grid (for snapping)
 * @returns the obstacle's truth
 * @example obstacleTruth(host, { kind: 'chimney', u: 3, v: -2.5 }, 0, TOWN_FRAME);
 */
export function obstacleTruth(host: ObstacleHost, spec: ObstacleSpec, index: number, frame: TownFrame): ObstacleTruth {
  const id = `${host.id}-O${index + 1}`;
  const axis = host.footprint.axisBearingDeg;
  if (spec.kind === 'dormer') return dormerTruth(host, spec, id);
  const [nx, ny] = localToWorld(host.footprint, spec.u, spec.v);
  const [cx, cy] = snapToCellCentre(frame, nx, ny);
  const isChimney = spec.kind === 'chimney';
  const region: OrientedRectangle = {
    centreX: cx,
    centreY: cy,
    axisBearingDeg: axis,
    halfLengthM: (isChimney ? CHIMNEY_SIDE_M : spec.lengthM) / 2,
    halfWidthM: (isChimney ? CHIMNEY_SIDE_M : spec.widthM) / 2,
  };
  const height = isChimney ? CHIMNEY_HEIGHT_M : spec.heightM;
  const roofZ = roofElevationM(host.planes, cx, cy);
  const ring = rectangleRing(region);
  return {
    id,
    kind: spec.kind,
    planeId: host.planes[roofPlaneIndexAt(host.planes, cx, cy)].id,
    region,
    ring,
    groundAreaM2: 4 * region.halfLengthM * region.halfWidthM,
    topElevationM: roofZ + height,
    heightAboveRoofM: height,
    surface: [{ pitchDeg: 0, azimuthDeg: null, equation: planeFacing(0, 0, cx, cy, roofZ + height) }],
  };
}

function dormerTruth(host: ObstacleHost, spec: Extract<ObstacleSpec, { kind: 'dormer' }>, id: string): ObstacleTruth {
  if (host.roofType !== 'gable') {
    throw new RangeError(`dormer ${id}: dormers are placed on gable roofs, ${host.id} is ${host.roofType}`);
  }
  const tanRoof = Math.tan((host.pitchDeg * Math.PI) / 180);
  const tanDormer = Math.tan((spec.pitchDeg * Math.PI) / 180);
  const side = Math.sign(spec.frontV);
  const front = Math.abs(spec.frontV);
  const halfW = spec.widthM / 2;
  // Distances from the ridge where the main roof reaches the dormer's eaves and ridge.
  const sideBack = front - spec.wallHeightM / tanRoof;
  const ridgeBack = front - (spec.wallHeightM + tanDormer * halfW) / tanRoof;
  if (!(front < host.footprint.halfWidthM && ridgeBack > 0)) {
    throw new RangeError(`dormer ${id} does not fit between the eaves and the ridge of ${host.id}`);
  }
  const [fx, fy] = localToWorld(host.footprint, spec.u, spec.frontV);
  const roofAtFront = roofElevationM(host.planes, fx, fy);
  const ridgeZ = roofAtFront + spec.wallHeightM + tanDormer * halfW;
  const axis = host.footprint.axisBearingDeg;
  const [rx, ry] = localToWorld(host.footprint, spec.u, (side * (front + ridgeBack)) / 2);
  const region: OrientedRectangle = {
    centreX: rx,
    centreY: ry,
    axisBearingDeg: axis,
    halfLengthM: halfW,
    halfWidthM: (front - ridgeBack) / 2,
  };
  const outline: [number, number][] = [
    [spec.u - halfW, side * front],
    [spec.u + halfW, side * front],
    [spec.u + halfW, side * sideBack],
    [spec.u, side * ridgeBack],
    [spec.u - halfW, side * sideBack],
  ];
  const ring = polygonRing(host.footprint, outline);
  const surface = [0, 180].map((offset) => {
    const azimuthDeg = normaliseBearingDeg(axis + offset);
    return {
      pitchDeg: spec.pitchDeg,
      azimuthDeg,
      equation: planeFacing(spec.pitchDeg, azimuthDeg, fx, fy, ridgeZ),
    };
  });
  return {
    id,
    kind: 'dormer',
    planeId: host.planes[roofPlaneIndexAt(host.planes, fx, fy)].id,
    region,
    ring,
    groundAreaM2: Math.abs(signedAreaM2(outline)),
    topElevationM: ridgeZ,
    heightAboveRoofM: ridgeZ - roofAtFront,
    surface,
  };
}
