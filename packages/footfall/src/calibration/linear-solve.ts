/**
 * Solve the dense square system A·x = b by Gaussian elimination with partial pivoting.
 * `a` (row-major n×n) and `b` are overwritten; the solution is returned in a new array.
 * Returns `null` when the matrix is singular to working precision (pivot ≤ 1e-12 · max |a|).
 *
 * @see Golub G.H., Van Loan C.F., "Matrix Computations", 4th ed., Johns Hopkins, 2013, §3.4.
 */
export function solveLinearSystem(a: Float64Array, b: Float64Array, n: number): Float64Array | null {
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale = Math.max(scale, Math.abs(a[i]));
  const tiny = 1e-12 * (scale || 1);
  for (let k = 0; k < n; k++) {
    let piv = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(a[i * n + k]) > Math.abs(a[piv * n + k])) piv = i;
    if (Math.abs(a[piv * n + k]) <= tiny) return null;
    if (piv !== k) {
      for (let j = 0; j < n; j++) {
        const t = a[k * n + j];
        a[k * n + j] = a[piv * n + j];
        a[piv * n + j] = t;
      }
      const t = b[k];
      b[k] = b[piv];
      b[piv] = t;
    }
    const akk = a[k * n + k];
    for (let i = k + 1; i < n; i++) {
      const f = a[i * n + k] / akk;
      if (f === 0) continue;
      for (let j = k; j < n; j++) a[i * n + j] -= f * a[k * n + j];
      b[i] -= f * b[k];
    }
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i];
    for (let j = i + 1; j < n; j++) s -= a[i * n + j] * x[j];
    x[i] = s / a[i * n + i];
  }
  return x;
}
