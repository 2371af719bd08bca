import type { StringKey } from '../i18n/strings.js';
import type { LonLatBounds } from '../raster/mercatorWarp.js';
import type { RasterLayerId } from '../raster/rasterLayers.js';
import type { HillshadeParameters } from '../state/appState.js';

/** Stages the compute worker reports progress for. */
export type ComputeStage = 'read' | 'terrain' | 'horizons' | 'irradiation' | 'warp';

/**
 * Main thread → worker: compute the layers of a DSM file and the buildings' mean irradiation
 * (the bytes and the rings' buffers are transferred).
 */
export interface TerrainRequest {
  type: 'terrain';
  jobId: number;
  fileName: string;
  bytes: ArrayBuffer;
  hillshade: HillshadeParameters;
  /** Per building, its rings as flat `[lon, lat, …]` [°, WGS 84] (`footprintRingsLonLat`). */
  footprintsLonLat: Float64Array[][];
}

/** Layers of one DSM on a Web Mercator grid, ready to colour (buffers transferred). */
export interface TerrainLayers {
  /** Grid of the layers: size [cells] and WGS 84 extent [°]. */
  width: number;
  height: number;
  bounds: LonLatBounds;
  /**
   * Cell values of each raster layer, NaN outside the source or at nodata, in the unit of its
   * `RasterLayerSpec`: relief shade 1–255 (gdaldem convention), slope [°], annual
   * irradiation [kWh/m²/yr].
   */
  values: Record<RasterLayerId, Float32Array>;
  /**
   * Per building of the request, mean annual irradiation of the source cells whose centre lies
   * in its footprint [kWh/m²/yr]; NaN when none does (outside the DSM, or nodata).
   */
  buildingIrradiationKwhM2Yr: Float32Array;
  /** Facts about the source grid, for the status line. */
  source: { width: number; height: number; epsg: number; cellSizeX: number };
}

/** Worker → main thread. */
export type WorkerReply =
  | { type: 'progress'; jobId: number; stage: ComputeStage; fraction: number }
  | { type: 'result'; jobId: number; layers: TerrainLayers }
  | {
      type: 'error';
      jobId: number;
      file: string;
      reason: StringKey;
      params: Record<string, string | number>;
    };
