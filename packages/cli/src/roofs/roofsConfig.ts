import {
  type EconomicsConfig,
  FRANCE_ECONOMICS_DEFAULTS,
  FRANCE_GRID_KG_CO2_PER_KWH,
  IRRADIATION_CLASSES,
  LAYOUT_DEFAULTS,
  type ModuleSpec,
  PV_SYSTEM_DEFAULTS,
  type PvSystemOptions,
  type SuitabilityClass,
  USABLE_AREA_DEFAULTS,
  type UsableAreaOptions,
} from '@gisement/core';

/** What ranks planes and buildings. */
export type RankingCriterion = 'yield' | 'specificYield' | 'payback';

/** Every parameter of `gisement roofs`, with its default (`--config` overrides any part). */
export interface RoofsConfig {
  usableArea: UsableAreaOptions;
  layout: { module: ModuleSpec; flatMounting: 'rows' | 'flush'; flatTiltDeg: number };
  pv: PvSystemOptions;
  /** Air temperature [°C] and wind [m/s] used with a clear sky (no weather file). */
  clearSkyConditions: { airTemperatureC: number; windSpeedMs: number; source: string };
  co2KgPerKwh: number;
  economics: EconomicsConfig;
  ranking: { criterion: RankingCriterion };
  /** Suitability classes on the annual irradiation [kWh/m²/yr], lowest first. */
  classes: SuitabilityClass[];
  /** Property of the footprints holding the building id when a feature has no `id`. */
  idProperty: string;
}

/** The defaults. */
export function defaultRoofsConfig(): RoofsConfig {
  return {
    usableArea: { ...USABLE_AREA_DEFAULTS },
    layout: {
      module: { ...LAYOUT_DEFAULTS.module },
      flatMounting: LAYOUT_DEFAULTS.flatMounting,
      flatTiltDeg: LAYOUT_DEFAULTS.flatTiltDeg,
    },
    pv: { ...PV_SYSTEM_DEFAULTS },
    clearSkyConditions: {
      airTemperatureC: 20,
      windSpeedMs: 1,
      source: 'IEC 61215 nominal operating cell temperature (NOCT) conditions: ambient 20 °C, wind 1 m/s, every month',
    },
    co2KgPerKwh: FRANCE_GRID_KG_CO2_PER_KWH,
    economics: structuredClone(FRANCE_ECONOMICS_DEFAULTS) as EconomicsConfig,
    ranking: { criterion: 'yield' },
    classes: IRRADIATION_CLASSES.map((c) => ({ ...c })),
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
    if (!(key in base)) throw new Error(`${file}: unknown parameter "${where}"`);
    const current = base[key];
    if (isObject(current) && key !== 'sources') {
      if (!isObject(value)) throw new Error(`${file}: "${where}" must be an object`);
      merge(current, value, where, file);
    } else if (Array.isArray(current) ? !Array.isArray(value) : typeof value !== typeof current) {
      const expected = Array.isArray(current) ? 'an array' : `a ${typeof current}`;
      throw new Error(`${file}: "${where}" must be ${expected}, got ${JSON.stringify(value)}`);
    } else {
      base[key] = value;
    }
  }
}

/**
 * The run's configuration: the defaults with the `--config` file's values over them.
 * @param text the JSON file's text, or undefined for the defaults
 * @param file its name, for messages
 * @throws Error naming the file and the parameter when the JSON is unreadable, a key unknown,
 *   a type wrong, or the ranking criterion / flat mounting not one of the choices
 */
export function readRoofsConfig(text: string | undefined, file: string): RoofsConfig {
  const config = defaultRoofsConfig();
  if (text === undefined) return config;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON: ${(error as Error).message}`);
  }
  if (!isObject(parsed)) throw new Error(`${file}: expected a JSON object`);
  merge(config as unknown as Record<string, unknown>, parsed, '', file);
  if (!['yield', 'specificYield', 'payback'].includes(config.ranking.criterion)) {
    throw new Error(`${file}: "ranking.criterion" must be yield, specificYield or payback`);
  }
  if (!['rows', 'flush'].includes(config.layout.flatMounting)) {
    throw new Error(`${file}: "layout.flatMounting" must be rows or flush`);
  }
  return config;
}
