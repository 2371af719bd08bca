import type { GeoRef } from '@gisement/core';
import { latFromMercatorDeg, lonFromMercatorDeg, mercatorXM, mercatorYM } from './webMercator.js';

/** A WGS 84 bounding box [°]. */
export interface LonLatBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Inverse projection from WGS 84 to the source raster's CRS: returns `[x, y]` [CRS units]. */
export type FromWgs84 = (lonDeg: number, latDeg: number) => readonly [number, number];

/**
 * A north-up grid in Web Mercator covering a source raster, and for each of its cells the
 * source cell it shows (nearest neighbour), so every layer computed on the source grid is
 * warped by a gather ({@link gatherWarped}) without projecting again.
 */
export interface MercatorWarp {
  /** Output width [cells]. */
  width: number;
  /** Output height [cells]. */
  height: number;
  /** Output cell size [m] in EPSG:3857 (square cells). */
  cellSizeM: number;
  /** Output extent [°]: its edges are straight lines in Web Mercator, so MapLibre draws it exactly. */
  bounds: LonLatBounds;
  /** Row-major (row 0 = north) index of the source cell under each output cell centre, −1 outside. */
  sourceIndex: Int32Array;
}

/** Largest output side [cells]: WebGL guarantees textures of 4096² on the hardware we target. */
export const MAX_WARP_SIDE = 4096;

/**
 * Warp a raster in any CRS onto a Web Mercator grid, pixel by pixel: each output cell centre
 * is inverse-projected (Web Mercator → WGS 84 → source CRS) and takes the source cell that
 * contains it — like `gdalwarp -t_srs EPSG:3857 -r near`, without its approximate transformer
 * (every cell is projected exactly). Straight source edges become curves, the source grid's
 * rotation against north (meridian convergence) is kept, and cells outside the source get −1.
 * The output has about as many cells as the source (same area per cell over the bounding box),
 * at most {@link MAX_WARP_SIDE} per side.
 * @param geo georeferencing of the source raster (pixel-is-area, north-west origin)
 * @param width source width [cells]
 * @param height source height [cells]
 * @param bounds WGS 84 bounds of the source [°] (e.g. `boundsToWgs84` of `@gisement/io`)
 * @param fromWgs84 inverse projection to the source CRS
 * @param onRow optional progress callback, called after each output row with the fraction done [0–1]
 * @returns the output grid and its gather index
 * @example const warp = mercatorWarp(dsm.geo, dsm.width, dsm.height, bounds, (lon, lat) => proj.forward([lon, lat]));
 */
export function mercatorWarp(
  geo: GeoRef,
  width: number,
  height: number,
  bounds: LonLatBounds,
  fromWgs84: FromWgs84,
  onRow?: (fractionDone: number) => void,
): MercatorWarp {
  const minXM = mercatorXM(bounds.west);
  const maxXM = mercatorXM(bounds.east);
  const minYM = mercatorYM(bounds.south);
  const maxYM = mercatorYM(bounds.north);
  const spanXM = maxXM - minXM;
  const spanYM = maxYM - minYM;
  if (!(spanXM > 0 && spanYM > 0)) {
    throw new RangeError(`bounds must have east > west and north > south, got ${JSON.stringify(bounds)}`);
  }
  const cellSizeM = Math.max(
    Math.sqrt((spanXM * spanYM) / (width * height)),
    spanXM / MAX_WARP_SIDE,
    spanYM / MAX_WARP_SIDE,
  );
  const outWidth = Math.max(1, Math.round(spanXM / cellSizeM));
  const outHeight = Math.max(1, Math.round(spanYM / cellSizeM));
  const stepXM = spanXM / outWidth;
  const stepYM = spanYM / outHeight;
  const sourceIndex = new Int32Array(outWidth * outHeight);
  const lonDeg = new Float64Array(outWidth);
  for (let col = 0; col < outWidth; col++) {
    lonDeg[col] = lonFromMercatorDeg(minXM + (col + 0.5) * stepXM);
  }
  for (let row = 0; row < outHeight; row++) {
    const latDeg = latFromMercatorDeg(maxYM - (row + 0.5) * stepYM);
    const o = row * outWidth;
    for (let col = 0; col < outWidth; col++) {
      const [x, y] = fromWgs84(lonDeg[col], latDeg);
      const sourceCol = Math.floor((x - geo.originX) / geo.cellSizeX);
      const sourceRow = Math.floor((geo.originY - y) / geo.cellSizeY);
      sourceIndex[o + col] =
        sourceCol >= 0 && sourceCol < width && sourceRow >= 0 && sourceRow < height
          ? sourceRow * width + sourceCol
          : -1;
    }
    onRow?.((row + 1) / outHeight);
  }
  return {
    width: outWidth,
    height: outHeight,
    cellSizeM: (stepXM + stepYM) / 2,
    bounds: {
      west: bounds.west,
      east: bounds.east,
      south: latFromMercatorDeg(minYM),
      north: latFromMercatorDeg(maxYM),
    },
    sourceIndex,
  };
}

/**
 * Values of a source raster on a {@link MercatorWarp} grid: `out[i] = values[sourceIndex[i]]`,
 * NaN where the index is −1.
 * @param values source cells, row-major, same grid as the warp was built for
 * @param sourceIndex the warp's index
 * @param out caller-owned output, length = `sourceIndex.length`
 * @example gatherWarped(slopeDeg, warp.sourceIndex, new Float32Array(warp.sourceIndex.length));
 */
export function gatherWarped(values: Float32Array, sourceIndex: Int32Array, out: Float32Array): void {
  if (out.length !== sourceIndex.length) {
    throw new RangeError(`out must have ${sourceIndex.length} cells, got ${out.length}`);
  }
  for (let i = 0; i < sourceIndex.length; i++) {
    const s = sourceIndex[i];
    out[i] = s < 0 ? Number.NaN : values[s];
  }
}
