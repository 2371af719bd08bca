import {
  type DetectBuildingsOptions,
  detectBuildings,
  detectedBuildingId,
  type GeoGrid,
  type Grid,
  rasterizeFootprints,
} from '@gisement/core';
import { readFootprints } from '@gisement/io';
import { featureGeometryToWgs84, outlinesToWgs84, type Wgs84Geometry } from './wgs84Geometry.js';

/** One input building (or detected one), whatever becomes of it. */
export interface BuildingEntry {
  buildingId: string;
  /** The input feature's properties (empty for detected buildings). */
  properties: Record<string, unknown>;
  geometry: Wgs84Geometry;
  /** Label of its cells in `buildingIds` (0 when it has none). */
  label: number;
  /** Why it is not analysed; null while it can be. */
  skipReason: string | null;
  /** Share of its footprint's cell centres on the grid and owned by it [0–1]; 1 when detected. */
  shareOnGrid: number;
}

/** Buildings on the DSM's grid. */
export interface RoofBuildings {
  entries: BuildingEntry[];
  /** Building label of each cell (entry index + 1 for footprints), 0 = none. */
  buildingIds: Int32Array;
  /** Exact footprint coverage of the cells (footprints only). */
  cellAreaWeight?: Float32Array;
  /** How the buildings were obtained. */
  source: 'footprints' | 'detected';
}

/**
 * Buildings from a footprint GeoJSON (`readFootprints`, `rasterizeFootprints`): every feature is
 * an entry, skipped ones with the reader's reason, footprints owning no cell with `no-cell-on-grid`.
 * @param geojson the parsed file
 * @param file its name, for messages
 * @param dsm the grid
 * @param idProperty property holding the id
 */
export function footprintBuildings(geojson: unknown, file: string, dsm: GeoGrid, idProperty: string): RoofBuildings {
  const collection = readFootprints(geojson, dsm, { file, idProperty });
  const features = (geojson as { features: { geometry?: unknown }[] }).features;
  const cells = dsm.width * dsm.height;
  const buildingIds = new Int32Array(cells);
  const cellAreaWeight = new Float32Array(cells);
  const coverage = rasterizeFootprints(
    collection.footprints.map((f) => f.rings),
    dsm.geo,
    dsm.width,
    dsm.height,
    buildingIds,
    cellAreaWeight,
  );
  const entries: BuildingEntry[] = new Array(features.length);
  collection.footprints.forEach((f, i) => {
    const inside = coverage.cellsInside[i] as number;
    const all = inside + (coverage.cellsOutsideGrid[i] as number) + (coverage.cellsOverlapped[i] as number);
    entries[f.featureIndex] = {
      buildingId: f.id,
      properties: f.properties ?? {},
      geometry: featureGeometryToWgs84(features[f.featureIndex]?.geometry, collection.sourceEpsg),
      label: inside > 0 ? i + 1 : 0,
      skipReason: inside > 0 ? null : 'no-cell-on-grid',
      shareOnGrid: all > 0 ? inside / all : 0,
    };
  });
  for (const s of collection.skipped) {
    entries[s.featureIndex] = {
      buildingId: s.id ?? `feature-${s.featureIndex}`,
      properties: s.properties ?? {},
      geometry: featureGeometryToWgs84(features[s.featureIndex]?.geometry, collection.sourceEpsg),
      label: 0,
      skipReason: `${s.reason}: ${s.detail}`,
      shareOnGrid: 0,
    };
  }
  return { entries, buildingIds, cellAreaWeight, source: 'footprints' };
}

/**
 * Buildings detected from the DSM and a DTM on the same grid (`detectBuildings`), ids `D0001`….
 * @param dsm surface heights
 * @param dtm terrain heights on the same grid
 * @param options thresholds (`detectBuildings`)
 */
export function detectedBuildings(dsm: GeoGrid, dtm: Grid, options: DetectBuildingsOptions): RoofBuildings {
  const found = detectBuildings(dsm, dtm, options);
  const epsg = dsm.geo.epsg as number;
  const entries: BuildingEntry[] = found.polygons.map((polygons, i) => ({
    buildingId: detectedBuildingId(i),
    properties: {},
    geometry: outlinesToWgs84(polygons, epsg),
    label: i + 1,
    skipReason: null,
    shareOnGrid: 1,
  }));
  return { entries, buildingIds: found.buildingIds, source: 'detected' };
}
