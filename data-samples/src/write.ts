import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic, writeGeoTiffFile } from '@gisement/io/node';
import { townTextFiles } from './files.js';
import { generateTown } from './town.js';

/** Nodata value written in the GeoTIFFs for NaN cells. */
export const NODATA_VALUE = -9999;

/**
 * Generate the synthetic town and write its files into a directory (created when missing;
 * our files in it are replaced atomically, nothing else touched): `dsm.tif`, `dtm.tif`
 * (Float32, EPSG:2154, nodata -9999), `buildings.geojson`, `buildings_2154.geojson`,
 * `truth.json`, `streets.geojson`, `shops.geojson`, `candidates.geojson`,
 * `counters.geojson`, `counts.csv`, `footfall-truth.json`.
 * @param outDir target directory
 * @param seed seed of the counts' noise (default: the published sample's)
 * @returns the names of the files written
 * @example await writeSampleTown('data-samples/albi');
 */
export async function writeSampleTown(outDir: string, seed?: number): Promise<string[]> {
  const town = generateTown(seed);
  await mkdir(outDir, { recursive: true });
  const { width, height, geo } = town.frame;
  const rasters: [string, Float32Array][] = [
    ['dsm.tif', town.dsm],
    ['dtm.tif', town.dtm],
  ];
  for (const [name, band] of rasters) {
    await writeGeoTiffFile(join(outDir, name), { bands: [band], width, height, geo }, { nodata: NODATA_VALUE });
  }
  const texts = townTextFiles(town);
  for (const [name, text] of Object.entries(texts)) await writeFileAtomic(join(outDir, name), text);
  return [...rasters.map(([name]) => name), ...Object.keys(texts)];
}
