import { FileProblem } from './fileProblem.js';

/** The files of one drop, sorted by role. */
export interface DroppedFiles<F extends { name: string }> {
  dsm: F | null;
  footprints: F | null;
  problems: FileProblem[];
}

const GEOTIFF = /\.tiff?$/i;
const GEOJSON = /\.(geo)?json$/i;

/**
 * Sort dropped files by extension: one DSM GeoTIFF (`.tif`, `.tiff`) and optionally one
 * footprints GeoJSON (`.geojson`, `.json`); anything else, a second GeoTIFF, or footprints
 * without a DSM is a problem, named by file.
 * @param files the dropped files (anything with a `name`, e.g. DOM `File`s)
 * @returns the DSM, the footprints and the problems found
 * @example sortDroppedFiles([{ name: 'dsm.tif' }, { name: 'notes.txt' }]).problems[0].reason // 'error.unknownType'
 */
export function sortDroppedFiles<F extends { name: string }>(files: readonly F[]): DroppedFiles<F> {
  const result: DroppedFiles<F> = { dsm: null, footprints: null, problems: [] };
  const tiffs = files.filter((f) => GEOTIFF.test(f.name));
  const jsons = files.filter((f) => GEOJSON.test(f.name));
  for (const f of files) {
    if (!GEOTIFF.test(f.name) && !GEOJSON.test(f.name)) {
      result.problems.push(new FileProblem(f.name, 'error.unknownType'));
    }
  }
  if (tiffs.length > 1) {
    for (const f of tiffs) {
      result.problems.push(new FileProblem(f.name, 'error.tooManyDsm', { count: tiffs.length }));
    }
  } else if (tiffs.length === 1) {
    result.dsm = tiffs[0];
  }
  if (jsons.length > 0) {
    if (tiffs.length === 0) {
      for (const f of jsons) result.problems.push(new FileProblem(f.name, 'error.noDsm'));
    } else {
      result.footprints = jsons[0];
    }
  }
  return result;
}
