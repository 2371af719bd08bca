import { isLocale, type Locale } from '../i18n/strings.js';

/** Every map layer, bottom to top. */
export const LAYER_IDS = [
  'hillshade',
  'slope',
  'irradiation',
  'streets',
  'buildings',
  'candidates',
  'shops',
  'counters',
] as const;

/** A map layer. */
export type LayerId = (typeof LAYER_IDS)[number];

/** What the map shows: the embedded sample or files dropped by the user (their names). */
export type DataSource = { kind: 'sample'; name: 'albi' } | { kind: 'files'; dsm: string; footprints: string | null };

/** The selected feature: a building, by the id shown in its panel. */
export interface Selection {
  layer: 'buildings';
  featureId: string;
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
}

/** What the user can do to the state. */
export type Action =
  | { type: 'setLocale'; locale: Locale }
  | { type: 'setLayerVisible'; layer: LayerId; visible: boolean }
  | { type: 'select'; selection: Selection | null }
  | { type: 'setDataSource'; dataSource: DataSource };

/**
 * The state on first load: the sample town, relief, annual irradiation and vector layers on,
 * slope off.
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
      buildings: true,
      candidates: true,
      shops: true,
      counters: true,
    },
    selection: null,
    hillshade: { azimuthDeg: 315, altitudeDeg: 45 },
    dataSource: { kind: 'sample', name: 'albi' },
  };
}

/**
 * The state after an action (pure: the input is not changed). New data clears the selection.
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
      return { ...state, dataSource: action.dataSource, selection: null };
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
    (value.footprints === null || typeof value.footprints === 'string')
  ) {
    return { kind: 'files', dsm: value.dsm, footprints: value.footprints };
  }
  throw new StateError(`dataSource is not a known source: ${JSON.stringify(value)}`);
}

function parseSelection(value: unknown): Selection | null {
  if (value === null) return null;
  if (isRecord(value) && value.layer === 'buildings' && typeof value.featureId === 'string') {
    return { layer: 'buildings', featureId: value.featureId };
  }
  throw new StateError(`selection must be null or a building, got ${JSON.stringify(value)}`);
}

/**
 * Read a state written by {@link serialiseState}, checking every field; layers missing from
 * the text (added to the app since) take their initial visibility, unknown layers are dropped.
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
  return state;
}
