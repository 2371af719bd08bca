/** What {@link fillGapsLinear} found and did. */
export interface GapFill {
  /** Number of values replaced (0 when a gap was too long: nothing is then replaced). */
  filledCount: number;
  /** Index of the first replaced value, −1 when none. */
  firstFilledIndex: number;
  /** Start index of the longest run of NaN, −1 when there is none. */
  longestGapStart: number;
  /** Length of the longest run of NaN (0 when there is none). */
  longestGapLength: number;
}

/**
 * Replace runs of NaN (missing values) by linear interpolation in index between the valid
 * values on each side; a run touching either end takes the nearest valid value. Nothing is
 * replaced when any run is longer than `maxGapLength` (the caller then reports the longest).
 *
 * @param values series with NaN for missing values; modified in place
 * @param maxGapLength longest run of NaN that may be replaced [samples]
 * @returns counts and the longest gap
 * @example
 *   const v = Float64Array.of(100, NaN, NaN, NaN, 500);
 *   fillGapsLinear(v, 6); // v = [100, 200, 300, 400, 500], filledCount 3
 */
export function fillGapsLinear(values: Float64Array, maxGapLength: number): GapFill {
  const n = values.length;
  let longestGapStart = -1;
  let longestGapLength = 0;
  let missing = 0;
  let firstMissing = -1;
  for (let i = 0; i < n; ) {
    if (!Number.isNaN(values[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < n && Number.isNaN(values[end])) end++;
    if (firstMissing === -1) firstMissing = i;
    missing += end - i;
    if (end - i > longestGapLength) {
      longestGapLength = end - i;
      longestGapStart = i;
    }
    i = end;
  }
  const report: GapFill = {
    filledCount: 0,
    firstFilledIndex: -1,
    longestGapStart,
    longestGapLength,
  };
  if (missing === 0 || longestGapLength > maxGapLength || longestGapLength === n) return report;

  for (let i = 0; i < n; ) {
    if (!Number.isNaN(values[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < n && Number.isNaN(values[end])) end++;
    const before = i > 0 ? values[i - 1] : values[end];
    const after = end < n ? values[end] : values[i - 1];
    const span = end - i + 1;
    for (let k = i; k < end; k++) {
      values[k] = before + ((after - before) * (k - i + 1)) / span;
    }
    i = end;
  }
  report.filledCount = missing;
  report.firstFilledIndex = firstMissing;
  return report;
}
