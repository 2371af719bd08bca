/**
 * Least-squares plane z = c + a·x + b·y from running sums (ordinary least squares in z, the
 * fit used by Vosselman et al. 2004 for roof faces of a 2.5-D surface). Coordinates are
 * relative to an origin chosen by the caller (so sums stay small); units are metres.
 */

/** Number of running sums in a {@link PlaneSums} array. */
export const PLANE_SUMS_LENGTH = 10;

/**
 * Running sums n, Σx, Σy, Σz, Σx², Σxy, Σy², Σxz, Σyz, Σz² in a Float64Array of
 * {@link PLANE_SUMS_LENGTH}, x/y/z relative to the caller's origin [m].
 */
export type PlaneSums = Float64Array;

/**
 * Add one point [m, relative to the origin] to the sums stored at `s[at … at + 10)`.
 */
export function addPlanePoint(s: PlaneSums, x: number, y: number, z: number, at = 0): void {
  s[at] += 1;
  s[at + 1] += x;
  s[at + 2] += y;
  s[at + 3] += z;
  s[at + 4] += x * x;
  s[at + 5] += x * y;
  s[at + 6] += y * y;
  s[at + 7] += x * z;
  s[at + 8] += y * z;
  s[at + 9] += z * z;
}

/**
 * Solve the normal equations of the sums into `out` = [a (∂z/∂x), b (∂z/∂y), c (z at the
 * origin) [m], rms residual [m]]; returns false (out untouched) when the points are fewer than
 * 3 or collinear (singular system).
 */
export function solvePlane(s: PlaneSums, out: Float64Array): boolean {
  const n = s[0];
  if (n < 3) return false;
  const sx = s[1];
  const sy = s[2];
  const sz = s[3];
  const sxx = s[4];
  const sxy = s[5];
  const syy = s[6];
  const sxz = s[7];
  const syz = s[8];
  // Cramer's rule on [sxx sxy sx; sxy syy sy; sx sy n]·[a b c]ᵀ = [sxz syz sz].
  const det = sxx * (syy * n - sy * sy) - sxy * (sxy * n - sy * sx) + sx * (sxy * sy - syy * sx);
  const scale = sxx * syy * n;
  if (!(Math.abs(det) > 1e-12 * scale)) return false;
  const a = (sxz * (syy * n - sy * sy) - sxy * (syz * n - sy * sz) + sx * (syz * sy - syy * sz)) / det;
  const b = (sxx * (syz * n - sz * sy) - sxz * (sxy * n - sy * sx) + sx * (sxy * sz - syz * sx)) / det;
  const c = (sxx * (syy * sz - sy * syz) - sxy * (sxy * sz - sy * sxz) + sx * (sxy * syz - syy * sxz)) / det;
  const rss = s[9] - a * sxz - b * syz - c * sz;
  out[0] = a;
  out[1] = b;
  out[2] = c;
  out[3] = Math.sqrt(Math.max(0, rss) / n);
  return true;
}

/**
 * Rms deviation [m] of the points of the sums from their mean height: the rms residual of the
 * best horizontal plane; NaN without points.
 */
export function horizontalRms(s: PlaneSums): number {
  const n = s[0];
  const mean = s[3] / n;
  return Math.sqrt(Math.max(0, s[9] / n - mean * mean));
}
