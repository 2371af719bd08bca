import type { BuildingTruth } from './buildings.js';
import type { TownFrame } from './frame.js';
import { type PlaneEquation, planeElevationM } from './plane.js';
import { localAxes, type OrientedRectangle, rectangleContains, rectangleRing } from './rectangle.js';
import { canopyElevationM, type TreeTruth } from './trees.js';

/** A prism with vertical walls over a rectangle, topped by the lower envelope of planes. */
export interface Solid {
  region: OrientedRectangle;
  planes: readonly PlaneEquation[];
}

/** A disc of missing data (NaN) in the DSM and DTM, to exercise nodata handling. */
export interface NodataHole {
  /** Centre x [m, EPSG:2154]. */
  x: number;
  /** Centre y [m, EPSG:2154]. */
  y: number;
  /** Radius [m]. */
  radiusM: number;
}

/** Inclusive cell index ranges of the cells whose centres may fall in a box. */
interface CellRange {
  colMin: number;
  colMax: number;
  rowMin: number;
  rowMax: number;
}

function cellRange(frame: TownFrame, xMin: number, xMax: number, yMin: number, yMax: number): CellRange {
  const { originX, originY, cellSizeX, cellSizeY } = frame.geo;
  return {
    colMin: Math.max(0, Math.floor((xMin - originX) / cellSizeX)),
    colMax: Math.min(frame.width - 1, Math.floor((xMax - originX) / cellSizeX)),
    rowMin: Math.max(0, Math.floor((originY - yMax) / cellSizeY)),
    rowMax: Math.min(frame.height - 1, Math.floor((originY - yMin) / cellSizeY)),
  };
}

/**
 * Raise a surface to a solid wherever the solid's top is higher, cell centre by cell centre:
 * z = max(z, min over planes) inside the solid's rectangle.
 * @param surface elevations [m], row-major, row 0 = north; updated in place
 * @param frame the grid of `surface`
 * @param solid the prism
 * @example burnSolid(dsm, TOWN_FRAME, { region: b.footprint, planes: b.planes.map((p) => p.equation) });
 */
export function burnSolid(surface: Float32Array, frame: TownFrame, solid: Solid): void {
  const ring = rectangleRing(solid.region);
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const r = cellRange(frame, Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys));
  const axes = localAxes(solid.region.axisBearingDeg);
  const { originX, originY, cellSizeX, cellSizeY } = frame.geo;
  const { planes } = solid;
  for (let row = r.rowMin; row <= r.rowMax; row++) {
    const y = originY - (row + 0.5) * cellSizeY;
    const offset = row * frame.width;
    for (let col = r.colMin; col <= r.colMax; col++) {
      const x = originX + (col + 0.5) * cellSizeX;
      if (!rectangleContains(solid.region, axes, x, y)) continue;
      let top = Number.POSITIVE_INFINITY;
      for (let k = 0; k < planes.length; k++) {
        const z = planeElevationM(planes[k], x, y);
        if (z < top) top = z;
      }
      if (top > surface[offset + col]) surface[offset + col] = top;
    }
  }
}

/**
 * Raise a surface to a tree's crown wherever the crown is higher.
 * @param surface elevations [m], row-major, row 0 = north; updated in place
 * @param frame the grid of `surface`
 * @param tree the tree
 * @example burnTree(dsm, TOWN_FRAME, tree);
 */
export function burnTree(surface: Float32Array, frame: TownFrame, tree: TreeTruth): void {
  const R = tree.crownRadiusM;
  const r = cellRange(frame, tree.x - R, tree.x + R, tree.y - R, tree.y + R);
  const { originX, originY, cellSizeX, cellSizeY } = frame.geo;
  for (let row = r.rowMin; row <= r.rowMax; row++) {
    const y = originY - (row + 0.5) * cellSizeY;
    const offset = row * frame.width;
    for (let col = r.colMin; col <= r.colMax; col++) {
      const z = canopyElevationM(tree, originX + (col + 0.5) * cellSizeX, y);
      if (z > surface[offset + col]) surface[offset + col] = z;
    }
  }
}

/**
 * Set to NaN (nodata) every cell whose centre lies in a disc.
 * @param grid values, row-major, row 0 = north; updated in place
 * @param frame the grid of `grid`
 * @param hole the disc
 * @example punchNodataHole(dsm, TOWN_FRAME, { x: 631200, y: 6314700, radiusM: 6 });
 */
export function punchNodataHole(grid: Float32Array, frame: TownFrame, hole: NodataHole): void {
  const R = hole.radiusM;
  const r = cellRange(frame, hole.x - R, hole.x + R, hole.y - R, hole.y + R);
  const { originX, originY, cellSizeX, cellSizeY } = frame.geo;
  for (let row = r.rowMin; row <= r.rowMax; row++) {
    const dy = originY - (row + 0.5) * cellSizeY - hole.y;
    for (let col = r.colMin; col <= r.colMax; col++) {
      const dx = originX + (col + 0.5) * cellSizeX - hole.x;
      if (dx * dx + dy * dy < R * R) grid[row * frame.width + col] = Number.NaN;
    }
  }
}

/**
 * The digital surface model: the ground raised to every building (roof planes over the
 * footprint, vertical walls), every roof obstacle and every tree crown, sampled at cell
 * centres.
 * @param ground the DTM [m], row-major, row 0 = north (not modified)
 * @param frame the grid
 * @param buildings the buildings with their obstacles
 * @param trees the trees
 * @returns the DSM [m]
 * @example const dsm = rasteriseSurface(dtm, TOWN_FRAME, buildings, trees);
 */
export function rasteriseSurface(
  ground: Float32Array,
  frame: TownFrame,
  buildings: readonly BuildingTruth[],
  trees: readonly TreeTruth[],
): Float32Array {
  const dsm = Float32Array.from(ground);
  for (const b of buildings) {
    burnSolid(dsm, frame, { region: b.footprint, planes: b.planes.map((p) => p.equation) });
    for (const o of b.obstacles) {
      burnSolid(dsm, frame, { region: o.region, planes: o.surface.map((s) => s.equation) });
    }
  }
  for (const t of trees) burnTree(dsm, frame, t);
  return dsm;
}
