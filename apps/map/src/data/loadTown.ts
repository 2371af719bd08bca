import type { FeatureCollection } from 'geojson';
import type { HillshadeParameters } from '../state/appState.js';
import type { ComputeClient } from '../worker/computeClient.js';
import type { ComputeStage, FootfallLayers, TerrainLayers } from '../worker/protocol.js';
import { FileProblem } from './fileProblem.js';
import { footprintRingsLonLat, parseFootprints } from './footprints.js';
import { SAMPLE_FILES, SAMPLE_HOLIDAYS } from './sampleFiles.js';
import { decodeSampleResults, SAMPLE_RESULTS_FILE } from './sampleResults.js';
import type { TownData } from './townData.js';

/** Progress callback of a town load. */
export type OnProgress = (stage: ComputeStage, fraction: number) => void;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new FileProblem(url, 'error.sample', { detail: `HTTP ${response.status}` });
  return response;
}

async function fetchCollection(url: string): Promise<FeatureCollection> {
  return (await (await fetchOk(url)).json()) as FeatureCollection;
}

/** Performance measure of the loading of the sample's precomputed layers (fetch and decode). */
export const SAMPLE_LAYERS_MEASURE = 'gisement:sample-layers';

/**
 * The sample's layers precomputed at build time (`SAMPLE_RESULTS_FILE`), or null when they are
 * not served (a development server that could not compute them) or were shaded with another light.
 */
async function precomputedLayers(url: string, light: HillshadeParameters): Promise<TerrainLayers | null> {
  const startMs = performance.now();
  const response = await fetch(url);
  if (!response.ok) return null;
  const results = decodeSampleResults(await response.arrayBuffer(), SAMPLE_RESULTS_FILE);
  if (results.light.azimuthDeg !== light.azimuthDeg || results.light.altitudeDeg !== light.altitudeDeg) return null;
  performance.measure(SAMPLE_LAYERS_MEASURE, { start: startMs });
  return results.layers;
}

/**
 * Load the sample town (served under `<base>sample/`): its layers as computed at build time
 * (or, without them or for another relief light, its DSM through the compute worker), its
 * buildings, streets, counters, shops and vacant premises.
 * @param baseUrl URL of the app's folder, ending in `/`
 * @param compute the compute worker
 * @param light relief light
 * @param onProgress progress of the computation, when the worker computes
 * @returns the town
 * @throws FileProblem naming the file that failed
 * @example await loadSampleTown(import.meta.env.BASE_URL, compute, state.hillshade, progress)
 */
export async function loadSampleTown(
  baseUrl: string,
  compute: ComputeClient,
  light: HillshadeParameters,
  onProgress: OnProgress,
): Promise<TownData> {
  const url = (name: string) => `${baseUrl}sample/${name}`;
  const [precomputed, buildingsText, streets, counters, shops, candidates] = await Promise.all([
    precomputedLayers(url(SAMPLE_RESULTS_FILE), light),
    fetchOk(url(SAMPLE_FILES.buildings)).then((r) => r.text()),
    fetchCollection(url(SAMPLE_FILES.streets)),
    fetchCollection(url(SAMPLE_FILES.counters)),
    fetchCollection(url(SAMPLE_FILES.shops)),
    fetchCollection(url(SAMPLE_FILES.candidates)),
  ]);
  const buildings = parseFootprints(buildingsText, SAMPLE_FILES.buildings);
  const terrain =
    precomputed ??
    (await compute.terrain(
      SAMPLE_FILES.dsm,
      await fetchOk(url(SAMPLE_FILES.dsm)).then((r) => r.arrayBuffer()),
      light,
      footprintRingsLonLat(buildings),
      onProgress,
    ));
  return { terrain, buildings, streets, counters, shops, candidates, footfall: null };
}

/**
 * Footfall of the sample town's streets, computed in the worker from its streets, counts,
 * counters, shops and candidate premises (as `gisement footfall --holidays 2024-04-01`).
 * @param baseUrl URL of the app's folder, ending in `/`
 * @param compute the compute worker
 * @param town the sample town (its streets, counters, shops and candidates already read)
 * @returns the segments' estimates, the scored premises and the counters' profiles
 * @throws FileProblem naming the file that failed
 * @example town.footfall = await loadSampleFootfall(import.meta.env.BASE_URL, compute, town);
 */
export async function loadSampleFootfall(
  baseUrl: string,
  compute: ComputeClient,
  town: TownData,
): Promise<FootfallLayers> {
  const { streets, counters, shops, candidates } = town;
  if (!streets || !counters)
    throw new FileProblem(SAMPLE_FILES.streets, 'error.sample', { detail: 'no streets or counters' });
  const text = await (await fetchOk(`${baseUrl}sample/${SAMPLE_FILES.counts}`)).text();
  return compute.footfall({
    streets: { name: SAMPLE_FILES.streets, value: streets },
    counts: { name: SAMPLE_FILES.counts, text },
    sites: { name: SAMPLE_FILES.counters, value: counters },
    shops: shops ? { name: SAMPLE_FILES.shops, value: shops } : null,
    candidates: candidates ? { name: SAMPLE_FILES.candidates, value: candidates } : null,
    holidays: SAMPLE_HOLIDAYS,
  });
}
