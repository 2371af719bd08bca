import { describe, expect, it } from 'vitest';
import { hornCellGradient, hornGradientRow, interiorGradientWithNodata } from './hornGradient.js';

// The reference here is hornCellGradient, the general gdaldem `-compute_edges` rule of
// hornGradient.ts (itself checked against shared/peers/horn64.py in
// test/terrain-reference.test.ts). The fast paths evaluate the same sums in the same order, so
// they must agree bit for bit.

/** A rough 9×7 surface with nodata cells in the interior, on an edge and side by side. */
function roughGrid(): { data: Float32Array; width: number; height: number } {
  const width = 9;
  const height = 7;
  const data = new Float32Array(width * height);
  for (let k = 0; k < data.length; k++) data[k] = 100 + ((k * 7919) % 97) / 10;
  for (const k of [0, 12, 13, 22, 31, 40, 44, 53]) data[k] = Number.NaN;
  return { data, width, height };
}

describe('Horn gradient fast paths', () => {
  const dsm = roughGrid();
  const { data, width, height } = dsm;
  const kx = 1 / (8 * 0.5);
  const ky = 1 / (8 * 0.7);

  it('interiorGradientWithNodata equals the general rule on every interior cell with a valid centre', () => {
    const refX = new Float64Array(width);
    const refY = new Float64Array(width);
    const outX = new Float64Array(1);
    const outY = new Float64Array(1);
    let checked = 0;
    for (let row = 1; row < height - 1; row++) {
      for (let col = 1; col < width - 1; col++) {
        if (Number.isNaN(data[row * width + col])) continue;
        hornCellGradient(data, width, height, row, col, kx, ky, refX, refY);
        interiorGradientWithNodata(data, width, row, col, kx, ky, outX, outY, 0);
        expect(outX[0]).toBe(refX[col]);
        expect(outY[0]).toBe(refY[col]);
        checked++;
      }
    }
    expect(checked).toBe(30); // 7 × 5 interior cells, 5 of them nodata
  });

  it('hornGradientRow equals the general rule on every cell, NaN where the centre is nodata', () => {
    const rowX = new Float64Array(width);
    const rowY = new Float64Array(width);
    const refX = new Float64Array(width);
    const refY = new Float64Array(width);
    for (let row = 0; row < height; row++) {
      hornGradientRow(dsm, row, 0.5, 0.7, rowX, rowY);
      for (let col = 0; col < width; col++) {
        hornCellGradient(data, width, height, row, col, kx, ky, refX, refY);
        expect(rowX[col]).toBe(refX[col]);
        expect(rowY[col]).toBe(refY[col]);
        expect(Number.isNaN(rowX[col])).toBe(Number.isNaN(data[row * width + col]));
      }
    }
  });
});
