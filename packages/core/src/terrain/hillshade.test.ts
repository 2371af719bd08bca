import { describe, expect, it } from 'vitest';
import type { Grid } from '../raster/grid.js';
import { RAD_PER_DEG } from '../units/angles.js';
import { hillshade } from './hillshade.js';

/** Plane of slope β [°] facing α [°, clockwise from north]: z = −tan β·(x·sin α + y·cos α). */
function facingPlane(slopeDeg: number, aspectDeg: number): Grid {
  const width = 5;
  const height = 5;
  const t = Math.tan(slopeDeg * RAD_PER_DEG);
  const sa = Math.sin(aspectDeg * RAD_PER_DEG);
  const ca = Math.cos(aspectDeg * RAD_PER_DEG);
  const data = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) data[row * width + col] = -t * (col * sa - row * ca);
  }
  return { data, width, height };
}

function shadeAtCentre(dsm: Grid, options?: Parameters<typeof hillshade>[3]): number {
  const out = new Float32Array(dsm.width * dsm.height);
  hillshade(dsm, { cellSizeXM: 1, cellSizeYM: 1 }, out, options);
  return out[2 * dsm.width + 2];
}

// Expected values: the angle of incidence on a plane of slope β facing α, lit from altitude h
// and azimuth A, cos i = sin h·cos β + cos h·sin β·cos(A − α) (Duffie J.A., Beckman W.A.,
// "Solar Engineering of Thermal Processes", 4th ed., Wiley, 2013, eq. 1.6.3 with θz = 90° − h),
// mapped to 1 + 254·max(cos i, 0) as gdaldem does (GDAL apps/gdaldem_lib.cpp, GDALHillshadeAlg).
// Horn's derivatives are exact on planes (|z| < 10 m: float32 error < 1e-4 on the shade).
describe('hillshade', () => {
  it('gives 1 + 254·sin 45° on flat ground under the default light', () => {
    expect(shadeAtCentre(facingPlane(0, 0))).toBeCloseTo(1 + 254 * Math.SQRT1_2, 4);
  });

  it('gives 255 where the surface faces the light (slope 45° facing 315°)', () => {
    expect(shadeAtCentre(facingPlane(45, 315))).toBeCloseTo(255, 3);
  });

  it('gives 1 where the light grazes or is behind the surface', () => {
    // slope 45° facing 135°: cos i = sin45·cos45 − cos45·sin45 = 0 → 1
    expect(shadeAtCentre(facingPlane(45, 135))).toBeCloseTo(1, 3);
    // slope 60° facing 135°: cos i = sin45·cos60 − cos45·sin60 < 0 → clamped to 1
    expect(shadeAtCentre(facingPlane(60, 135))).toBe(1);
  });

  it('follows Lambert’s law for any light direction', () => {
    const [beta, alpha, h, a] = [30, 200, 25, 160];
    const cosI =
      Math.sin(h * RAD_PER_DEG) * Math.cos(beta * RAD_PER_DEG) +
      Math.cos(h * RAD_PER_DEG) * Math.sin(beta * RAD_PER_DEG) * Math.cos((a - alpha) * RAD_PER_DEG);
    const shade = shadeAtCentre(facingPlane(beta, alpha), { azimuthDeg: a, altitudeDeg: h });
    expect(shade).toBeCloseTo(1 + 254 * cosI, 3);
  });

  it('exaggerates relief with zFactor (tan β = 0.5 doubled is 45°)', () => {
    const dsm = facingPlane(Math.atan(0.5) / RAD_PER_DEG, 315);
    expect(shadeAtCentre(dsm, { zFactor: 2 })).toBeCloseTo(255, 3);
  });

  it('gives NaN on nodata cells and uses the centre value for nodata neighbours', () => {
    const dsm = facingPlane(0, 0);
    dsm.data[2 * 5 + 2] = Number.NaN;
    dsm.data[0] = Number.NaN;
    const out = new Float32Array(25);
    hillshade(dsm, { cellSizeXM: 1, cellSizeYM: 1 }, out);
    expect(out[12]).toBeNaN();
    // cell (1,1): neighbours (0,0) and (2,2) are nodata → centre value 0: still flat
    expect(out[6]).toBeCloseTo(1 + 254 * Math.SQRT1_2, 4);
  });

  it('rejects an altitude outside [0, 90]', () => {
    expect(() => shadeAtCentre(facingPlane(0, 0), { altitudeDeg: 95 })).toThrow(/altitudeDeg/);
  });
});
