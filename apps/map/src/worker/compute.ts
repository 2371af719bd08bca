import { FootfallInputError } from '@gisement/footfall';
import { CrsError, GeoTiffError, parseWeather, readGeoTiff, WeatherFileError, type WeatherSeries } from '@gisement/io';
import { FileProblem } from '../data/fileProblem.js';
import type { StringKey } from '../i18n/strings.js';
import { footfallLayers } from './footfallLayers.js';
import type { ComputeRequest, ComputeStage, FootfallRequest, TerrainRequest, WorkerReply } from './protocol.js';
import { terrainLayers } from './terrainLayers.js';

/**
 * The compute worker: reads a DSM GeoTIFF from transferred bytes, runs the core terrain and
 * irradiation kernels and posts the warped layers and the buildings' means back, transferring
 * their buffers (never cloning); estimates the footfall of a town's streets from its files.
 */
interface WorkerScope {
  postMessage(message: WorkerReply, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ComputeRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** Rows of progress messages are thinned to this many per stage. */
const PROGRESS_STEPS = 20;

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(reply, transfer);
}

function problem(error: unknown): { reason: StringKey; params: Record<string, string> } {
  if (error instanceof GeoTiffError) return { reason: 'error.read', params: { detail: error.reason } };
  if (error instanceof CrsError || error instanceof RangeError) {
    return { reason: 'error.read', params: { detail: error.message } };
  }
  return { reason: 'error.read', params: { detail: error instanceof Error ? error.message : String(error) } };
}

/** A weather file's error without its file name (the page names the file): line, column, reason. */
function weatherDetail(error: WeatherFileError): string {
  const place = [
    error.line === undefined ? '' : `line ${error.line}`,
    error.record === undefined ? '' : `record ${error.record}`,
    error.column ?? '',
  ].filter((p) => p !== '');
  return [...place, error.reason].join(': ');
}

/** The dropped weather file parsed, or a problem naming it. */
function readWeather(file: { name: string; text: string } | null): WeatherSeries | null {
  if (file === null) return null;
  try {
    return parseWeather(file.text, file.name);
  } catch (error) {
    const detail = error instanceof WeatherFileError ? weatherDetail(error) : problem(error).params.detail;
    throw new FileProblem(file.name, 'error.weather', { detail });
  }
}

/** The dropped DTM read and checked against the DSM's grid, or a problem naming it. */
async function readDtm(
  file: { name: string; bytes: ArrayBuffer } | null,
  dsm: { width: number; height: number },
): Promise<{ data: Float32Array; width: number; height: number } | null> {
  if (file === null) return null;
  let dtm: { data: Float32Array; width: number; height: number };
  try {
    dtm = await readGeoTiff(file.bytes, {}, file.name);
  } catch (error) {
    throw new FileProblem(file.name, problem(error).reason, problem(error).params);
  }
  if (dtm.width !== dsm.width || dtm.height !== dsm.height) {
    throw new FileProblem(file.name, 'error.dtmGrid', {
      expected: `${dsm.width}×${dsm.height}`,
      actual: `${dtm.width}×${dtm.height}`,
    });
  }
  return dtm;
}

async function runTerrain(request: TerrainRequest): Promise<void> {
  const { jobId, fileName } = request;
  let lastStep = -1;
  const progress = (stage: ComputeStage, fraction: number) => {
    const step = Math.floor(fraction * PROGRESS_STEPS);
    if (step === lastStep && fraction < 1) return;
    lastStep = fraction >= 1 ? -1 : step;
    post({ type: 'progress', jobId, stage, fraction });
  };
  try {
    progress('read', 0);
    const weather = readWeather(request.weather);
    const dsm = await readGeoTiff(request.bytes, {}, fileName);
    const dtm = await readDtm(request.dtm, dsm);
    progress('read', 1);
    const epsg = dsm.geo.epsg;
    if (epsg === null) {
      post({ type: 'error', jobId, file: fileName, reason: 'error.noCrs', params: {} });
      return;
    }
    const layers = terrainLayers(
      { ...dsm, geo: { ...dsm.geo, epsg } },
      request.hillshade,
      request.footprintsLonLat,
      progress,
      { dtm, weather, roofs: request.roofsConfig },
    );
    post({ type: 'result', jobId, layers }, [
      ...Object.values(layers.values).map((v) => v.buffer),
      layers.buildingIrradiationKwhM2Yr.buffer,
      layers.buildingMonthlyKwhM2.buffer,
      layers.buildingAreaM2.buffer,
      layers.horizons.degrees.buffer,
      ...Object.values(layers.roofs).flatMap((v) => (ArrayBuffer.isView(v) ? [v.buffer] : [])),
      ...layers.roofs.outlinesLonLat.flat(2).map((ring) => ring.buffer),
      ...(layers.detected?.outlinesLonLat.flat(2).map((ring) => ring.buffer) ?? []),
    ]);
  } catch (error) {
    if (error instanceof FileProblem) {
      post({ type: 'error', jobId, file: error.file, reason: error.reason, params: { ...error.params } });
    } else {
      post({ type: 'error', jobId, file: fileName, ...problem(error) });
    }
  }
}

/** A footfall input error's message without its file name (the page names the file): line and reason. */
function footfallDetail(error: FootfallInputError): string {
  const prefix = error.line === null ? `${error.file}: ` : `${error.file}:${error.line}: `;
  const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return error.line === null ? reason : `line ${error.line}: ${reason}`;
}

function runFootfall(request: FootfallRequest): void {
  try {
    post({ type: 'footfall', jobId: request.jobId, footfall: footfallLayers(request) });
  } catch (error) {
    const named = error instanceof FootfallInputError;
    const detail = named ? footfallDetail(error) : problem(error).params.detail;
    post({
      type: 'error',
      jobId: request.jobId,
      file: named ? error.file : request.counts.name,
      reason: 'error.footfall',
      params: { detail },
    });
  }
}

scope.onmessage = (event: MessageEvent<ComputeRequest>) => {
  if (event.data.type === 'footfall') runFootfall(event.data);
  else void runTerrain(event.data);
};
