import { describe, expect, it } from 'vitest';
import { planeElevationM } from './plane.js';
import { generateTown } from './town.js';
import { canopyElevationM } from './trees.js';

const town = generateTown();
const { width, height, geo } = town.frame;

type Ring = readonly (readonly [number, number])[];

/** Even–odd ray casting (W. R. Franklin, "PNPOLY – Point Inclusion in Polygon Test", 1970s/2006). */
function insideRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToRingEdgesM(ring: Ring, x: number, y: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax, ay] = ring[i];
    const [bx, by] = ring[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best;
}

/** One unit in the last place of a Float32 near |z| (IEEE 754 binary32: 24-bit significand). */
function float32UlpM(z: number): number {
  return 2 ** (Math.floor(Math.log2(Math.abs(z))) - 23);
}

/** Keep cell centres this far from any edge: ties on an edge are outside this test. */
const EDGE_MARGIN_M = 0.01;

function cellCentre(col: number, row: number): [number, number] {
  return [geo.originX + (col + 0.5) * geo.cellSizeX, geo.originY - (row + 0.5) * geo.cellSizeY];
}

function coveredByObstacleOrTree(x: number, y: number): boolean {
  for (const b of town.buildings) {
    for (const o of b.obstacles) {
      if (insideRing(o.ring, x, y) || distanceToRingEdgesM(o.ring, x, y) < EDGE_MARGIN_M) return true;
    }
  }
  return town.trees.some((t) => Math.hypot(x - t.x, y - t.y) < t.crownRadiusM + EDGE_MARGIN_M);
}

/** Cell centres strictly inside a ring (by the margin), not under an obstacle or a tree. */
function clearCellsInside(ring: Ring): [number, number, number][] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const c0 = Math.max(0, Math.floor((Math.min(...xs) - geo.originX) / geo.cellSizeX));
  const c1 = Math.min(width - 1, Math.floor((Math.max(...xs) - geo.originX) / geo.cellSizeX));
  const r0 = Math.max(0, Math.floor((geo.originY - Math.max(...ys)) / geo.cellSizeY));
  const r1 = Math.min(height - 1, Math.floor((geo.originY - Math.min(...ys)) / geo.cellSizeY));
  const out: [number, number, number][] = [];
  for (let row = r0; row <= r1; row++) {
    for (let col = c0; col <= c1; col++) {
      const [x, y] = cellCentre(col, row);
      if (!insideRing(ring, x, y) || distanceToRingEdgesM(ring, x, y) < EDGE_MARGIN_M) continue;
      if (coveredByObstacleOrTree(x, y)) continue;
      out.push([x, y, row * width + col]);
    }
  }
  return out;
}

