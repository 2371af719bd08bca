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
  counts: 'counts.csv',
} as const;

/**
 * Public holidays in the sample's counting period, counted as Sundays by the footfall model:
 * Easter Monday, 1 April 2024 (France, Code du travail art. L3133-1).
 */
export const SAMPLE_HOLIDAYS: readonly string[] = ['2024-04-01'];
