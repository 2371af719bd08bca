import { type RoofsConfig, RoofsConfigError, readRoofsConfig, WEATHER_WARNING_DISTANCE_KM } from '@gisement/io';
import type { FeatureCollection } from 'geojson';
import type { HillshadeParameters } from '../state/appState.js';
import type { ComputeClient } from '../worker/computeClient.js';
import type { FootfallLayers, RoofPlanes, SkySource } from '../worker/protocol.js';
import {
  type DroppedFiles,
  type DroppedInput,
  isGeoTiffName,
  type NamedValue,
  sortDroppedFiles,
} from './droppedFiles.js';
import { FileProblem } from './fileProblem.js';
import { detectedFootprints, type Footprints, footprintCollection, footprintRingsLonLat } from './footprints.js';
import type { OnProgress } from './loadTown.js';
import type { TownData } from './townData.js';

/** A dropped file with its text (null for a GeoTIFF) and the file itself. */
export type DroppedFile = DroppedInput & { file: File };

/** Weather files farther than this from the DSM's centre get a warning [km] (`WEATHER_WARNING_DISTANCE_KM`). */
export const FAR_WEATHER_KM = 50;

/**
 * Read one drop's files (every one but the GeoTIFFs as text) and sort them by role
 * (`sortDroppedFiles`). Nothing leaves the machine.
 * @param files the dropped or chosen files
 * @returns the files by role, with the problems and notes, file by file
 * @example const dropped = await readDroppedFiles(Array.from(input.files));
 */
export async function readDroppedFiles(files: readonly File[]): Promise<DroppedFiles<DroppedFile>> {
  return sortDroppedFiles(
    await Promise.all(
      files.map(async (file) => ({ name: file.name, text: isGeoTiffName(file.name) ? null : await file.text(), file })),
    ),
  );
}

/**
 * The roofs configuration file read (`readRoofsConfig` of `@gisement/io`, which also checks
 * its classes and thresholds), or a problem naming it.
 */
function roofsConfig(file: { name: string; text: string } | null): RoofsConfig | null {
  if (file === null) return null;
  try {
    return readRoofsConfig(file.text, file.name);
  } catch (error) {
    if (error instanceof RoofsConfigError)
      throw new FileProblem(file.name, 'error.roofsConfig', { detail: error.detail });
    throw error;
  }
}

/**
 * What the page says about the sky of a run: a weather file farther than `WEATHER_WARNING_DISTANCE_KM` (50 km)
 * from the DSM's centre (as `gisement solar --weather` warns), and the parser's own notes.
 * @param sky the sky of the run (`TerrainLayers.sky`)
 * @returns the notes, each naming the weather file (none under a clear sky)
 * @example skyNotes({ source: 'clear-sky' }) // []
 */
export function skyNotes(sky: SkySource): FileProblem[] {
  if (sky.source === 'clear-sky') return [];
  const notes = sky.warnings.map((detail) => new FileProblem(sky.file, 'warn.weather', { detail }));
  if (sky.distanceKm > WEATHER_WARNING_DISTANCE_KM) {
    const position = `${sky.latitudeDeg.toFixed(2)}°, ${sky.longitudeDeg.toFixed(2)}°`;
    notes.unshift(
      new FileProblem(sky.file, 'warn.weatherFar', {
        site: sky.siteName ? `${sky.siteName}, ${position}` : position,
        distance: Math.round(sky.distanceKm),
        limit: WEATHER_WARNING_DISTANCE_KM,
      }),
    );
  }
  return notes;
}

function collection(file: NamedValue | null): FeatureCollection | null {
  return file === null ? null : (file.value as FeatureCollection);
}

/**
 * Load a town from the user's files: the DSM computed in the worker with its optional DTM
 * (buildings detected when there is no footprint), weather file and roof parameters; the
 * footprints (read first, like the roof parameters, so a bad file is reported before the long
 * computation), streets, counters, shops and candidate premises as dropped. Nothing leaves
 * the machine.
 * @param dropped the drop's files by role, with a DSM (`readDroppedFiles`)
 * @param compute the compute worker
 * @param light relief light
 * @param onProgress progress of the computation
 * @returns the town (its footfall still to compute) and the notes on its sky
 * @throws FileProblem naming the file and what is wrong
 * @example const { town } = await loadDroppedTown(dropped, compute, state.hillshade, progress)
 */
export async function loadDroppedTown(
  dropped: DroppedFiles<DroppedFile> & { dsm: DroppedFile },
  compute: ComputeClient,
  light: HillshadeParameters,
  onProgress: OnProgress,
): Promise<{ town: TownData; notes: FileProblem[] }> {
  const config = roofsConfig(dropped.roofsConfig);
  const footprints: Footprints = dropped.footprints
    ? footprintCollection(dropped.footprints.value, dropped.footprints.name)
    : { type: 'FeatureCollection', features: [] };
  const { dtm } = dropped;
  const terrain = await compute.terrain(
    dropped.dsm.name,
    await dropped.dsm.file.arrayBuffer(),
    light,
    footprintRingsLonLat(footprints),
    onProgress,
    {
      dtm: dtm ? { name: dtm.name, bytes: await dtm.file.arrayBuffer() } : null,
      weather: dropped.weather,
      roofsConfig: config,
    },
  );
  const town: TownData = {
    terrain,
    buildings: terrain.detected ? detectedFootprints(terrain.detected.outlinesLonLat) : footprints,
    streets: collection(dropped.streets),
    counters: collection(dropped.sites),
    shops: collection(dropped.shops),
    candidates: collection(dropped.candidates),
    footfall: null,
  };
  return { town, notes: [...skyNotes(terrain.sky), ...mixedEdgeNotes(terrain.roofs, dropped.dsm.name)] };
}

/**
 * What the page says when the DSM's heights are offset from the footprints: per side whose edge
 * cells mix roof and ground, how many of them the roof planes leave out (as `gisement roofs`
 * warns).
 * @param roofs the roof step's result (`TerrainLayers.roofs`)
 * @param dsmFile the DSM file's name
 * @returns one note per such side, naming the DSM; none when the heights are in register
 * @example mixedEdgeNotes(terrain.roofs, 'dsm.tif') // [] on heights in register
 */
export function mixedEdgeNotes(roofs: RoofPlanes, dsmFile: string): FileProblem[] {
  return roofs.mixedEdges.map(
    ({ side, cellsLeftOut }) => new FileProblem(dsmFile, `warn.mixedEdges.${side}`, { cells: cellsLeftOut }),
  );
}

/**
 * Footfall of the dropped streets, computed in the worker from the counts and their counters,
 * with the shops and candidate premises when dropped (as `gisement footfall --holidays`).
 * @param dropped the drop's files by role
 * @param compute the compute worker
 * @param holidays public holidays counted as Sundays (`YYYY-MM-DD`, the state's `holidays`)
 * @returns the segments' estimates, scored premises and profiles; null without streets,
 *   counts and counters
 * @throws FileProblem naming the file and what is wrong
 * @example const footfall = await loadDroppedFootfall(dropped, compute, state.holidays);
 */
export async function loadDroppedFootfall(
  dropped: DroppedFiles<DroppedFile>,
  compute: ComputeClient,
  holidays: readonly string[],
): Promise<FootfallLayers | null> {
  const { streets, counts, sites, shops, candidates } = dropped;
  if (!streets || !counts || !sites) return null;
  return compute.footfall({ streets, counts, sites, shops, candidates, holidays });
}
