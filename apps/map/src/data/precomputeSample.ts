import { readGeoTiff } from '@gisement/io';
import type { HillshadeParameters } from '../state/appState.js';
import { terrainLayers } from '../worker/terrainLayers.js';
import { footprintRingsLonLat, parseFootprints } from './footprints.js';
import { SAMPLE_FILES } from './sampleFiles.js';
import { encodeSampleResults } from './sampleResults.js';

/**
 * The sample town's layers, computed ahead of time by the worker's own chain
 * (`readGeoTiff`, then `terrainLayers` on the footprints' rings), encoded as
 * `SAMPLE_RESULTS_FILE`. vite.config.ts runs it in Node when it builds or serves the app.
 * @param dsmBytes the sample's `dsm.tif`
 * @param buildingsText the sample's `buildings.geojson`
 * @param light relief light (the app's initial state)
 * @returns the file's bytes
 * @throws GeoTiffError / FileProblem / RangeError when the sample's files are not readable
 * @example writeFileSync(SAMPLE_RESULTS_FILE, await precomputeSample(dsm, text, initialState('en').hillshade));
 */
export async function precomputeSample(
  dsmBytes: ArrayBuffer,
  buildingsText: string,
  light: HillshadeParameters,
): Promise<Uint8Array> {
  const dsm = await readGeoTiff(dsmBytes, {}, SAMPLE_FILES.dsm);
  const epsg = dsm.geo.epsg;
  if (epsg === null) throw new RangeError(`${SAMPLE_FILES.dsm} has no CRS`);
  const rings = footprintRingsLonLat(parseFootprints(buildingsText, SAMPLE_FILES.buildings));
  const layers = terrainLayers({ ...dsm, geo: { ...dsm.geo, epsg } }, light, rings, () => {});
  return encodeSampleResults({ light, layers });
}
