import type { TownFrame } from './frame.js';
import { type ObstacleSpec, type ObstacleTruth, obstacleTruth } from './obstacles.js';
import { type OrientedRectangle, rectangleRing } from './rectangle.js';
import { type RoofPlaneTruth, type RoofType, roofPlanes } from './roofs.js';
import { groundElevationM, type TerrainModel } from './terrain.js';

/** A building as laid out: a rectangular footprint, a roof shape and its obstacles. */
export interface BuildingSpec {
  /** `B01`, `B02`, … */
  id: string;
  roofType: RoofType;
  /** Footprint; its u axis carries the ridge, a shed roof faces axis + 90° [m, EPSG:2154]. */
  footprint: OrientedRectangle;
  /** Height of the eaves above the building's base [m]. */
  eaveHeightM: number;
  /** Pitch of every roof plane [deg]; 0 for flat roofs. */
  pitchDeg: number;
  /** Chimneys, rooftop boxes and dormers, in the footprint's local frame. */
  obstacles: readonly ObstacleSpec[];
}

/** The analytic truth of a building. */
export interface BuildingTruth {
  id: string;
  roofType: RoofType;
  /** The footprint rectangle [m, EPSG:2154]. */
  footprint: OrientedRectangle;
  /** Footprint outline, closed counter-clockwise ring [m, EPSG:2154]. */
  ring: [number, number][];
  /** Footprint area [m²]. */
  footprintAreaM2: number;
  /** Ground elevation at the footprint centre, where the heights are measured from [m]. */
  baseElevationM: number;
  /** Eave height above the base [m]. */
  eaveHeightM: number;
  /** Highest roof point above the base (the eaves for flat roofs, the high eave for sheds) [m]. */
  ridgeHeightM: number;
  /** Roof planes. */
  planes: RoofPlaneTruth[];
  /** Roof obstacles. */
  obstacles: ObstacleTruth[];
}

/**
 * Resolve a laid-out building on the terrain into its analytic truth: base elevation,
 * roof planes and obstacles. Walls are vertical; the roof has no overhang.
 * @param spec the building as laid out
 * @param terrain the ground model (the base is the ground at the footprint centre)
 * @param frame the DSM grid (obstacles are snapped to its cell centres)
 * @returns the building's truth [m, EPSG:2154]
 * @example buildingTruth(TOWN_BUILDINGS[0], TOWN_TERRAIN, TOWN_FRAME);
 */
export function buildingTruth(spec: BuildingSpec, terrain: TerrainModel, frame: TownFrame): BuildingTruth {
  const { footprint } = spec;
  const baseElevationM = groundElevationM(terrain, footprint.centreX, footprint.centreY);
  const eaveElevationM = baseElevationM + spec.eaveHeightM;
  const planes = roofPlanes(spec.id, spec.roofType, footprint, eaveElevationM, spec.pitchDeg);
  const tanPitch = Math.tan((spec.pitchDeg * Math.PI) / 180);
  const rise = spec.roofType === 'flat' ? 0 : tanPitch * (spec.roofType === 'shed' ? 2 : 1) * footprint.halfWidthM;
  const ring = rectangleRing(footprint);
  const host = { id: spec.id, footprint, roofType: spec.roofType, pitchDeg: spec.pitchDeg, planes };
  return {
    id: spec.id,
    roofType: spec.roofType,
    footprint,
    ring,
    footprintAreaM2: 4 * footprint.halfLengthM * footprint.halfWidthM,
    baseElevationM,
    eaveHeightM: spec.eaveHeightM,
    ridgeHeightM: spec.eaveHeightM + rise,
    planes,
    obstacles: spec.obstacles.map((o, i) => obstacleTruth(host, o, i, frame)),
  };
}
