import { rankValues } from '@gisement/core';
import type { RankingCriterion } from '@gisement/io';

/**
 * Ranks of buildings by a roofs config's criterion, as `gisement roofs` ranks them
 * (packages/cli/src/roofs/analyseRoofs.ts): first-year yield [kWh/yr] or specific yield
 * (yield / kWp) [kWh/kWp], highest first, or simple payback [years], shortest first;
 * `rankValues` of `@gisement/core` (ties share the smaller rank). A building without modules,
 * or without a payback when ranked by it, is unranked.
 * @param kWp per building, its peak power [kWp]
 * @param yieldKwhYr per building, its first-year AC yield [kWh/yr]
 * @param paybackYears per building, its simple payback [years], NaN when none
 * @param criterion what ranks them
 * @returns per building, its rank 1 … n, 0 when unranked
 * @example buildingRanks(Float32Array.of(3, 0, 6), Float32Array.of(3300, 0, 6000), Float32Array.of(12, NaN, 11), 'specificYield') // [1, 0, 2]
 */
export function buildingRanks(
  kWp: ArrayLike<number>,
  yieldKwhYr: ArrayLike<number>,
  paybackYears: ArrayLike<number>,
  criterion: RankingCriterion,
): Int32Array {
  const values = new Float64Array(kWp.length);
  for (let b = 0; b < values.length; b++) {
    const power = kWp[b] as number;
    if (!(power > 0)) values[b] = Number.NaN;
    else if (criterion === 'yield') values[b] = yieldKwhYr[b] as number;
    else if (criterion === 'specificYield') values[b] = (yieldKwhYr[b] as number) / power;
    else values[b] = paybackYears[b] as number;
  }
  return rankValues(values, criterion !== 'payback');
}
