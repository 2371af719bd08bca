/**
 * Index of the first value where two typed arrays differ (NaN equals NaN), −1 when they are
 * identical, or −2 when their lengths differ. A plain loop: vitest's deep equality is slow on
 * millions of values.
 */
export function firstDifference(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return -2;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return i;
  }
  return -1;
}