describe('DSM agrees with the analytic truth', () => {
  it('every roof plane: each clear interior cell centre equals the plane equation (within 1 Float32 ulp)', () => {
    for (const b of town.buildings) {
      for (const p of b.planes) {
        const cells = clearCellsInside(p.ring);
        // At 0.5 m cells (0.25 m² each), the edge margin and obstacles cost less than half the
        // cells of the smallest plane (B18's hip triangles, 8 m × 4 m / 2 = 16 m² = 64 cells).
        expect(cells.length, p.id).toBeGreaterThanOrEqual((0.5 * p.groundAreaM2) / 0.25);
        for (const [x, y, i] of cells) {
          const z = planeElevationM(p.equation, x, y);
          expect(Math.abs(town.dsm[i] - z), `${p.id} at (${x}, ${y})`).toBeLessThanOrEqual(float32UlpM(z));
        }
      }
    }
  });

  it('every obstacle: its outline cells rise to its surface, above the roof', () => {
    for (const b of town.buildings) {
      for (const o of b.obstacles) {
        const cells = clearCellsInsideIgnoringObstacles(o.ring);
        expect(cells.length, o.id).toBeGreaterThanOrEqual(1);
        for (const [x, y, i] of cells) {
          const z = Math.min(...o.surface.map((s) => planeElevationM(s.equation, x, y)));
          const roof = Math.min(...b.planes.map((p) => planeElevationM(p.equation, x, y)));
          expect(z).toBeGreaterThan(roof);
          expect(Math.abs(town.dsm[i] - z), `${o.id} at (${x}, ${y})`).toBeLessThanOrEqual(float32UlpM(z));
        }
      }
    }
  });

  it('tree crowns: the crown surface wherever it is above everything else', () => {
    for (const t of town.trees) {
      let seen = 0;
      for (let row = 0; row < height; row++) {
        for (let col = 0; col < width; col++) {
          const [x, y] = cellCentre(col, row);
          const z = canopyElevationM(t, x, y);
          if (!(z > town.dtm[row * width + col] + 0.5)) continue;
          if (town.buildings.some((b) => insideRing(b.ring, x, y))) continue;
          expect(Math.abs(town.dsm[row * width + col] - z), t.id).toBeLessThanOrEqual(float32UlpM(z));
          seen++;
        }
      }
      // A crown of radius ≥ 3 m covers ≥ π·3² / 0.25 ≈ 113 cells; most lie over open ground.
      expect(seen, t.id).toBeGreaterThan(50);
    }
  });

  it('overhanging crowns rise above the roof of the building they overhang', () => {
    const overhanging = town.trees.filter((t) => t.overhangs.length > 0);
    expect(overhanging.map((t) => t.id)).toEqual(['T01', 'T02']);
    for (const t of overhanging) {
      const b = town.buildings.find((bb) => bb.id === t.overhangs[0]);
      if (!b) throw new Error(`no building ${t.overhangs[0]}`);
      let aboveRoof = 0;
      for (let row = 0; row < height; row++) {
        for (let col = 0; col < width; col++) {
          const [x, y] = cellCentre(col, row);
          if (!insideRing(b.ring, x, y)) continue;
          const roof = Math.min(...b.planes.map((p) => planeElevationM(p.equation, x, y)));
          if (canopyElevationM(t, x, y) > roof && town.dsm[row * width + col] > roof + 0.01) aboveRoof++;
        }
      }
      expect(aboveRoof, t.id).toBeGreaterThan(4);
    }
  });

  it('bare ground: the DSM equals the DTM away from buildings and trees', () => {
    let n = 0;
    for (let row = 0; row < height; row += 3) {
      for (let col = 0; col < width; col += 3) {
        const [x, y] = cellCentre(col, row);
        if (town.buildings.some((b) => insideRing(b.ring, x, y))) continue;
        if (town.trees.some((t) => Math.hypot(x - t.x, y - t.y) < t.crownRadiusM)) continue;
        const i = row * width + col;
        if (Number.isNaN(town.dtm[i])) continue;
        expect(town.dsm[i]).toBe(town.dtm[i]);
        n++;
      }
    }
    expect(n).toBeGreaterThan(10_000);
  });

  it('the nodata hole is NaN in both rasters, and only there', () => {
    const { x, y, radiusM } = town.nodataHole;
    let holeCells = 0;
    let mismatches = 0;
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const [cx, cy] = cellCentre(col, row);
        const inHole = Math.hypot(cx - x, cy - y) < radiusM;
        const i = row * width + col;
        if (Number.isNaN(town.dsm[i]) !== inHole || Number.isNaN(town.dtm[i]) !== inHole) mismatches++;
        if (inHole) holeCells++;
      }
    }
    expect(mismatches).toBe(0);
    // Quarter disc of radius 6 m: π·6²/4 / 0.25 m² ≈ 113 cells.
    expect(holeCells).toBeGreaterThan(100);
    expect(holeCells).toBeLessThan(125);
    expect(Number.isNaN(town.dsm[0])).toBe(true);
  });
});

/** Like clearCellsInside, but obstacles do not exclude (trees still do). */
function clearCellsInsideIgnoringObstacles(ring: Ring): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const [x, y] = cellCentre(col, row);
      if (!insideRing(ring, x, y) || distanceToRingEdgesM(ring, x, y) < EDGE_MARGIN_M) continue;
      if (town.trees.some((t) => Math.hypot(x - t.x, y - t.y) < t.crownRadiusM)) continue;
      out.push([x, y, row * width + col]);
    }
  }
  return out;
}
