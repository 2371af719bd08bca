import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hornInteriorWasmSource } from '../../scripts/build-wasm.mjs';
import type { Grid } from '../raster/grid.js';
import type { CellSpacing } from './cellSpacing.js';
import { hornInteriorKernel } from './hornInterior.js';
import { hornSlopeAspect, hornSlopeAspectJs } from './hornSlopeAspect.js';

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A DSM mixing what takes every branch of the kernel: rough terrain (slopes above and below
 * 45°, every aspect octant), terraces of whole metres (flat cells, gradients with one exact
 * zero component), nodata cells — a fraction with non-canonical NaN payloads — and a few
 * infinite elevations.
 */
function mixedDsm(width: number, height: number, seed: number, nodataFraction: number): Grid {
  const next = random(seed);
  const data = new Float32Array(width * height);
  const bits = new Uint32Array(data.buffer);
  for (let k = 0; k < data.length; k++) {
    const col = k % width;
    const kind = Math.floor(col / 7) % 3;
    if (kind === 0) data[k] = 100 + 30 * next();
    else if (kind === 1) data[k] = 100 + Math.floor(3 * next());
    else data[k] = 100 + 0.05 * next();
    const u = next();
    if (u < nodataFraction) data[k] = Number.NaN;
    else if (u < nodataFraction * 1.3) bits[k] = u < nodataFraction * 1.15 ? 0x7fa00001 : 0xffc00000;
    else if (u > 0.9995) data[k] = u > 0.99975 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  }
  return { data, width, height };
}

/** Number of cells where the two outputs differ (in their bits; NaN matches any NaN). */
function differences(dsm: Grid, spacing: CellSpacing): number {
  const cells = dsm.width * dsm.height;
  const wasm = { slopeDeg: new Float32Array(cells), aspectDeg: new Float32Array(cells) };
  const js = { slopeDeg: new Float32Array(cells), aspectDeg: new Float32Array(cells) };
  hornSlopeAspect(dsm, spacing, wasm);
  hornSlopeAspectJs(dsm, spacing, js);
  const bits = (a: Float32Array) => new Uint32Array(a.buffer);
  const [ws, wa, js0, ja] = [bits(wasm.slopeDeg), bits(wasm.aspectDeg), bits(js.slopeDeg), bits(js.aspectDeg)];
  let count = 0;
  for (let k = 0; k < cells; k++) {
    const slopeSame = ws[k] === js0[k] || (Number.isNaN(wasm.slopeDeg[k]) && Number.isNaN(js.slopeDeg[k]));
    const aspectSame = wa[k] === ja[k] || (Number.isNaN(wasm.aspectDeg[k]) && Number.isNaN(js.aspectDeg[k]));
    if (!slopeSame || !aspectSame) count++;
  }
  return count;
}

describe('hornSlopeAspect WebAssembly interior kernel', () => {
  it('is compiled from hornInterior.wat as committed (rerun scripts/build-wasm.mjs after editing it)', async () => {
    const committed = readFileSync(new URL('./hornInteriorWasm.ts', import.meta.url), 'utf8');
    expect(await hornInteriorWasmSource()).toBe(committed);
  });

  it('is available in Node', () => {
    expect(hornInteriorKernel()).not.toBeNull();
  });

  it('gives the bits of the JavaScript kernel on mixed terrain with nodata', () => {
    for (const [width, height, seed] of [
      [301, 211, 1],
      [300, 210, 2],
      [64, 3, 3],
    ] as const) {
      expect(differences(mixedDsm(width, height, seed, 0.03), { cellSizeXM: 0.5, cellSizeYM: 0.5 })).toBe(0);
    }
  });

  it('gives the bits of the JavaScript kernel with one x spacing per row (geographic grid)', () => {
    const dsm = mixedDsm(257, 180, 4, 0.01);
    const cellSizeXM = Float64Array.from({ length: dsm.height }, (_, row) => 21.3 + 0.013 * row);
    expect(differences(dsm, { cellSizeXM, cellSizeYM: 30.9 })).toBe(0);
  });

  it('gives the bits of the JavaScript kernel on tiny grids', () => {
    let seed = 10;
    for (const [width, height] of [
      [2, 2],
      [2, 3],
      [3, 2],
      [3, 3],
      [4, 3],
      [5, 4],
      [3, 7],
    ] as const) {
      for (const nodata of [0, 0.2]) {
        expect(differences(mixedDsm(width, height, seed++, nodata), { cellSizeXM: 1, cellSizeYM: 2 })).toBe(0);
      }
    }
  });

  it('reuses its memory across grids of different widths', () => {
    expect(differences(mixedDsm(1500, 5, 20, 0.02), { cellSizeXM: 0.25, cellSizeYM: 0.25 })).toBe(0);
    expect(differences(mixedDsm(33, 40, 21, 0.02), { cellSizeXM: 0.25, cellSizeYM: 0.25 })).toBe(0);
  });
});
