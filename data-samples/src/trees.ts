import type { BuildingTruth } from './buildings.js';
import { distanceToRectangleM } from './rectangle.js';
import { groundElevationM, type TerrainModel } from './terrain.js';

/** A tree with a rounded crown: the upper half of an ellipsoid of revolution. */
export interface TreeTruth {
  /** `T01`, `T02`, … */
  id: string;
  /** Trunk position x [m, EPSG:2154]. */
  x: number;
  /** Trunk position y [m, EPSG:2154]. */
  y: number;
  /** Ground elevation at the trunk [m]. */
  groundElevationM: number;
  /** Height of the crown top above the ground at the trunk [m]. */
  heightM: number;
  /** Horizontal radius of the crown [m]. */
  crownRadiusM: number;
  /** Vertical semi-axis of the crown: its edge is this much below the top [m]. */
  crownDepthM: number;
  /** Buildings whose footprint the crown overhangs. */
  overhangs: string[];
}

/** A tree as laid out, before it is put on the ground. */
export type TreeSpec = Omit<TreeTruth, 'groundElevationM' | 'overhangs'>;

/**
 * Elevation of a tree crown's upper surface at a point:
 * z = ground + H − D + D·√(1 − r²/R²) for r < R.
 * @param tree the tree
 * @param x [m, EPSG:2154]
 * @param y [m, EPSG:2154]
 * @returns z [m], or NaN outside the crown (r ≥ R)
 * @example canopyElevationM(tree, tree.x, tree.y); // ground + height
 */
export function canopyElevationM(tree: TreeTruth, x: number, y: number): number {
  const dx = x - tree.x;
  const dy = y - tree.y;
  const q = (dx * dx + dy * dy) / (tree.crownRadiusM * tree.crownRadiusM);
  if (q >= 1) return Number.NaN;
  return tree.groundElevationM + tree.heightM - tree.crownDepthM * (1 - Math.sqrt(1 - q));
}

/**
 * Put a laid-out tree on the terrain and list the buildings its crown overhangs (crown disc
 * closer to the footprint than its radius).
 * @param spec the tree as laid out
 * @param terrain the ground model
 * @param buildings the buildings of the town
 * @returns the tree's truth
 * @example treeTruth({ id: 'T01', x, y, heightM: 11, crownRadiusM: 5, crownDepthM: 4 }, TOWN_TERRAIN, []);
 */
export function treeTruth(spec: TreeSpec, terrain: TerrainModel, buildings: readonly BuildingTruth[]): TreeTruth {
  if (!(spec.crownDepthM > 0 && spec.crownDepthM < spec.heightM && spec.crownRadiusM > 0)) {
    throw new RangeError(`tree ${spec.id}: need 0 < crown depth < height and a crown radius > 0`);
  }
  const overhangs = buildings
    .filter((b) => distanceToRectangleM(b.footprint, spec.x, spec.y) < spec.crownRadiusM)
    .map((b) => b.id);
  return { ...spec, groundElevationM: groundElevationM(terrain, spec.x, spec.y), overhangs };
}
