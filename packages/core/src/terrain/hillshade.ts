import type { Grid } from '../raster/grid.js';
import { RAD_PER_DEG } from '../units/angles.js';
import type { CellSpacing } from './cellSpacing.js';
import { checkHornInputs, checkOutputLength, hornGradientRow, rowCellSizeXM } from './hornGradient.js';

/** Light source and vertical exaggeration of {@link hillshade}. */
export interface HillshadeOptions {
  /** Azimuth of the light source [°] clockwise from north (default 315 = north-west). */
  azimuthDeg?: number;
  /** Altitude of the light source above the horizontal [°] (default 45). */
  altitudeDeg?: number;
  /** Vertical exaggeration applied to elevations [-] (default 1). */
  zFactor?: number;
}

/**
 * Shaded relief, gdaldem's default hillshade (`gdaldem hillshade -alg Horn -compute_edges`,
 * GDAL 3.6): the Lambertian cosine of the angle between the surface normal and the light
 * direction, scaled to 1–255.
 *
 * With Horn's derivatives p = z·dz/dx (east), q = z·dz/dy (north) (see {@link hornSlopeAspect},
 * same edge and nodata rules), the sun altitude h and azimuth A (clockwise from north):
 * cos i = (sin h − cos h·(p·sin A + q·cos A)) / √(1 + p² + q²), and the output is
 * 1 + 254·cos i where cos i > 0, else 1. gdaldem writes it rounded to a byte with 0 = nodata;
 * here the value is not rounded and nodata is NaN.
 *
 * References: Horn B.K.P., "Hill shading and the reflectance map", Proc. IEEE 69(1):14–47,
 * 1981, doi:10.1109/PROC.1981.11918; GDAL `apps/gdaldem_lib.cpp`, `GDALHillshadeAlg`.
 *
 * @param dsm elevations [m], NaN = nodata
 * @param spacing ground cell size [m] (see {@link hornSlopeAspect})
 * @param out caller-owned shade values [1–255], NaN where the DSM is nodata; length width × height
 * @param options `azimuthDeg` [°, clockwise from north], `altitudeDeg` [°], `zFactor` [-]
 * @example
 * const shade = new Float32Array(dsm.width * dsm.height);
 * hillshade(dsm, { cellSizeXM: 1, cellSizeYM: 1 }, shade, { azimuthDeg: 315, altitudeDeg: 45 });
 */
export function hillshade(dsm: Grid, spacing: CellSpacing, out: Float32Array, options: HillshadeOptions = {}): void {
  checkHornInputs(dsm, spacing);
  const { width, height } = dsm;
  checkOutputLength('out', out, width * height);
  const azimuthDeg = options.azimuthDeg ?? 315;
  const altitudeDeg = options.altitudeDeg ?? 45;
  const zFactor = options.zFactor ?? 1;
  if (!Number.isFinite(azimuthDeg)) {
    throw new RangeError(`azimuthDeg must be finite, got ${azimuthDeg}`);
  }
  if (!(altitudeDeg >= 0 && altitudeDeg <= 90)) {
    throw new RangeError(`altitudeDeg must be within [0, 90], got ${altitudeDeg}`);
  }
  if (!(zFactor > 0 && Number.isFinite(zFactor))) {
    throw new RangeError(`zFactor must be a finite number > 0, got ${zFactor}`);
  }
  const azimuthRad = azimuthDeg * RAD_PER_DEG;
  const altitudeRad = altitudeDeg * RAD_PER_DEG;
  const sinAltitude = Math.sin(altitudeRad);
  const cosAltitude = Math.cos(altitudeRad);
  const kEast = cosAltitude * Math.sin(azimuthRad) * zFactor;
  const kNorth = cosAltitude * Math.cos(azimuthRad) * zFactor;
  const zFactor2 = zFactor * zFactor;
  const dzdx = new Float64Array(width);
  const dzdy = new Float64Array(width);
  for (let row = 0; row < height; row++) {
    hornGradientRow(dsm, row, rowCellSizeXM(spacing, row), spacing.cellSizeYM, dzdx, dzdy);
    const o = row * width;
    for (let col = 0; col < width; col++) {
      const gx = dzdx[col];
      const gy = dzdy[col];
      const cosIncidence = (sinAltitude - (gx * kEast + gy * kNorth)) / Math.sqrt(1 + zFactor2 * (gx * gx + gy * gy));
      // NaN (nodata) fails the comparison and stays NaN.
      out[o + col] = cosIncidence <= 0 ? 1 : 1 + 254 * cosIncidence;
    }
  }
}
