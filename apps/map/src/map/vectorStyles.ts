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

/** Legend of each vector layer. */
export const VECTOR_LEGENDS: Readonly<
  Record<'buildings' | 'streets' | 'counters' | 'shops' | 'candidates', readonly Swatch[]>
> = {
  buildings: [{ shape: 'fill', colour: BUILDING_FILL, label: 'legend.buildings' }],
  streets: (Object.keys(STREET_STYLES) as (keyof typeof STREET_STYLES)[]).map((highway) => ({
    shape: 'line' as const,
    colour: STREET_STYLES[highway].colour,
    label: `street.${highway}` as StringKey,
  })),
  counters: [{ shape: 'circle', colour: COUNTER_COLOUR, label: 'legend.counters' }],
  shops: [{ shape: 'circle', colour: SHOP_COLOUR, label: 'legend.shops' }],
  candidates: [{ shape: 'circle', colour: CANDIDATE_COLOUR, label: 'legend.candidates' }],
};
