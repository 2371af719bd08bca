import type { GeoRef } from '../raster/grid.js';
import { ringContains } from './cellCoverage.js';

/** A polygon: one outer ring (counter-clockwise) and its holes (clockwise), closed, flat `[x0, y0, …]`. */
export interface OutlinePolygon {
  outer: Float64Array;
  holes: Float64Array[];
}

/** A window of a grid in cells, inclusive bounds. */
export interface CellWindow {
  colMin: number;
  rowMin: number;
  colMax: number;
  rowMax: number;
}

/** Directions of boundary edges: 0 east, 1 north, 2 west, 3 south (world, y up). */
const STEP_X = [1, 0, -1, 0];
const STEP_Y = [0, -1, 0, 1]; // in vertex rows (down = south)

/**
 * Outline of the cells of a grid that hold one label, as polygons along cell edges.
 *
 * Boundary tracing: every cell side between a labelled cell and any other cell (or the grid
 * edge) is a directed edge with the region on its left; edges are chained head to tail into
 * closed rings — counter-clockwise outer rings and clockwise holes in map coordinates — and
 * only corners are kept (collinear vertices dropped). Where two labelled cells touch only at a
 * corner the chain turns left around the cell it follows, so regions are split into 4-connected parts and rings never
 * touch themselves (OGC-valid polygons). Holes go to the smallest outer ring containing them.
 * The staircase can then be smoothed with {@link simplifyRing} (Douglas–Peucker).
 *
 * Reference: the crack-following contour of a binary region, Rosenfeld & Kak, "Digital
 * Picture Processing", 2nd ed., vol. 2, Academic Press 1982, §11.2 (border following on the
 * cracks between pixels).
 *
 * @param labels label of every cell, row-major, row 0 = north
 * @param width grid width [cells]
 * @param label the label to outline
 * @param window cells to look at (the region's bounding box), inclusive
 * @param geo georeferencing, for coordinates [CRS units]
 * @returns polygons in CRS coordinates, rings closed
 * @example
 * const polygons = traceCellOutlines(seg.planeOfCell, dsm.width, 0, { colMin: 10, rowMin: 10, colMax: 40, rowMax: 30 }, dsm.geo);
 */
export function traceCellOutlines(
  labels: Int32Array,
  width: number,
  label: number,
  window: CellWindow,
  geo: GeoRef,
): OutlinePolygon[] {
  const { colMin, rowMin, colMax, rowMax } = window;
  const w = colMax - colMin + 1;
  const h = rowMax - rowMin + 1;
  const vw = w + 1;
  // Outgoing edge directions per vertex, as a 4-bit set.
  const out = new Uint8Array(vw * (h + 1));
  const inside = (c: number, r: number): boolean =>
    c >= colMin && c <= colMax && r >= rowMin && r <= rowMax && labels[r * width + c] === label;
  for (let r = rowMin; r <= rowMax; r++) {
    for (let c = colMin; c <= colMax; c++) {
      if (labels[r * width + c] !== label) continue;
      const vc = c - colMin;
      const vr = r - rowMin;
      // Region on the left: south side runs east, east side north, north side west, west side south.
      if (!inside(c, r + 1)) out[(vr + 1) * vw + vc] |= 1 << 0;
      if (!inside(c + 1, r)) out[(vr + 1) * vw + vc + 1] |= 1 << 1;
      if (!inside(c, r - 1)) out[vr * vw + vc + 1] |= 1 << 2;
      if (!inside(c - 1, r)) out[vr * vw + vc] |= 1 << 3;
    }
  }
  const outers: Float64Array[] = [];
  const holes: Float64Array[] = [];
  const xs: number[] = [];
  for (let start = 0; start < out.length; start++) {
    while (out[start] !== 0) {
      xs.length = 0;
      let v = start;
      const firstDir = 31 - Math.clz32(out[start]);
      let dir = firstDir;
      let previous = -1;
      for (;;) {
        out[v] &= ~(1 << dir);
        if (dir !== previous) xs.push(v % vw, Math.floor(v / vw));
        previous = dir;
        v += STEP_X[dir] + STEP_Y[dir] * vw;
        if (v === start) break;
        const options = out[v];
        // Prefer a left turn (hugging the cell just passed), then straight on, then right.
        const right = (dir + 3) % 4;
        const left = (dir + 1) % 4;
        dir = options & (1 << left) ? left : options & (1 << dir) ? dir : right;
      }
      // The start vertex is not a corner when the ring comes back in its first direction.
      if (previous === firstDir) xs.splice(0, 2);
      const ring = toRing(xs, colMin, rowMin, geo);
      if (signedArea(ring) > 0) outers.push(ring);
      else holes.push(ring);
    }
  }
  const polygons: OutlinePolygon[] = outers.map((outer) => ({ outer, holes: [] }));
  for (const hole of holes) {
    let best = -1;
    let bestArea = Infinity;
    for (let i = 0; i < outers.length; i++) {
      const area = signedArea(outers[i]);
      if (area < bestArea && ringContains(outers[i], (hole[0] + hole[2]) / 2, (hole[1] + hole[3]) / 2)) {
        best = i;
        bestArea = area;
      }
    }
    if (best >= 0) polygons[best].holes.push(hole);
  }
  return polygons;
}

/** Closed ring in CRS coordinates from vertex indices relative to the window. */
function toRing(vertices: number[], colMin: number, rowMin: number, geo: GeoRef): Float64Array {
  const n = vertices.length / 2;
  const ring = new Float64Array(2 * n + 2);
  for (let i = 0; i < n; i++) {
    ring[2 * i] = geo.originX + (vertices[2 * i] + colMin) * geo.cellSizeX;
    ring[2 * i + 1] = geo.originY - (vertices[2 * i + 1] + rowMin) * geo.cellSizeY;
  }
  ring[2 * n] = ring[0];
  ring[2 * n + 1] = ring[1];
  return ring;
}

/** Signed shoelace area of a closed ring: > 0 counter-clockwise [units²]. */
function signedArea(ring: Float64Array): number {
  let a2 = 0;
  for (let i = 0; i + 3 < ring.length; i += 2) a2 += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
  return a2 / 2;
}
