import {
  DETECT_BUILDINGS_DEFAULTS,
  type RankingCriterion,
  ROOF_SEGMENTATION_DEFAULTS,
  type RoofAnalysisOptions,
  roofAnalysisDefaults,
} from '@gisement/core';

export type { RankingCriterion };

/**
 * Every parameter of `gisement roofs`, with its default (`--config` overrides any part): the
 * options of `analyseRoofPlanes`, the ranking criterion and the footprints' id property.
 */
export interface RoofsConfig extends RoofAnalysisOptions {
  /**
   * Roof-plane thresholds (`segmentRoofPlanes`, defaults `ROOF_SEGMENTATION_DEFAULTS` of
   * `@gisement/core`, for 0.5 m LiDAR); the meridian convergence comes from the DSM's CRS.
   */
  segmentation: RoofSegmentationThresholds;
  /** Buildings found without footprints (`detectBuildings`, defaults `DETECT_BUILDINGS_DEFAULTS`). */
  detection: { minHeightM: number; minBuildingAreaM2: number; minRoofPlaneAreaM2: number };
  ranking: { criterion: RankingCriterion };
  /** Property of the footprints holding the building id when a feature has no `id`. */
  idProperty: string;
}

/** The thresholds of `segmentRoofPlanes` that a configuration sets [m, °, m², –]. */
export interface RoofSegmentationThresholds {
  maxPlaneDistanceM: number;
  maxNormalAngleDeg: number;
  planarResidualM: number;
  minPlaneAreaM2: number;
  samplingToleranceScale: number;
  flatPitchDeg: number;
  mixedEdgeMinZ: number;
}

/** A roofs configuration file that cannot be used: its name and what is wrong. */
export class RoofsConfigError extends Error {
  /** The file's name as given. */
  readonly file: string;
  /** What is wrong, without the file name. */
  readonly detail: string;

  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'RoofsConfigError';
    this.file = file;
    this.detail = detail;
  }
}

/** The defaults (`roofAnalysisDefaults` of `@gisement/core`), keys in the order of summary.json. */
export function defaultRoofsConfig(): RoofsConfig {
  const d = roofAnalysisDefaults();
  const { gridConvergenceDeg: _fromTheCrs, ...segmentation } = ROOF_SEGMENTATION_DEFAULTS;
  return {
    segmentation,
    detection: { ...DETECT_BUILDINGS_DEFAULTS },
    usableArea: d.usableArea,
    layout: d.layout,
    pv: d.pv,
    clearSkyConditions: d.clearSkyConditions,
    co2KgPerKwh: d.co2KgPerKwh,
    economics: d.economics,
    ranking: { criterion: 'yield' },
    classes: d.classes,
    idProperty: 'id',
  };
}

/** Most suitability classes a configuration may define (class indices are stored as Int8). */
export const MAX_ROOF_CLASSES = 100;

/**
 * Why a configuration's `classes` cannot be used, or null when they can: a non-empty list (at
 * most {@link MAX_ROOF_CLASSES}) of `{ "name": text, "minValue": number }` with distinct
 * non-empty names and increasing bounds (`suitabilityClass` takes the last class a value
 * reaches).
 */
function classesProblem(classes: readonly unknown[]): string | null {
  if (classes.length === 0) return '"classes" must list at least one class';
  if (classes.length > MAX_ROOF_CLASSES) {
    return `"classes" may list at most ${MAX_ROOF_CLASSES} classes, got ${classes.length}`;
  }
  const names = new Set<string>();
  let previous = Number.NaN;
  for (const [i, c] of classes.entries()) {
    const where = `classes[${i}]`;
    const { name, minValue } = (isObject(c) ? c : {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') {
      return `"${where}.name" must be a non-empty text, got ${JSON.stringify(name)}`;
    }
    if (names.has(name)) return `"${where}.name" repeats the class name ${JSON.stringify(name)}`;
    names.add(name);
    if (typeof minValue !== 'number' || Number.isNaN(minValue)) {
      return `"${where}.minValue" must be a number, got ${JSON.stringify(minValue)}`;
    }
    if (i > 0 && !(minValue > previous)) {
      return `"${where}.minValue" must be above ${previous} (classes lowest first), got ${minValue}`;
    }
    previous = minValue;
  }
  return null;
}

/**
 * Why the segmentation or detection thresholds cannot be used, or null: each finite and > 0,
 * except `samplingToleranceScale` ≥ 0 and the angles below 90°.
 */
function thresholdsProblem(config: RoofsConfig): string | null {
  const groups = { segmentation: config.segmentation, detection: config.detection };
  for (const [group, values] of Object.entries(groups)) {
    for (const [key, value] of Object.entries(values)) {
      const where = `"${group}.${key}"`;
      const least = key === 'samplingToleranceScale' ? 0 : Number.MIN_VALUE;
      if (!(Number.isFinite(value) && value >= least)) {
        return `${where} must be a finite number ${least === 0 ? '≥ 0' : '> 0'}, got ${value}`;
      }
      if (key.endsWith('Deg') && value >= 90) return `${where} must be below 90°, got ${value}`;
    }
  }
  return null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Merge `override` into `base` in place: known keys only, same JSON type as the default. */
function merge(base: Record<string, unknown>, override: Record<string, unknown>, path: string, file: string): void {
  for (const [key, value] of Object.entries(override)) {
    const where = path ? `${path}.${key}` : key;
    if (!(key in base)) throw new RoofsConfigError(file, `unknown parameter "${where}"`);
    const current = base[key];
    if (isObject(current) && key !== 'sources') {
      if (!isObject(value)) throw new RoofsConfigError(file, `"${where}" must be an object`);
      merge(current, value, where, file);
    } else if (Array.isArray(current) ? !Array.isArray(value) : typeof value !== typeof current) {
      const expected = Array.isArray(current) ? 'an array' : `a ${typeof current}`;
      throw new RoofsConfigError(file, `"${where}" must be ${expected}, got ${JSON.stringify(value)}`);
    } else {
      base[key] = value;
    }
  }
}

/**
 * The roofs configuration (`gisement roofs --config`, or a file dropped on the map): the
 * defaults with the file's values over them.
 * @param text the JSON file's text, or undefined for the defaults
 * @param file its name, for messages
 * @throws RoofsConfigError naming the file and the parameter when the JSON is unreadable, a
 *   key unknown, a type wrong, the ranking criterion / flat mounting not one of the choices, or
 *   the classes unnamed, repeated, not in increasing order or more than {@link MAX_ROOF_CLASSES}
 * @example readRoofsConfig('{"layout":{"flatMounting":"flush"}}', 'roofs.json').layout.flatMounting // 'flush'
 */
export function readRoofsConfig(text: string | undefined, file: string): RoofsConfig {
  const config = defaultRoofsConfig();
  if (text === undefined) return config;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new RoofsConfigError(file, `not JSON: ${(error as Error).message}`);
  }
  if (!isObject(parsed)) throw new RoofsConfigError(file, 'expected a JSON object');
  merge(config as unknown as Record<string, unknown>, parsed, '', file);
  if (!['yield', 'specificYield', 'payback'].includes(config.ranking.criterion)) {
    throw new RoofsConfigError(file, '"ranking.criterion" must be yield, specificYield or payback');
  }
  if (!['rows', 'flush'].includes(config.layout.flatMounting)) {
    throw new RoofsConfigError(file, '"layout.flatMounting" must be rows or flush');
  }
  const problem = classesProblem(config.classes) ?? thresholdsProblem(config);
  if (problem !== null) throw new RoofsConfigError(file, problem);
  return config;
}
