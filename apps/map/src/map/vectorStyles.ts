import { interpolateRdYlBu, schemeRdYlBu } from 'd3-scale-chromatic';
import { classLegend } from '../data/roofClassList.js';
import type { Locale, StringKey } from '../i18n/strings.js';
import type { RoofClasses } from '../worker/protocol.js';

/** A legend entry of a vector layer: its symbol and colour, and what it means (a string key, or text as it is). */
export interface Swatch {
  shape: 'fill' | 'line' | 'circle';
  colour: string;
  label: StringKey | { text: string };
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
 * Roof plane fill of the four default classes (`IRRADIATION_CLASSES` of `@gisement/core`:
 * unfavourable, favourable, good, excellent): ColorBrewer RdYlBu of 6 classes (d3
 * `schemeRdYlBu[6]`), its blue end then its three warm ones, so unfavourable stands apart.
 */
const FOUR_CLASS_COLOURS = ['#4575b4', '#fee090', '#fc8d59', '#d73027'] as const;
/** Fill of a roof plane with no class. */
export const ROOF_NO_CLASS_COLOUR = '#bdbdbd';

/**
 * Fill colours of `count` suitability classes, lowest first, blue to red: the four default
 * colours for four classes; ColorBrewer RdYlBu reversed (d3 `schemeRdYlBu[count]`) for 3 and 5 to
 * 11; `interpolateRdYlBu` at even steps (red for a single class) beyond the scheme's sizes.
 * @param count number of classes (≥ 0)
 * @returns CSS colours
 * @example roofClassColours(3) // ['#91bfdb', '#ffffbf', '#fc8d59']
 */
export function roofClassColours(count: number): string[] {
  if (count === 4) return [...FOUR_CLASS_COLOURS];
  const scheme = schemeRdYlBu[count];
  if (count >= 3 && scheme !== undefined) return [...scheme].reverse();
  return Array.from({ length: count }, (_, i) => interpolateRdYlBu(count === 1 ? 0 : 1 - i / (count - 1)));
}

/**
 * Legend of the roof planes: one fill swatch per class of the run with its bounds
 * (`classLegend`), class names as text; a grey one first when values below the first class
 * get none.
 * @param list the run's classes
 * @param locale interface language
 * @example roofClassSwatches(DEFAULT_ROOF_CLASSES, 'en')[3] // { shape: 'fill', colour: '#d73027', label: { text: 'Excellent: ≥ 1350 kWh/m²/yr' } }
 */
export function roofClassSwatches(list: RoofClasses, locale: Locale): Swatch[] {
  const colours = roofClassColours(list.classes.length);
  return classLegend(list, locale).map(({ classIndex, text }) => ({
    shape: 'fill',
    colour: classIndex < 0 ? ROOF_NO_CLASS_COLOUR : (colours[classIndex] as string),
    label: { text },
  }));
}

/** Legend of each vector layer but the roof planes' (`roofClassSwatches`, from the run's classes). */
export const VECTOR_LEGENDS: Readonly<
  Record<'buildings' | 'streets' | 'footfall' | 'counters' | 'shops' | 'candidates', readonly Swatch[]>
> = {
  footfall: FOOTFALL_STOPS.map((stop) => ({
    shape: 'line' as const,
    colour: stop.colour,
    label: stop.label as StringKey,
  })),
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
