import type { StringKey } from '../i18n/strings.js';

/** A legend entry of a vector layer: its symbol and colour, and what it means. */
export interface Swatch {
  shape: 'fill' | 'line' | 'circle';
  colour: string;
  label: StringKey;
}

/** Street colour and width [px] by OSM `highway` tag; `other` for any other value. */
export const STREET_STYLES = {
  primary: { colour: '#d0582a', widthPx: 5 },
  secondary: { colour: '#e0913a', widthPx: 4 },
  residential: { colour: '#8c8c8c', widthPx: 3 },
  pedestrian: { colour: '#2a7fb8', widthPx: 3 },
  other: { colour: '#b5b5b5', widthPx: 2 },
} as const;

export const BUILDING_FILL = '#d9c7a7';
export const BUILDING_OUTLINE = '#6b4f2f';
export const SELECTED_OUTLINE = '#1f4fd1';
export const COUNTER_COLOUR = '#7b2cbf';
export const SHOP_COLOUR = '#1b8a5a';
export const CANDIDATE_COLOUR = '#c9184a';

/**
 * Footfall segments: colour and width [px] at daily estimates [pedestrians/day], linearly
 * interpolated in between and held beyond the ends (a town centre's streets, from a quiet
 * residential street to a busy shopping one).
 */
export const FOOTFALL_STOPS = [
  { daily: 500, colour: '#fed976', widthPx: 2, label: 'footfall.low' },
  { daily: 1500, colour: '#fd8d3c', widthPx: 5, label: 'footfall.mid' },
  { daily: 3000, colour: '#bd0026', widthPx: 9, label: 'footfall.high' },
] as const;

/**
 * Roof plane fill by suitability class, in the order of `IRRADIATION_CLASSES` of
 * `@gisement/core` (unfavourable, favourable, good, excellent); a plane with no class is grey.
 */
export const ROOF_CLASS_COLOURS = ['#4575b4', '#fee090', '#fc8d59', '#d73027'] as const;
export const ROOF_NO_CLASS_COLOUR = '#bdbdbd';
const ROOF_CLASS_LABELS: readonly StringKey[] = [
  'legend.class.unfavourable',
  'legend.class.favourable',
  'legend.class.good',
  'legend.class.excellent',
];

/** Legend of each vector layer. */
export const VECTOR_LEGENDS: Readonly<
  Record<'buildings' | 'roofs' | 'streets' | 'footfall' | 'counters' | 'shops' | 'candidates', readonly Swatch[]>
> = {
  footfall: FOOTFALL_STOPS.map((stop) => ({
    shape: 'line' as const,
    colour: stop.colour,
    label: stop.label as StringKey,
  })),
  buildings: [{ shape: 'fill', colour: BUILDING_FILL, label: 'legend.buildings' }],
  roofs: ROOF_CLASS_COLOURS.map((colour, i) => ({
    shape: 'fill' as const,
    colour,
    label: ROOF_CLASS_LABELS[i] as StringKey,
  })),
  streets: (Object.keys(STREET_STYLES) as (keyof typeof STREET_STYLES)[]).map((highway) => ({
    shape: 'line' as const,
    colour: STREET_STYLES[highway].colour,
    label: `street.${highway}` as StringKey,
  })),
  counters: [{ shape: 'circle', colour: COUNTER_COLOUR, label: 'legend.counters' }],
  shops: [{ shape: 'circle', colour: SHOP_COLOUR, label: 'legend.shops' }],
  candidates: [{ shape: 'circle', colour: CANDIDATE_COLOUR, label: 'legend.candidates' }],
};
