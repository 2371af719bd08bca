import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type BuildingInsights,
  buildingInsights,
  type GeoRef,
  type RoofAnalysis,
  type RoofSegmentation,
} from '@gisement/core';
import { toWgs84 } from '@gisement/io';
import { writeFileAtomic } from '@gisement/io/node';
import type { BuildingRow, PlaneRow } from './analyseRoofs.js';
import type { BuildingEntry } from './roofBuildings.js';
import type { RoofsConfig } from './roofsConfig.js';

/** Folder of the `--building-insights` files inside `--out`. */
export const BUILDING_INSIGHTS_DIR = 'building-insights';

/** One building's `buildingInsights` document and its file name. */
export interface BuildingInsightsFile {
  /** File name inside {@link BUILDING_INSIGHTS_DIR}: the building id, URI-encoded, `.json`. */
  fileName: string;
  insights: BuildingInsights;
}

/** What the grid and the roof step give the documents. */
export interface BuildingInsightsSource {
  seg: RoofSegmentation;
  analysis: RoofAnalysis;
  /** Annual irradiation of each cell on its plane [kWh/m²/yr]. */
  globalKwhM2Yr: Float32Array;
  width: number;
  /** The DSM's georeference (projected CRS with an EPSG code). */
  geo: GeoRef;
}

/**
 * A Google Solar API–shaped `buildingInsights` document (`buildingInsights` of `@gisement/core`)
 * for every analysed building, its planes in the order of their segment ids (P1 = segment 0);
 * skipped buildings get none and are listed, with their reason, in the summary part.
 * @param entries the buildings
 * @param buildings their rows (`analyseRoofs`), same order
 * @param planes the plane rows, index = plane index
 * @param source segmentation, analysis, irradiation and grid
 * @param config the run's configuration (module, lifetime, CO2 factor)
 */
export function buildingInsightsFiles(
  entries: readonly BuildingEntry[],
  buildings: readonly BuildingRow[],
  planes: readonly PlaneRow[],
  source: BuildingInsightsSource,
  config: RoofsConfig,
): { files: BuildingInsightsFile[]; summary: Record<string, unknown> } {
  const planeIndexes: number[][] = entries.map(() => []);
  planes.forEach((row, k) => {
    planeIndexes[row.entry]?.push(k);
  });
  const epsg = source.geo.epsg as number;
  const files: BuildingInsightsFile[] = [];
  const skipped: { buildingId: string; skipReason: string | null }[] = [];
  entries.forEach((entry, i) => {
    const row = buildings[i] as BuildingRow;
    if (row.status !== 'analysed') {
      skipped.push({ buildingId: entry.buildingId, skipReason: row.skipReason });
      return;
    }
    files.push({
      fileName: `${encodeURIComponent(entry.buildingId)}.json`,
      insights: buildingInsights({
        buildingId: entry.buildingId,
        planeIndexes: planeIndexes[i] as number[],
        seg: source.seg,
        layout: source.analysis.layout,
        yields: source.analysis.yields,
        globalKwhM2Yr: source.globalKwhM2Yr,
        width: source.width,
        geo: source.geo,
        toWgs84: (x, y) => toWgs84(epsg, x, y),
        module: config.layout.module,
        lifetimeYr: config.economics.lifetimeYr,
        co2KgPerKwh: config.co2KgPerKwh,
      }),
    });
  });
  return {
    files,
    summary: {
      directory: BUILDING_INSIGHTS_DIR,
      written: files.length,
      skipped,
      note:
        'one Google Solar API buildingInsights-shaped JSON per analysed building (<buildingId>.json, id ' +
        'URI-encoded); skipped buildings get none. Energies are DC (capacity × sunshine hours), not ' +
        'the AC yields of roofs.geojson; fields left out are listed in packages/core/src/rooftop/README.md',
    },
  };
}

/** JSON numbers to 7 decimals (1 cm in latitude; far below every other quantity's precision). */
function round7(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(7)) : value;
}

/**
 * Write the documents into `<out>/building-insights/`, each atomically (the folder is created),
 * numbers to 7 decimals,
 * one after the other so that a town of thousands of buildings does not exhaust file handles.
 * @param out the output directory
 * @param files the documents ({@link buildingInsightsFiles})
 */
export async function writeBuildingInsightsFiles(out: string, files: readonly BuildingInsightsFile[]): Promise<void> {
  const dir = join(out, BUILDING_INSIGHTS_DIR);
  await mkdir(dir, { recursive: true });
  for (const f of files) {
    await writeFileAtomic(join(dir, f.fileName), `${JSON.stringify(f.insights, round7, 2)}\n`);
  }
}
