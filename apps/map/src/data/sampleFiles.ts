/**
 * Files of the embedded sample town (written by `data-samples`), served next to the app under
 * `sample/` by `vite.config.ts` and loaded by `loadSampleTown`.
 */
export const SAMPLE_FILES = {
  dsm: 'dsm.tif',
  buildings: 'buildings.geojson',
  streets: 'streets.geojson',
  counters: 'counters.geojson',
  shops: 'shops.geojson',
  candidates: 'candidates.geojson',
} as const;
