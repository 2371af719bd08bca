/**
 * Region growing on DSMs sampled from analytic roofs: every expected value follows from the
 * roof's geometry (stated next to it).
 */
import { describe, expect, it } from 'vitest';
import type { GeoGrid } from '../raster/grid.js';
import { segmentRoofPlanes } from './segmentRoofPlanes.js';

/** A DSM sampled at cell centres from z(x, y) [m], x east and y north of the grid's NW corner (0, 0). */
function sampled(width: number, height: number, cellM: number, z: (x: number, y: number) => number): GeoGrid {
  const data = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) data[row * width + col] = z((col + 0.5) * cellM, -(row + 0.5) * cellM);
  }
  return { data, width, height, geo: { originX: 0, originY: 0, cellSizeX: cellM, cellSizeY: cellM, epsg: null } };
}

const TAN30 = Math.tan(Math.PI / 6);

describe('segmentRoofPlanes', () => {
  it('splits a gable along its ridge to sub-cell accuracy, off the cell lattice', () => {
    // 20 m × 20 m, ridge on the line x + y = 0.06 (diagonal, between cell centres), 30° faces.
    const dsm = sampled(40, 40, 0.5, (x, y) => 20 - TAN30 * Math.abs((x + y - 0.06) / Math.SQRT2));
    const { planes } = segmentRoofPlanes({ dsm, buildingIds: new Int32Array(1600).fill(1) });
    expect(planes.count).toBe(2);
    const ne = planes.azimuthDeg[0] < 90 ? 0 : 1;
    expect(planes.azimuthDeg[ne]).toBeCloseTo(45, 4);
    expect(planes.azimuthDeg[1 - ne]).toBeCloseTo(225, 4);
    expect(planes.pitchDeg[ne]).toBeCloseTo(30, 4);
    // NE of the ridge: the triangle (0.06, 0), (20, 0), (20, −19.94): 19.94² / 2 m².
    expect(planes.groundAreaM2[ne]).toBeCloseTo(19.94 ** 2 / 2, 4);
    expect(planes.groundAreaM2[1 - ne]).toBeCloseTo(400 - 19.94 ** 2 / 2, 4);
    expect(planes.areaM2[ne]).toBeCloseTo(19.94 ** 2 / 2 / Math.cos(Math.PI / 6), 4);
  });

  it('makes a chimney an obstacle on its plane, which keeps its area', () => {
    // A 10 m × 10 m shed facing south (z falls southwards), 30°, with a 1 m × 1 m chimney 1 m high.
    const dsm = sampled(20, 20, 0.5, (x, y) => {
      const roof = 10 + TAN30 * (y + 10);
      return x > 4 && x < 5 && y > -5 && y < -4 ? roof + 1 : roof;
    });
    const seg = segmentRoofPlanes({ dsm, buildingIds: new Int32Array(400).fill(1) });
    expect(seg.planes.count).toBe(1);
    expect(seg.planes.azimuthDeg[0]).toBeCloseTo(180, 4);
    expect(seg.planes.groundAreaM2[0]).toBeCloseTo(100, 9);
    expect(seg.planes.obstacleGroundAreaM2[0]).toBeCloseTo(1, 9);
    expect(seg.isObstacle[9 * 20 + 9]).toBe(1); // cell centre (4.75, −4.75)
    expect(seg.planeOfCell[9 * 20 + 9]).toBe(0);
    // Plane height at the centroid (5, −5) of all its cells: 10 + tan 30° · 5.
    expect(seg.planes.planeHeightAtCenterM[0]).toBeCloseTo(10 + 5 * TAN30, 4);
    expect([seg.planes.centreX[0], seg.planes.centreY[0]]).toEqual([5, -5]);
  });

  it('gives a flat roof azimuth 0, adds the grid convergence to the others', () => {
    const flat = sampled(10, 10, 0.5, () => 12);
    const { planes } = segmentRoofPlanes({ dsm: flat, buildingIds: new Int32Array(100).fill(1) });
    expect([planes.isFlat[0], planes.azimuthDeg[0], planes.pitchDeg[0]]).toEqual([1, 0, 0]);
    const east = sampled(10, 10, 0.5, (x) => 12 - 0.5 * x); // faces east, 26.57°
    const shifted = segmentRoofPlanes(
      { dsm: east, buildingIds: new Int32Array(100).fill(1) },
      { gridConvergenceDeg: -0.6 },
    );
    expect(shifted.planes.azimuthDeg[0]).toBeCloseTo(89.4, 9);
  });

  it('dissolves a height step two rows wide, and three rows wide between two levels; keeps a face three rows wide', () => {
    // 1 m grid, 20 × 12 cells: a level at 10 m (rows 0–4), ramp rows rising 1.2 m per row
    // from 10.9 m at row 5, a level on top 0.9 m above the last ramp row (the ramp's line
    // misses both levels by 0.3 m > maxPlaneDistanceM, so the level rows never join it). The
    // 3×3 fits straddling a level and the ramp have an rms of 0.07 m, hence planarResidualM 0.1.
    // With `top` false the building ends after the ramp (the upper rows are not building).
    const ramp = (rampRows: number) =>
      sampled(20, 12, 1, (_, y) => {
        const row = Math.floor(-y);
        if (row < 5) return 10;
        return 10.9 + 1.2 * Math.min(row - 5, rampRows - 1) + (row >= 5 + rampRows ? 0.9 : 0);
      });
    const options = { planarResidualM: 0.1 };
    const all = new Int32Array(240).fill(1);
    // Two ramp rows: what a 3 m step looks like through the grid. Dissolved; row 5 becomes an
    // obstacle of the lower level, row 6 of the upper: 6 rows × 20 cells each.
    const two = segmentRoofPlanes({ dsm: ramp(2), buildingIds: all }, options);
    expect(Array.from(two.planes.isFlat)).toEqual([1, 1]);
    expect(Array.from(two.planes.groundAreaM2)).toEqual([120, 120]);
    expect(Array.from(two.planes.obstacleGroundAreaM2)).toEqual([20, 20]);
    // Three ramp rows (2 spacings along the fall line) with a horizontal plane below their foot
    // and one above their head: a step smeared over a third row, dissolved. Rows 5–7 become
    // obstacles of the nearest level (breadth-first from all plane cells in raster order: row 5
    // and then row 6 go to the lower level, row 7 to the upper): 7 and 5 rows of 20 cells.
    const band = segmentRoofPlanes({ dsm: ramp(3), buildingIds: all }, options);
    expect(Array.from(band.planes.isFlat)).toEqual([1, 1]);
    expect(Array.from(band.planes.groundAreaM2)).toEqual([140, 100]);
    expect(Array.from(band.planes.obstacleGroundAreaM2)).toEqual([40, 20]);
    // The same three rows where the building ends after the ramp (rows 8–11 not building): a
    // face rising from a level to the building's edge, kept, of pitch atan 1.2.
    const eight = new Int32Array(240);
    eight.fill(1, 0, 160);
    const shed = segmentRoofPlanes({ dsm: ramp(3), buildingIds: eight }, options);
    expect(shed.planes.count).toBe(2);
    const steep = Array.from(shed.planes.isFlat).indexOf(0);
    expect(shed.planes.pitchDeg[steep]).toBeCloseTo((Math.atan(1.2) * 180) / Math.PI, 4);
    // Its rows 5–7 (60 m²) and, to where its plane meets the level (0.9 m / 1.2 = 0.75 m north
    // of row 5's centre), a 0.25 m strip of row 4: 65 m².
    expect(shed.planes.groundAreaM2[steep]).toBeCloseTo(65, 4);
  });

  it('fits a face on its grown cells, not on the eave row attached afterwards', () => {
    // 5 m × 10 m shed facing south, 30°, whose southernmost row (the eave, its cells mixing
    // roof and wall) lies 0.2 m below the face. The eave cells' 3×3 windows (two rows) tilt by
    // atan(tan 30° + 0.2 / 0.5) − 30° = 14.3° > maxNormalAngleDeg (10°), so they do not grow
    // into the face (nor into a plane of their own: 10 cells, 2.5 m² < minPlaneAreaM2); they
    // join it in step 4 (0.2 m ≤ maxPlaneDistanceM, 0.25 m here): the area counts them, the
    // pitch is the face's (30.24° if the eave row entered the fit).
    const dsm = sampled(10, 20, 0.5, (_, y) => 10 + TAN30 * (y + 10) - (y < -9.5 ? 0.2 : 0));
    const { planes } = segmentRoofPlanes(
      { dsm, buildingIds: new Int32Array(200).fill(1) },
      { maxPlaneDistanceM: 0.25 },
    );
    expect(planes.count).toBe(1);
    expect(planes.pitchDeg[0]).toBeCloseTo(30, 4);
    expect(planes.groundAreaM2[0]).toBeCloseTo(50, 9);
    expect(planes.obstacleGroundAreaM2[0]).toBe(0);
  });

  it('calls a plane horizontal when its heights are within the noise of a horizontal plane', () => {
    // 1 m grid, a 4 × 3 m flat shed roof whose two western columns read 10.0 m and two eastern
    // 10.1 m (noise, or a joint): the least-squares plane of its grown cells tilts by
    // atan 0.05 = 2.9°, yet every height is within 0.05 m of their mean, below planarResidualM
    // (0.15 m here), so the plane is horizontal.
    const noisy = sampled(4, 3, 1, (x) => (x < 2 ? 10 : 10.1));
    const options = { maxPlaneDistanceM: 0.25, planarResidualM: 0.15, maxNormalAngleDeg: 15 };
    const flat = segmentRoofPlanes({ dsm: noisy, buildingIds: new Int32Array(12).fill(1) }, options);
    expect([flat.planes.count, flat.planes.pitchDeg[0], flat.planes.isFlat[0]]).toEqual([1, 0, 1]);
    expect(flat.planes.groundAreaM2[0]).toBe(12);
    // Its height: the mean of the cells that grew (the 4 corner cells, with 4-cell windows,
    // join afterwards): 4 cells at 10.0 m and 4 at 10.1 m.
    expect(flat.planes.planeHeightAtCenterM[0]).toBeCloseTo(10.05, 5);
    // A 6° roof 8 m deep: heights spread over 0.74 m, rms 0.24 m about their mean > 0.15 m:
    // pitched.
    const tilted = sampled(8, 8, 1, (_, y) => 10 + Math.tan((6 * Math.PI) / 180) * y);
    const pitched = segmentRoofPlanes({ dsm: tilted, buildingIds: new Int32Array(64).fill(1) }, options);
    expect(pitched.planes.pitchDeg[0]).toBeCloseTo(6, 6);
  });

  it('makes a lower flat extension too narrow for 3×3 windows a plane, keeps a box on the roof an obstacle', () => {
    // 1 m grid, 12 × 12 cells. Rows 0–8: a flat roof at 10 m with a 2 × 2 m box 1 m high
    // (HVAC) at rows 3–4, columns 5–6. Rows 9–11, columns 0–1: a rear extension at 4 m, two
    // cells wide; the rest of rows 9–11 is not building. No 3×3 window of the extension has
    // 6 cells of it with data on one plane, so only step 4c can find it.
    const dsm = sampled(12, 12, 1, (x, y) => {
      const row = Math.floor(-y);
      const col = Math.floor(x);
      if (row >= 9) return col < 2 ? 4 : 0;
      return row >= 3 && row <= 4 && col >= 5 && col <= 6 ? 11 : 10;
    });
    const buildingIds = new Int32Array(144);
    for (let k = 0; k < 144; k++) buildingIds[k] = k < 108 || k % 12 < 2 ? 1 : 0;
    const seg = segmentRoofPlanes({ dsm, buildingIds }, { maxPlaneDistanceM: 0.25, planarResidualM: 0.15 });
    expect(seg.planes.count).toBe(2);
    const low = seg.planes.planeHeightAtCenterM[0] < 5 ? 0 : 1;
    // The extension: 3 rows × 2 columns, flat, 4 m; it lies below the roof beside it.
    expect([seg.planes.groundAreaM2[low], seg.planes.pitchDeg[low], seg.planes.planeHeightAtCenterM[low]]).toEqual([
      6, 0, 4,
    ]);
    // The box rises above the roof: an obstacle of it (4 cells), the roof keeps 9 × 12 cells.
    expect(seg.planes.obstacleGroundAreaM2[1 - low]).toBe(4);
    expect(seg.planes.groundAreaM2[1 - low]).toBe(108);
  });

  it('never grows a plane across two buildings', () => {
    const dsm = sampled(20, 10, 0.5, () => 12);
    const buildingIds = new Int32Array(200);
    for (let k = 0; k < 200; k++) buildingIds[k] = k % 20 < 10 ? 1 : 2;
    const { planes } = segmentRoofPlanes({ dsm, buildingIds });
    expect(Array.from(planes.buildingId).sort()).toEqual([1, 2]);
    expect(Array.from(planes.groundAreaM2)).toEqual([25, 25]); // 10 × 10 cells of 0.25 m² each
  });
});
