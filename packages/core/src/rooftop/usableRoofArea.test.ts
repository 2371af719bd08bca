/**
 * Usable area and module layout on hand-made roof planes whose answers are counted by hand
 * (the arithmetic is in each test's comment).
 */
import { describe, expect, it } from 'vitest';
import { rowPitchM } from './layoutModules.js';
import { layoutRoofPlanes } from './layoutRoofPlanes.js';
import { CELL_M, H, onePlane, W } from './testing/onePlane.js';
import { usableRoofArea } from './usableRoofArea.js';

const sunny = new Float32Array(W * H).fill(1200);
const cos30 = Math.cos(Math.PI / 6);

describe('usableRoofArea', () => {
  it('removes a one-cell edge ring (setback 0.5 m + half a cell reaches the 8 neighbours)', () => {
    // 40 × 24 cells minus the ring → 38 × 22 = 836 cells × 0.25 m² = 209 m²; inclined / cos 30°.
    const u = usableRoofArea(onePlane(30, 180), W, H, CELL_M, CELL_M, sunny);
    expect(u.usableGroundAreaM2[0]).toBe(209);
    expect(u.usableAreaM2[0]).toBeCloseTo(209 / cos30, 9);
    expect(u.exclusion[0]).toBe(0);
  });
  it('buffers an obstacle by its 8 neighbours and never counts the obstacle', () => {
    // Obstacle at row 15, col 20: 9 cells lost → 827 × 0.25 = 206.75 m².
    const u = usableRoofArea(onePlane(30, 180, [15 * W + 20]), W, H, CELL_M, CELL_M, sunny);
    expect(u.usableGroundAreaM2[0]).toBe(206.75);
    expect(u.usable[15 * W + 20]).toBe(0);
    expect(u.usable[14 * W + 21]).toBe(0);
    expect(u.usable[13 * W + 20]).toBe(1);
  });
  it('does not buffer the edge cells left out for mixing roof and ground: the edge setback covers them', () => {
    // The plane's east column (col 43, rows 4–27) left out as mixed edge cells: they are
    // obstacles, so never usable, but the column inward of them stays usable, as the edge
    // setback alone leaves it (the first test: 209 m²); buffered like obstacles, col 42 would
    // be lost too (22 cells, 5.5 m²).
    const east = Array.from({ length: 24 }, (_, i) => (4 + i) * W + 43);
    const u = usableRoofArea(onePlane(30, 180, [], east), W, H, CELL_M, CELL_M, sunny);
    expect(u.usableGroundAreaM2[0]).toBe(209);
    expect(u.usable[15 * W + 42]).toBe(1);
    expect(u.usable[15 * W + 43]).toBe(0);
  });
  it('excludes steep and north-facing pitched planes, keeps flat ones', () => {
    expect(usableRoofArea(onePlane(65, 180), W, H, CELL_M, CELL_M, sunny).exclusion[0]).toBe(1);
    expect(usableRoofArea(onePlane(30, 30), W, H, CELL_M, CELL_M, sunny).exclusion[0]).toBe(2);
    expect(usableRoofArea(onePlane(30, 320), W, H, CELL_M, CELL_M, sunny).exclusion[0]).toBe(2);
    expect(usableRoofArea(onePlane(30, 50), W, H, CELL_M, CELL_M, sunny).exclusion[0]).toBe(0);
    expect(usableRoofArea(onePlane(0, 0), W, H, CELL_M, CELL_M, sunny).exclusion[0]).toBe(0);
  });
  it('drops dim cells, then fragments under the minimum area', () => {
    // Rows 4–22 dim: usable rows 23–26 (4 rows × 38 = 152 cells = 38 m² ground).
    const dim = Float32Array.from(sunny);
    for (let k = 0; k < 23 * W; k++) dim[k] = 700;
    const u = usableRoofArea(onePlane(0, 0), W, H, CELL_M, CELL_M, dim);
    expect(u.usableGroundAreaM2[0]).toBe(38);
    // The same 38 m² piece is below a 40 m² minimum fragment: nothing left.
    const none = usableRoofArea(onePlane(0, 0), W, H, CELL_M, CELL_M, dim, { minFragmentAreaM2: 40 });
    expect(none.usableGroundAreaM2[0]).toBe(0);
    expect(none.exclusion[0]).toBe(3);
  });
});

describe('module layout', () => {
  it('row pitch for a 1.134 m module at 15° and a 23° sun: 1.134·(cos 15° + sin 15°/tan 23°) = 1.786804 m', () => {
    expect(rowPitchM(1.134, 15, 23)).toBeCloseTo(1.786804434339974, 12);
  });
  it('flush on a 30° south plane: 121 modules in landscape (usable 19 m × 11 m on the ground)', () => {
    // Portrait: ⌊19/1.134⌋ = 16 × ⌊11/(1.722 cos 30° = 1.4913)⌋ = 7 → 112.
    // Landscape: ⌊19/1.722⌋ = 11 × ⌊11/(1.134 cos 30° = 0.98206)⌋ = 11 → 121.
    const seg = onePlane(30, 180);
    const u = usableRoofArea(seg, W, H, CELL_M, CELL_M, sunny);
    const layout = layoutRoofPlanes(seg.planes, u.usable, W, H, CELL_M, CELL_M, { latitudeDeg: 43.6 });
    expect(layout.modulesCount[0]).toBe(121);
    expect(layout.kWp[0]).toBeCloseTo(121 * 0.425, 12);
    expect(layout.moduleTiltDeg[0]).toBe(30);
    expect(layout.moduleAzimuthDeg[0]).toBe(180);
  });
  it('tilted rows on a flat roof at 43.6° N: 66 modules (6 landscape rows of 11)', () => {
    // Sun at winter-solstice noon 90 − 43.6 − 23.44 = 22.96°. Portrait: depth 1.722 cos 15° =
    // 1.66332, pitch 2.71534 → rows ⌊(11 − 1.66332)/2.71534⌋ + 1 = 4, × 16 = 64. Landscape:
    // depth 1.09536, pitch 1.78815 → ⌊(11 − 1.09536)/1.78815⌋ + 1 = 6 rows × 11 = 66.
    const seg = onePlane(0, 0);
    const u = usableRoofArea(seg, W, H, CELL_M, CELL_M, sunny);
    const layout = layoutRoofPlanes(seg.planes, u.usable, W, H, CELL_M, CELL_M, { latitudeDeg: 43.6 });
    expect(layout.modulesCount[0]).toBe(66);
    expect(layout.moduleTiltDeg[0]).toBe(15);
    expect(layout.moduleAzimuthDeg[0]).toBe(180);
    // Flush on the same roof: ⌊19/1.134⌋·⌊11/1.722⌋ = 16·6 = 96 vs ⌊19/1.722⌋·⌊11/1.134⌋ = 11·9 = 99.
    const flush = layoutRoofPlanes(seg.planes, u.usable, W, H, CELL_M, CELL_M, {
      latitudeDeg: 43.6,
      flatMounting: 'flush',
    });
    expect(flush.modulesCount[0]).toBe(99);
    expect(flush.moduleTiltDeg[0]).toBe(0);
  });
});
