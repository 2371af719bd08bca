import { isLocale, type Locale } from '../i18n/strings.js';
import { isIsoDate } from './holidays.js';

/** Every map layer, bottom to top. */
export const LAYER_IDS = [
  'hillshade',
  'slope',
  'irradiation',
  'streets',
  'footfall',
  'buildings',
  'roofs',
  'candidates',
  'shops',
  'counters',
] as const;

/** A map layer. */
export type LayerId = (typeof LAYER_IDS)[number];

/** What the map shows: the embedded sample or files dropped by the user (their names). */
/** Where the town comes from: the sample, or dropped files (the DSM, footprints and every other file's name). */
export type DataSource =
  | { kind: 'sample'; name: 'albi' }
  | { kind: 'files'; dsm: string; footprints: string | null; others: string[] };

/**
 * The selected feature, by the id shown in its panel: a building (with the point clicked on
 * it), a street segment of the footfall layer (its `segment` number) or a scored premises.
 */
export type Selection =
  | {
      layer: 'buildings';
      featureId: string;
      /** The point clicked on it [°, WGS 84 lon, lat] (its horizon is charted); absent when chosen from the table. */
      pointLonLat?: [number, number];
    }
  | { layer: 'segments' | 'premises'; featureId: string };

/** Columns the ranking table sorts by. */
export const RANKING_KEYS = ['irradiation', 'area', 'id', 'kWp', 'class', 'rank'] as const;
/** A column the ranking table sorts by. */
export type RankingKey = (typeof RANKING_KEYS)[number];

/** How the ranking table of buildings is sorted and filtered. */
export interface RankingView {
  sortBy: RankingKey;
  descending: boolean;
  /** Buildings below this mean annual irradiation are left out [kWh/m²/yr]; 0 keeps all. */
  minKwhM2Yr: number;
  /** Buildings below this peak power of their roof planes are left out [kWp]; 0 keeps all. */
  minKwp: number;
  /**
   * Lowest suitability class kept, an index into the shown town's classes (`RoofPlanes.classes`;
   * 0 keeps all, buildings with no class included; 1 keeps the second class and better).
   */
  minClassIndex: number;
}

/** Light of the relief layer. */
export interface HillshadeParameters {
  /** Light azimuth [°] clockwise from north. */
  azimuthDeg: number;
  /** Light altitude above the horizontal [°]. */
  altitudeDeg: number;
}

/**
 * Everything the user chose, as plain JSON-safe data, kept apart from the view (map, DOM)
 * so it can be saved, put in a URL and compared between scenarios.
 */
export interface AppState {
  locale: Locale;
  layers: Record<LayerId, boolean>;
  selection: Selection | null;
  hillshade: HillshadeParameters;
  dataSource: DataSource;
  ranking: RankingView;
  /**
   * Online basemap: an XYZ raster tile URL template (`https://…/{z}/{x}/{y}.png`) drawn under
   * the town, or null (the default) to stay offline: nothing is fetched unless it is set.
   */
  basemapUrl: string | null;
  /**
   * Public holidays (`YYYY-MM-DD`, sorted, each once) counted as Sundays in dropped counts, as
   * `gisement footfall --holidays`; the sample's own are fixed (`SAMPLE_HOLIDAYS`).
   */
  holidays: string[];
}

/** What the user can do to the state. */
export type Action =
  | { type: 'setLocale'; locale: Locale }
  | { type: 'setLayerVisible'; layer: LayerId; visible: boolean }
  | { type: 'select'; selection: Selection | null }
  | { type: 'setDataSource'; dataSource: DataSource }
  | { type: 'sortRanking'; sortBy: RankingKey }
  | { type: 'setRankingMin'; minKwhM2Yr: number }
  | { type: 'setRankingMinKwp'; minKwp: number }
  | { type: 'setRankingMinClass'; minClassIndex: number }
  | { type: 'setBasemap'; basemapUrl: string | null }
  | { type: 'setHolidays'; holidays: string[] };

/**
 * The state on first load: the sample town, relief, annual irradiation and vector layers on,
 * slope off, buildings listed by rank (best first), no public holiday.
 * @param locale interface language
 * @example initialState('fr').layers.slope // false
 */
