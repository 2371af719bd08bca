/**
 * Eigen-decomposition A = V·diag(d)·Vᵀ of a small dense symmetric matrix by the cyclic Jacobi
 * method: sweeps of plane rotations, each zeroing one off-diagonal entry, until the
 * off-diagonal mass is below 10⁻²⁴ of the total (quadratic convergence; at most 50 sweeps).
 *
 * @param a - symmetric matrix, row-major m×m; overwritten (its diagonal ends as the eigenvalues)
 * @param m - order of the matrix
 * @returns `values` d (length m, unordered) and `vectors` V (row-major m×m, column k the unit
 *   eigenvector of d_k)
 * @see Golub G.H., Van Loan C.F., "Matrix Computations", 4th ed., Johns Hopkins, 2013,
 *   §8.5.2–8.5.3 (Jacobi rotations, cyclic Jacobi).
 * @example symmetricEigen(Float64Array.of(2, 1, 1, 2), 2).values // 1 and 3
 */
export function symmetricEigen(a: Float64Array, m: number): { values: Float64Array; vectors: Float64Array } {
  const v = new Float64Array(m * m);
  for (let i = 0; i < m; i++) v[i * m + i] = 1;
  let total = 0;
  for (let i = 0; i < m * m; i++) total += a[i] * a[i];
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let r = p + 1; r < m; r++) off += 2 * a[p * m + r] ** 2;
    if (off <= 1e-24 * total) break;
    for (let p = 0; p < m; p++) {
      for (let r = p + 1; r < m; r++) {
        const apr = a[p * m + r];
        if (apr === 0) continue;
        // Rotation J (J_pp = J_rr = c, J_pr = s, J_rp = −s) with (JᵀAJ)_pr = 0: t = s/c is the
        // smaller root of t² + 2θt − 1 = 0, θ = (a_rr − a_pp) / 2a_pr.
        const theta = (a[r * m + r] - a[p * m + p]) / (2 * apr);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < m; k++) {
          const x = a[k * m + p];
          const y = a[k * m + r];
          a[k * m + p] = c * x - s * y;
          a[k * m + r] = s * x + c * y;
        }
        for (let k = 0; k < m; k++) {
          const x = a[p * m + k];
          const y = a[r * m + k];
          a[p * m + k] = c * x - s * y;
          a[r * m + k] = s * x + c * y;
        }
        for (let k = 0; k < m; k++) {
          const x = v[k * m + p];
          const y = v[k * m + r];
          v[k * m + p] = c * x - s * y;
          v[k * m + r] = s * x + c * y;
        }
      }
    }
  }
  const values = new Float64Array(m);
  for (let i = 0; i < m; i++) values[i] = a[i * m + i];
  return { values, vectors: v };
}
