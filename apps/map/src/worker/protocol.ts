import type { StringKey } from '../i18n/strings.js';
import type { LonLatBounds } from '../raster/mercatorWarp.js';
import type { RasterLayerId } from '../raster/rasterLayers.js';
import type { HillshadeParameters } from '../state/appState.js';

/** Stages the compute worker reports progress for. */
export type ComputeStage = 'read' | 'terrain' | 'warp';

/** Main thread → worker: compute the terrain layers of a DSM file (its bytes are transferred). */
export interface TerrainRequest {
  type: 'terrain';
  jobId: number;
  fileName: string;
  bytes: ArrayBuffer;
  hillshade: HillshadeParameters;
}

/** Layers of one DSM on a Web Mercator grid, ready to colour (buffers transferred). */
export interface TerrainLayers {
  /** Grid of the layers: size [cells] and WGS 84 extent [°]. */
  width: number;
  height: number;
  bounds: LonLatBounds;
  /**
   * Cell values of each raster layer, NaN outside the source or at nodata, in the unit of its
   * `RasterLayerSpec`: relief shade 1–255 (gdaldem convention), slope [°].
   */
  values: Record<RasterLayerId, Float32Array>;
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