export function initialState(locale: Locale): AppState {
  return {
    locale,
    layers: {
      hillshade: true,
      slope: false,
      irradiation: true,
      streets: true,
      footfall: true,
      buildings: true,
      roofs: true,
      candidates: true,
      shops: true,
      counters: true,
    },
    selection: null,
    hillshade: { azimuthDeg: 315, altitudeDeg: 45 },
    dataSource: { kind: 'sample', name: 'albi' },
    ranking: { sortBy: 'rank', descending: false, minKwhM2Yr: 0, minKwp: 0, minClassIndex: 0 },
    basemapUrl: null,
    holidays: [],
  };
}

/**
 * The state after an action (pure: the input is not changed). New data clears the selection
 * and the class filter (its classes may differ) and lists the buildings by rank again (the rank
 * follows the new data's criterion); sorting by the column already sorted on reverses the
 * order, a new column sorts by it descending (ids and ranks ascending).
 * @example reduce(s, { type: 'setLayerVisible', layer: 'slope', visible: true })
 */
export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'setLocale':
      return { ...state, locale: action.locale };
    case 'setLayerVisible':
      return { ...state, layers: { ...state.layers, [action.layer]: action.visible } };
    case 'select':
      return { ...state, selection: action.selection };
    case 'setDataSource':
      return {
        ...state,
        dataSource: action.dataSource,
        selection: null,
        ranking: { ...state.ranking, sortBy: 'rank', descending: false, minClassIndex: 0 },
      };
    case 'sortRanking': {
      const same = state.ranking.sortBy === action.sortBy;
      const descending = same ? !state.ranking.descending : action.sortBy !== 'id' && action.sortBy !== 'rank';
      return { ...state, ranking: { ...state.ranking, sortBy: action.sortBy, descending } };
    }
    case 'setRankingMin':
      return { ...state, ranking: { ...state.ranking, minKwhM2Yr: action.minKwhM2Yr } };
    case 'setRankingMinKwp':
      return { ...state, ranking: { ...state.ranking, minKwp: action.minKwp } };
    case 'setRankingMinClass':
      return { ...state, ranking: { ...state.ranking, minClassIndex: action.minClassIndex } };
    case 'setBasemap':
      return { ...state, basemapUrl: action.basemapUrl };
    case 'setHolidays':
      return { ...state, holidays: action.holidays };
  }
}

/**
 * Whether a text is an XYZ tile URL template MapLibre can fetch: http(s), with `{z}`, `{x}`
 * and `{y}`.
 * @example isTileUrlTemplate('https://tile.openstreetmap.org/{z}/{x}/{y}.png') // true
 */
