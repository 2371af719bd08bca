/**
 * Mixed edge cells on towns of analytic buildings: every expected count follows from the town's
 * layout (stated next to it); the z statistic is the pooled two-proportion one.
 */
import { describe, expect, it } from 'vitest';
import { findMixedEdgeCells } from './mixedEdgeCells.js';
import { segmentRoofPlanes } from './segmentRoofPlanes.js';

/**
 * A town of buildings in a row, building b `widths[b]` × `h` cells, one ground cell (0 m)
 * around each; `roof(b, row, col)` gives the height of cell (row, col) of building b [m].
 */
function townOf(widths: number[], h: number, roof: (b: number, row: number, col: number) => number) {
  const width = widths.reduce((sum, w) => sum + w + 1, 1);
  const height = h + 2;
  const data = new Float32Array(width * height);
  const buildingIds = new Int32Array(width * height);
  for (let b = 0, x0 = 1; b < widths.length; x0 += widths[b] + 1, b++) {
    for (let row = 0; row < h; row++) {
      for (let col = 0; col < widths[b]; col++) {
        const k = (row + 1) * width + x0 + col;
        data[k] = roof(b, row, col);
        buildingIds[k] = b + 1;
      }
    }
  }
  return { data, width, height, buildingIds };
}

/** {@link townOf} with `count` buildings of `w` columns. */
const town = (count: number, w: number, h: number, roof: (b: number, row: number, col: number) => number) =>
  townOf(new Array(count).fill(w), h, roof);

describe('findMixedEdgeCells', () => {
  it('finds the side whose edge cells read low, and masks those cells only', () => {
    // 20 flat roofs of 6 × 6 cells at 10 m; in 8 of them (b % 5 < 2) the east column reads
    // 9 m (roof and ground mixed). East: 20 × 6 = 120 flat-run edge cells, 48 low; west: 120,
    // none low. Pooled p = 48 / 240 = 0.2, se = √(0.2 · 0.8 · (1/120 + 1/120)) = 0.05164,
    // z = (0.4 − 0) / 0.05164 = 7.746. North and south: no low cell, no statistic.
    const t = town(20, 6, 6, (b, _row, col) => (b % 5 < 2 && col === 5 ? 9 : 10));
    const { sides, masked, maskedCells } = findMixedEdgeCells(
      t.data,
      t.width,
      t.height,
      t.buildingIds,
      0.15,
      0.25,
      3.29,
    );
    const east = sides[1];
    expect(east.side).toBe('east');
    expect(east.flatRunEdgeCells).toBe(120);
    expect(east.lowShare).toBeCloseTo(0.4, 12);
    expect(east.zScore).toBeCloseTo(0.4 / Math.sqrt(0.2 * 0.8 * (2 / 120)), 9);
    expect(sides.map((s) => s.mixed)).toEqual([false, true, false, false]);
    expect(sides[3].zScore).toBeCloseTo(-east.zScore, 9);
    expect(Number.isNaN(sides[0].zScore) && Number.isNaN(sides[2].zScore)).toBe(true);
    expect(maskedCells).toBe(48);
    expect(east.maskedCells).toBe(48);
    for (let k = 0; k < masked.length; k++) expect(masked[k]).toBe(t.data[k] === 9 ? 1 : 0);
  });

  it('does not read eaves as mixing: roofs that all slope east keep every cell', () => {
    // 20 sheds falling 0.5 m per cell eastwards: each east edge cell is 0.5 m below its inward
    // neighbour, but the two inward cells differ by 0.5 m too (no flat run), so no side has a
    // statistic and nothing is masked, whatever the roofs' common orientation.
    const t = town(20, 6, 6, (_b, _row, col) => 12 - 0.5 * col);
    const { sides, maskedCells } = findMixedEdgeCells(t.data, t.width, t.height, t.buildingIds, 0.15, 0.25, 3.29);
    expect(sides[1].flatRunEdgeCells).toBe(0);
    expect(sides.every((s) => !s.mixed)).toBe(true);
    expect(maskedCells).toBe(0);
  });

  it('decides nothing on fewer than 30 flat-run edge cells a side', () => {
    // 4 roofs × 6 rows = 24 east edge cells < 30, though every one of them reads low.
    const t = town(4, 6, 6, (_b, _row, col) => (col === 5 ? 9 : 10));
    const { sides, maskedCells } = findMixedEdgeCells(t.data, t.width, t.height, t.buildingIds, 0.15, 0.25, 3.29);
    expect(Number.isNaN(sides[1].zScore)).toBe(true);
    expect(maskedCells).toBe(0);
  });
});

describe('segmentRoofPlanes with mixed edge cells', () => {
  it('leaves out the low south row of sheds, which stay horizontal and keep their area', () => {
    // 12 sheds of 3 × 3 cells with the heights of Rotterdam shed …043540 (rows 2.5 / 2.4 /
    // 2.1–2.0 m; 3DBAG has its roof flat to the centimetre: the south row mixes roof and ground,
    // rooftop README), among 12 clean flat roofs of 6 × 3 cells at 2 m. South flat-run edge cells: 12 × 6 clean + 12 × 3 sheds = 108,
    // 36 low; north: 72 (the sheds' north runs cross the low row), none low; pooled p = 0.2,
    // z = (36/108) / √(0.2 · 0.8 · (1/108 + 1/72)) = 5.48 ≥ 3.29: south is mixed.
    const widths = [...new Array(12).fill(3), ...new Array(12).fill(6)];
    const t = townOf(widths, 3, (b, row, col) =>
      b >= 12
        ? 2
        : [
            [2.5, 2.5, 2.5],
            [2.4, 2.4, 2.4],
            [2.1, 2.0, 2.0],
          ][row][col],
    );
    const dsm = { ...t, geo: { originX: 0, originY: 0, cellSizeX: 1, cellSizeY: 1, epsg: null } };
    const options = {
      maxPlaneDistanceM: 0.25,
      planarResidualM: 0.15,
      maxNormalAngleDeg: 15,
      flatPitchDeg: 5,
      minPlaneAreaM2: 1,
    };
    const seg = segmentRoofPlanes({ dsm, buildingIds: t.buildingIds }, options);
    const south = seg.mixedEdges.sides[2];
    expect(south.zScore).toBeCloseTo(36 / 108 / Math.sqrt(0.2 * 0.8 * (1 / 108 + 1 / 72)), 9);
    expect(seg.mixedEdges.sides.filter((s) => s.mixed).map((s) => s.side)).toEqual(['south']);
    expect(seg.mixedEdges.maskedCells).toBe(12 * 3);
    expect(seg.planes.count).toBe(24);
    for (let p = 0; p < 24; p++) {
      const b = seg.planes.buildingId[p] - 1;
      // The two roof rows are within noise of their mean (rms 0.05 m ≤ 0.15 m): horizontal.
      expect(seg.planes.pitchDeg[p]).toBe(0);
      // A shed's masked row is an obstacle of its plane: its area counts, 3 × 3 m².
      expect(seg.planes.groundAreaM2[p]).toBeCloseTo(widths[b] * 3, 9);
    }
  });
});
