/**
 * Ranking and suitability classes of roof planes or buildings.
 */

/** A suitability class: applies from `minValue` (inclusive) up to the next class's. */
export interface SuitabilityClass {
  name: string;
  minValue: number;
}

/**
 * Default classes on the annual irradiation of a plane [kWh/m²/yr], lowest first: below
 * 1000 "unfavourable", from 1000 "favourable" (the Paris solar cadastre's threshold), from
 * 1220 "good" and from 1350 "excellent" (the bounds of ADEME's north / centre / south
 * irradiation zones). Sources: ../shared/REFERENCES.md, "Regional magnitudes (France)".
 */
export const IRRADIATION_CLASSES: readonly SuitabilityClass[] = Object.freeze([
  { name: 'unfavourable', minValue: Number.NEGATIVE_INFINITY },
  { name: 'favourable', minValue: 1000 },
  { name: 'good', minValue: 1220 },
  { name: 'excellent', minValue: 1350 },
]);

/**
 * The class of a value: the last class whose `minValue` it reaches.
 * @param value the classified quantity (e.g. irradiation [kWh/m²/yr])
 * @param classes ordered by increasing `minValue`
 * @returns the class name, or null for NaN or a value below every class
 * @example suitabilityClass(1100, IRRADIATION_CLASSES); // 'favourable'
 */
export function suitabilityClass(value: number, classes: readonly SuitabilityClass[]): string | null {
  let name: string | null = null;
  for (const c of classes) if (value >= c.minValue) name = c.name;
  return name;
}

/**
 * Ranks of values, 1 for the best; ties share the smaller rank (competition ranking, "1224");
 * NaN values are not ranked (rank 0).
 * @param values the criterion, one per item
 * @param higherIsBetter true for yield or specific yield, false for payback years
 * @returns rank per item, 1 … n, 0 for NaN
 * @example rankValues(Float64Array.of(5, 9, 5, NaN), true); // [2, 1, 2, 0]
 */
export function rankValues(values: ArrayLike<number>, higherIsBetter: boolean): Int32Array {
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) order.push(i);
  const sign = higherIsBetter ? -1 : 1;
  order.sort((a, b) => sign * (values[a] - values[b]) || a - b);
  const ranks = new Int32Array(values.length);
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    ranks[i] = j > 0 && values[order[j - 1]] === values[i] ? ranks[order[j - 1]] : j + 1;
  }
  return ranks;
}

/** What ranks planes and buildings: first-year yield, specific yield or simple payback. */
export type RankingCriterion = 'yield' | 'specificYield' | 'payback';

/**
 * Ranks of roof planes or buildings by a criterion: first-year AC yield [kWh/yr] or specific
 * yield (yield / kWp) [kWh/kWp], highest first, or simple payback [years], shortest first
 * ({@link rankValues}: ties share the smaller rank). An item without modules, or without a
 * payback when ranked by it, is unranked.
 * @param kWp per item, its peak power [kWp]
 * @param yieldKwhYr per item, its first-year AC yield [kWh/yr]
 * @param paybackYears per item, its simple payback [years], NaN when none
 * @param criterion what ranks them
 * @returns per item, its rank 1 … n, 0 when unranked
 * @example rankByCriterion([3, 0, 6], [3300, 0, 6000], [12, NaN, 11], 'specificYield'); // [1, 0, 2]
 */
export function rankByCriterion(
  kWp: ArrayLike<number>,
  yieldKwhYr: ArrayLike<number>,
  paybackYears: ArrayLike<number>,
  criterion: RankingCriterion,
): Int32Array {
  const values = new Float64Array(kWp.length);
  for (let i = 0; i < values.length; i++) {
    const power = kWp[i] as number;
    if (!(power > 0)) values[i] = Number.NaN;
    else if (criterion === 'yield') values[i] = yieldKwhYr[i] as number;
    else if (criterion === 'specificYield') values[i] = (yieldKwhYr[i] as number) / power;
    else values[i] = paybackYears[i] as number;
  }
  return rankValues(values, criterion !== 'payback');
}
