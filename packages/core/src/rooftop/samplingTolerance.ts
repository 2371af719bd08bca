/**
 * Largest gradient of a roof face [m/m]: tan of 72.54°, the pitch above which 3DBAG's roofer
 * calls a plane a wall (|n·z| < 0.3, `metrics_is_wall_threshold` of `PlaneDetectorConfig`,
 * 3DBAG/roofer `include/roofer/reconstruction/PlaneDetector.hpp`). Steeper surfaces are walls
 * (or the jump between two levels), not faces sampled by the grid.
 */
export const WALL_MIN_GRADIENT = Math.sqrt(1 - 0.3 * 0.3) / 0.3;

/**
 * Spread of the sampling error bounded by an rms residual: one standard deviation.
 */
export const RMS_SPREAD = 1;

/**
 * Spread of the sampling error bounded by a single cell's distance: √3 standard deviations,
 * the half-width of a uniform distribution (its largest error).
 */
export const BOUND_SPREAD = Math.sqrt(3);

/**
 * Height tolerance [m] of a gridded DSM cell on a roof face of gradient (a, b): the tolerance
 * of a horizontal surface widened by the sampling error of the grid, root-sum-square.
 *
 * A DSM cell holds the height of one sample (a LiDAR point, or the highest / nearest of those
 * in the cell), which lies anywhere in the cell, not at its centre. On a plane of gradient
 * (a, b) a sample displaced by (u, v) from the centre is off by a·u + b·v; with u, v
 * independent and uniform over the cell (Δx, Δy) its variance is (a²Δx² + b²Δy²)/12 — the
 * variance Δ²/12 of uniform quantisation (Sheppard 1898; Widrow & Kollár 2008, ch. 4) scaled by
 * the slope: (tan β · Δ)²/12 on a square grid whatever the aspect (a standard deviation of
 * 0.32 m at 48° on a 1 m grid). DEM accuracy studies find the gridding error governed first by
 * the terrain's morphology (Aguilar et al. 2005). Independent of the measurement noise, the two
 * add in quadrature:
 *
 *   tolerance = √(toleranceM² + (k·s)² · (a²Δx² + b²Δy²)/12),
 *
 * with s = {@link RMS_SPREAD} to bound an rms residual and s = {@link BOUND_SPREAD} (the
 * half-width tan β · Δ / 2 of the uniform error) to bound one cell's distance; k scales the
 * sampling term (0: none, 1: a sample anywhere in its cell). On a horizontal surface, and on
 * a surface steeper than a roof ({@link WALL_MIN_GRADIENT}), the tolerance is `toleranceM`.
 *
 * References: Sheppard W.F., "On the calculation of the most probable values of
 * frequency-constants for data arranged according to equidistant divisions of a scale", Proc.
 * London Math. Soc. 29:353–380, 1898; Widrow B., Kollár I., "Quantization Noise", Cambridge
 * University Press, 2008; Aguilar F.J., Agüera F., Aguilar M.A., Carvajal F., "Effects of
 * terrain morphology, sampling density, and interpolation methods on grid DEM accuracy",
 * Photogrammetric Engineering & Remote Sensing 71(7):805–816, 2005.
 *
 * @param toleranceM tolerance on a horizontal surface [m]
 * @param a ∂z/∂x of the surface [m/m]
 * @param b ∂z/∂y of the surface [m/m]
 * @param cellSizeXM cell width Δx [m]
 * @param cellSizeYM cell height Δy [m]
 * @param spread k·s [dimensionless]: the scale times {@link RMS_SPREAD} or {@link BOUND_SPREAD}
 * @returns the tolerance [m]
 * @example griddedHeightToleranceM(0.15, 1.11, 0, 1, 1, RMS_SPREAD); // ≈ 0.354 (48° face, 1 m grid)
 */
export function griddedHeightToleranceM(
  toleranceM: number,
  a: number,
  b: number,
  cellSizeXM: number,
  cellSizeYM: number,
  spread: number,
): number {
  if (spread === 0 || !(a * a + b * b <= WALL_MIN_GRADIENT * WALL_MIN_GRADIENT)) return toleranceM;
  const ax = a * cellSizeXM;
  const by = b * cellSizeYM;
  return Math.sqrt(toleranceM * toleranceM + (spread * spread * (ax * ax + by * by)) / 12);
}
