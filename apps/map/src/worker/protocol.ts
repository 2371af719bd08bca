import type { EdgeSide, GeoRef } from '@gisement/core';
import type { PremisesFeature, ProfilesJson, SegmentFeatureCollection } from '@gisement/footfall';
import type { RankingCriterion, RoofsConfig } from '@gisement/io';
import type { StringKey } from '../i18n/strings.js';
import type { LonLatBounds } from '../raster/mercatorWarp.js';
import type { RasterLayerId } from '../raster/rasterLayers.js';
import type { HillshadeParameters } from '../state/appState.js';

/** Stages the compute worker reports progress for. */
export type ComputeStage = 'read' | 'terrain' | 'horizons' | 'irradiation' | 'roofs' | 'warp';

/** Optional inputs of a terrain job beside the DSM (as `gisement roofs --dtm --weather --config`). */
export interface TerrainInputs {
  /**
   * A DTM GeoTIFF on the DSM's grid (bytes transferred): with no footprint, the buildings are
   * detected on the normalised DSM (`detectBuildings`); null: none.
   */
  dtm: { name: string; bytes: ArrayBuffer } | null;
  /** A weather file's text (EPW, PVGIS TMY CSV or JSON) and name; null: a clear sky. */
  weather: { name: string; text: string } | null;
  /** Parameters of the roof step (`readRoofsConfig`); null: the defaults. */
  roofsConfig: RoofsConfig | null;
}

/**
 * Main thread → worker: compute the layers of a DSM file and the buildings' mean irradiation
 * (the bytes and the rings' buffers are transferred).
 */
export interface TerrainRequest extends TerrainInputs {
  type: 'terrain';
  jobId: number;
  fileName: string;
  bytes: ArrayBuffer;
  hillshade: HillshadeParameters;
  /** Per building, its rings as flat `[lon, lat, …]` [°, WGS 84] (`footprintRingsLonLat`). */
  footprintsLonLat: Float64Array[][];
}

/**
 * Main thread → worker: estimate the footfall of every street segment from the town's files
 * (as `gisement footfall`), and score its candidate premises. Files are passed as read: JSON
 * values and the counts CSV text, each with its name for error messages.
 */
export interface FootfallRequest {
  type: 'footfall';
  jobId: number;
  streets: { name: string; value: unknown };
  counts: { name: string; text: string };
  sites: { name: string; value: unknown };
  shops: { name: string; value: unknown } | null;
  candidates: { name: string; value: unknown } | null;
  /** Public holidays in the counts' period (`YYYY-MM-DD`), counted as Sundays. */
  holidays: readonly string[];
}

/** Footfall outputs, as `gisement footfall` writes them. */
export interface FootfallLayers {
  /** `footfall.geojson`: per segment `footfallDaily`, `footfallLow`, `footfallHigh` [pedestrians/day], `profileSite`, … */
  segments: SegmentFeatureCollection;
  /** `premises.geojson`: scored candidate premises (empty without candidates). */
  premises: { type: 'FeatureCollection'; features: PremisesFeature[] };
  /** `profiles.json`: hour-of-day profiles of the counters. */
  profiles: ProfilesJson;
}

/** A request to the compute worker. */
export type ComputeRequest = TerrainRequest | FootfallRequest;

/** A suitability class as the roof run used it. */
export interface RoofClass {
  /** Its name as configured (`unfavourable` … `excellent` by default; any text in a roofs config). */
  name: string;
  /** The value it starts at [kWh/m²/yr]; null: no lower bound (the default first class's −∞, kept JSON-safe). */
  minValue: number | null;
}

/**
 * The suitability classes of a roof run (`RoofAnalysisOptions.classes`: `IRRADIATION_CLASSES`
 * of `@gisement/core` or a roofs config's), lowest first.
 */
export interface RoofClasses {
  /**
   * The quantity classed and its unit: a plane's annual irradiation (a building's: the
   * usable-area-weighted one of its planes) [kWh/m²/yr], the only one a roofs config classes.
   */
  quantity: 'irradiationKwhM2Yr';
  classes: RoofClass[];
}

/**
 * Roof planes found on the footprints and their PV potential (`roofPlanes`), plane-major;
 * class indices point into `classes.classes` (-1: none).
 */