export function isTileUrlTemplate(text: string): boolean {
  if (!['{z}', '{x}', '{y}'].every((part) => text.includes(part))) return false;
  try {
    const url = new URL(text.replaceAll(/[{}]/g, ''));
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The state as JSON text (for a URL, storage or a scenario file).
 * @example parseState(serialiseState(s)) // deep-equals s
 */
export function serialiseState(state: AppState): string {
  return JSON.stringify(state);
}

/** Error of {@link parseState}: what was expected where. */
export class StateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteNumber(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new StateError(`${where} must be a finite number, got ${JSON.stringify(value)}`);
  }
  return value;
}

function parseDataSource(value: unknown): DataSource {
  if (isRecord(value) && value.kind === 'sample' && value.name === 'albi') {
    return { kind: 'sample', name: 'albi' };
  }
  if (
    isRecord(value) &&
    value.kind === 'files' &&
    typeof value.dsm === 'string' &&
    (value.footprints === null || typeof value.footprints === 'string') &&
    Array.isArray(value.others) &&
    value.others.every((name) => typeof name === 'string')
  ) {
    return { kind: 'files', dsm: value.dsm, footprints: value.footprints, others: [...value.others] };
  }
  throw new StateError(`dataSource is not a known source: ${JSON.stringify(value)}`);
}

function parseSelection(value: unknown): Selection | null {
  if (value === null) return null;
  if (
    isRecord(value) &&
    (value.layer === 'segments' || value.layer === 'premises') &&
    typeof value.featureId === 'string'
  ) {
    return { layer: value.layer, featureId: value.featureId };
  }
  if (isRecord(value) && value.layer === 'buildings' && typeof value.featureId === 'string') {
    const point = value.pointLonLat;
    if (point === undefined) return { layer: 'buildings', featureId: value.featureId };
    if (Array.isArray(point) && point.length === 2) {
      return {
        layer: 'buildings',
        featureId: value.featureId,
        pointLonLat: [
          finiteNumber(point[0], 'selection.pointLonLat[0]'),
          finiteNumber(point[1], 'selection.pointLonLat[1]'),
        ],
      };
    }
  }
  throw new StateError(`selection must be null, a building, a segment or a premises, got ${JSON.stringify(value)}`);
}

function parseRanking(value: unknown): RankingView {
  if (!isRecord(value)) throw new StateError('ranking must be an object');
  const sortBy = RANKING_KEYS.find((key) => key === value.sortBy);
  if (sortBy === undefined) {
    throw new StateError(
      `ranking.sortBy must be one of ${RANKING_KEYS.join(', ')}, got ${JSON.stringify(value.sortBy)}`,
    );
  }
  if (typeof value.descending !== 'boolean') {
    throw new StateError(`ranking.descending must be true or false, got ${JSON.stringify(value.descending)}`);
  }
  const minClassIndex =
    value.minClassIndex === undefined ? 0 : finiteNumber(value.minClassIndex, 'ranking.minClassIndex');
  if (!Number.isInteger(minClassIndex) || minClassIndex < 0) {
    throw new StateError(`ranking.minClassIndex must be a class index ≥ 0, got ${JSON.stringify(minClassIndex)}`);
  }
  return {
    sortBy,
    descending: value.descending,
    minKwhM2Yr: finiteNumber(value.minKwhM2Yr, 'ranking.minKwhM2Yr'),
    minKwp: value.minKwp === undefined ? 0 : finiteNumber(value.minKwp, 'ranking.minKwp'),
    minClassIndex,
  };
}

/**
 * Read a state written by {@link serialiseState}, checking every field; layers missing from
 * the text (added to the app since) take their initial visibility, unknown layers are dropped,
 * a missing ranking view takes the initial one, and its filters added since (minimum kWp and
 * class) default to keeping all, a missing basemap to none (offline) and missing holidays to none.
 * @param text JSON text
 * @returns the state
 * @throws StateError saying which field is wrong and what it holds
 * @example parseState('{"locale":"fr",...}')
 */
export function parseState(text: string): AppState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StateError(`state is not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(value)) throw new StateError('state must be a JSON object');
  if (!isLocale(value.locale)) {
    throw new StateError(`locale must be "en" or "fr", got ${JSON.stringify(value.locale)}`);
  }
  const state = initialState(value.locale);
  if (!isRecord(value.layers)) throw new StateError('layers must be an object');
  for (const id of LAYER_IDS) {
    const visible = value.layers[id];
    if (visible === undefined) continue;
    if (typeof visible !== 'boolean') {
      throw new StateError(`layers.${id} must be true or false, got ${JSON.stringify(visible)}`);
    }
    state.layers[id] = visible;
  }
  if (!isRecord(value.hillshade)) throw new StateError('hillshade must be an object');
  state.hillshade = {
    azimuthDeg: finiteNumber(value.hillshade.azimuthDeg, 'hillshade.azimuthDeg'),
    altitudeDeg: finiteNumber(value.hillshade.altitudeDeg, 'hillshade.altitudeDeg'),
  };
  state.selection = parseSelection(value.selection);
  state.dataSource = parseDataSource(value.dataSource);
  if (value.ranking !== undefined) state.ranking = parseRanking(value.ranking);
  const basemap = value.basemapUrl;
  if (basemap !== undefined && basemap !== null) {
    if (typeof basemap !== 'string' || !isTileUrlTemplate(basemap)) {
      throw new StateError(
        `basemapUrl must be null or an http(s) tile URL with {z}, {x}, {y}, got ${JSON.stringify(basemap)}`,
      );
    }
    state.basemapUrl = basemap;
  }
  if (value.holidays !== undefined) {
    const { holidays } = value;
    if (!Array.isArray(holidays) || !holidays.every((d) => typeof d === 'string' && isIsoDate(d))) {
      throw new StateError(`holidays must be a list of YYYY-MM-DD dates, got ${JSON.stringify(holidays)}`);
    }
    state.holidays = [...new Set(holidays as string[])].sort();
  }
  return state;
}
