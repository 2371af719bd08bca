import { describe, expect, it } from 'vitest';
import { simplifyRing } from './simplifyRing.js';
import { traceCellOutlines } from './traceCellOutlines.js';

const geo = { originX: 100, originY: 50, cellSizeX: 0.5, cellSizeY: 0.5, epsg: null };

/** Labels from a picture: one string per row, '1' = labelled. */
function picture(rows: string[]): { labels: Int32Array; width: number; height: number } {
  const width = rows[0].length;
  const labels = new Int32Array(width * rows.length);
  rows.forEach((line, r) => {
    for (let c = 0; c < width; c++) labels[r * width + c] = line[c] === '1' ? 1 : 0;
  });
  return { labels, width, height: rows.length };
}

function signedArea(ring: Float64Array): number {
  let a2 = 0;
  for (let i = 0; i + 3 < ring.length; i += 2) a2 += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
  return a2 / 2;
}

describe('traceCellOutlines', () => {
  it('outlines a square with a hole: CCW outer, CW hole, corners only, areas = cells × 0.25 m²', () => {
    const { labels, width, height } = picture([
      '0000000',
      '0111110',
      '0100010',
      '0101010',
      '0100010',
      '0111110',
      '0000000',
    ]);
    const polygons = traceCellOutlines(
      labels,
      width,
      1,
      { colMin: 0, rowMin: 0, colMax: width - 1, rowMax: height - 1 },
      geo,
    );
    // Two outer rings: the frame and the single cell in its hole (4-connected parts).
    expect(polygons).toHaveLength(2);
    const frame = polygons.find((p) => p.holes.length === 1);
    expect(frame?.outer.length).toBe(10); // 4 corners + closing vertex
    expect(signedArea(frame?.outer as Float64Array)).toBeCloseTo(25 * 0.25, 12);
    expect(signedArea(frame?.holes[0] as Float64Array)).toBeCloseTo(-9 * 0.25, 12);
    // Its corners are those of cells (1, 1) and (5, 5): x 100.5 … 103, y 47 … 49.5.
    const xs = Array.from(frame?.outer as Float64Array).filter((_, i) => i % 2 === 0);
    const ys = Array.from(frame?.outer as Float64Array).filter((_, i) => i % 2 === 1);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([100.5, 103, 47, 49.5]);
  });

  it('splits cells that touch only at a corner', () => {
    const { labels, width } = picture(['10', '01']);
    const polygons = traceCellOutlines(labels, width, 1, { colMin: 0, rowMin: 0, colMax: 1, rowMax: 1 }, geo);
    expect(polygons.map((p) => signedArea(p.outer))).toEqual([0.25, 0.25]);
  });
});

describe('simplifyRing', () => {
  it('drops staircase vertices within the tolerance and keeps the corners', () => {
    const stairs = new Float64Array([0, 0, 4, 0, 4, 1, 3, 1, 3, 2, 2, 2, 2, 3, 1, 3, 1, 4, 0, 4, 0, 0]);
    const simplified = simplifyRing(stairs, 0.75);
    // Split at (0, 0) and the farthest vertex (4, 1); (1, 4) is 0.6 from the chord (4, 1)–(0, 4).
    expect(Array.from(simplified)).toEqual([0, 0, 4, 0, 4, 1, 0, 4, 0, 0]);
    expect(simplifyRing(stairs, 0)).toBe(stairs);
  });
});