export interface RoofPlanes {
  count: number;
  /** The suitability classes the run used. */
  classes: RoofClasses;
  /** What ranks the buildings: the roofs config's `ranking.criterion` (annual yield by default). */
  criterion: RankingCriterion;
  /** Per plane, its footprint's position in the file. */
  building: Int32Array;
  /** Pitch [°], 0 = flat. */
  pitchDeg: Float32Array;
  /** Downslope azimuth [°, clockwise from true north], 0 when flat. */
  azimuthDeg: Float32Array;
  /** Inclined usable area [m²]. */
  usableAreaM2: Float32Array;
  /** Modules laid out. */
  panels: Int32Array;
  /** Peak power [kWp]. */
  kWp: Float32Array;
  /** AC yield of the first year [kWh/yr]. */
  yieldKwhYr: Float32Array;
  /** Simple payback [years]; NaN without modules, Infinity beyond the lifetime. */
  paybackYears: Float32Array;
  /** Avoided CO2 [kg/yr]. */
  co2AvoidedKgYr: Float32Array;
  /** Suitability class of the plane's irradiation. */
  classIndex: Int8Array;
  /** Per plane, its polygons, each its rings (outer first) as flat `[lon, lat, …]` [°, WGS 84]. */
  outlinesLonLat: Float64Array[][][];
  /** Per building, the sum of its planes' peak power [kWp]. */
  buildingKwp: Float32Array;
  /** Per building, the class of its usable-area-weighted irradiation. */
  buildingClassIndex: Int8Array;
  /** Per building, the modules laid out on its planes. */
  buildingPanels: Int32Array;
  /** Per building, the first-year AC yield of its planes [kWh/yr]. */
  buildingYieldKwhYr: Float32Array;
  /** Per building, the first-year AC yield of its planes per UTC month, building-major: month m of building b at 12·b + m [kWh]. */
  buildingMonthlyYieldKwh: Float32Array;
  /** Per building, the simple payback of its total kWp and yield [years]; NaN without modules. */
  buildingPaybackYears: Float32Array;
  /** Per building, the avoided CO2 of its planes [kg/yr]. */
  buildingCo2AvoidedKgYr: Float32Array;
  /** Per building, its rank by `criterion` (`rankByCriterion` of `@gisement/core`): 1 = best, ties share a rank, 0 = unranked. */
  buildingRank: Int32Array;
  /**
   * Sides of the footprints whose edge cells mix roof and ground (the heights are offset from
   * the footprints: `findMixedEdgeCells` of `@gisement/core`), in north, east, south, west
   * order, each with its edge cells left out of the roof planes.
   */
  mixedEdges: { side: EdgeSide; cellsLeftOut: number }[];
}

/** The sky the irradiation was computed under. */
export type SkySource =
  | { source: 'clear-sky' }
  | {
      source: 'weather';
      /** The weather file's name. */
      file: string;
      /** The file's site name, as it gives it ('' when none). */
      siteName: string;
      /** The file's site [°, WGS 84]. */
      latitudeDeg: number;
      longitudeDeg: number;
      /** Great-circle distance from the file's site to the DSM centre [km]. */
      distanceKm: number;
      /** The parser's warnings (filled gaps, decomposition), in English as it words them. */
      warnings: string[];
    };

/** Buildings found on the normalised DSM (DSM − DTM) by `detectBuildings`, ids `D0001`…. */
export interface DetectedBuildings {
  /** Per building, its outline polygons, each its rings (outer first) as flat `[lon, lat, …]` [°, WGS 84]. */
  outlinesLonLat: Float64Array[][][];
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
  /** Per building, its mean irradiation per UTC month [kWh/m²]: month m of building f at 12·f + m. */
  buildingMonthlyKwhM2: Float32Array;
  /** Per building, its footprint area by centre sampling of the DSM cells [m²]. */
  buildingAreaM2: Float32Array;
  /** Roof planes of the footprints and their PV potential. */
  roofs: RoofPlanes;
  /** The sky of the irradiation: clear, or the dropped weather file and its distance. */
  sky: SkySource;
  /** Buildings detected with the dropped DTM (when no footprint was given), else null. */
  detected: DetectedBuildings | null;
  /** Horizons of every source cell, for the horizon chart of a clicked point. */
  horizons: {
    /** [° above horizontal], direction i (grid azimuth i·360/directions) of cell k at i·cells + k. */
    degrees: Float32Array;
    directions: number;
    /** Grid convergence at the DSM centre [°], clockwise from true north to grid north. */
    gridConvergenceDeg: number;
  };
  /** The source grid: facts for the status line, georeferencing to find a point's cell. */
  source: { width: number; height: number; epsg: number; cellSizeX: number; geo: GeoRef & { epsg: number } };
}

/** Worker → main thread. */
export type WorkerReply =
  | { type: 'progress'; jobId: number; stage: ComputeStage; fraction: number }
  | { type: 'result'; jobId: number; layers: TerrainLayers }
  | { type: 'footfall'; jobId: number; footfall: FootfallLayers }
  | {
      type: 'error';
      jobId: number;
      file: string;
      reason: StringKey;
      params: Record<string, string | number>;
    };
