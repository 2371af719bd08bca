import { type RoofAnalysisOptions, roofAnalysisDefaults } from '@gisement/core';

/** What ranks planes and buildings. */
export type RankingCriterion = 'yield' | 'specificYield' | 'payback';

/**
 * Every parameter of `gisement roofs`, with its default (`--config` overrides any part): the
 * options of `analyseRoofPlanes`, the ranking criterion and the footprints' id property.
 */
export interface RoofsConfig extends RoofAnalysisOptions {
  ranking: { criterion: RankingCriterion };
  /** Property of the footprints holding the building id when a feature has no `id`. */
  idProperty: string;
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
  return {
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
 *   key unknown, a type wrong, or the ranking criterion / flat mounting not one of the choices
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
  return config;
}
