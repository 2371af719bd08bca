/** Default Huff attractiveness exponent α [dimensionless] (Huff 1963: utility ∝ size). */
export const DEFAULT_HUFF_ALPHA = 1;

/**
 * Default Huff distance exponent λ [dimensionless]: 2, the inverse-square decay of Reilly's
 * law of retail gravitation that Huff's model generalises (Reilly W.J., "The Law of Retail
 * Gravitation", Knickerbocker Press, 1931). With α = 1 and λ = 2 the point of equal Huff
 * probability between two centres is Converse's breaking point (Converse P.D., "New laws of
 * retail gravitation", Journal of Marketing 14(3):379–384, 1949).
 */
export const DEFAULT_HUFF_LAMBDA = 2;

/**
 * Huff utility of a destination: U = A^α · d^(−λ).
 *
 * @param attractiveness - A > 0 [e.g. shops, floor area]
 * @param distanceM - d > 0 [m]
 * @param alpha - α, attractiveness exponent
 * @param lambda - λ, distance exponent
 */
export function huffUtility(attractiveness: number, distanceM: number, alpha: number, lambda: number): number {
  return attractiveness ** alpha * distanceM ** -lambda;
}

/**
 * Huff probabilities of one origin choosing each destination:
 *
 *   P_j = A_j^α d_j^(−λ) / Σ_k A_k^α d_k^(−λ)
 *
 * Destinations with a non-finite distance (unreachable) get probability 0.
 *
 * @param attractiveness - A_j per destination
 * @param distancesM - d_j per destination [m], > 0
 * @param out - probabilities, written in place (same length)
 * @see Huff D.L., "A probabilistic analysis of shopping center trade areas", Land Economics
 *   39(1):81–90, 1963, doi:10.2307/3144521; Huff D.L., "Defining and estimating a trading
 *   area", Journal of Marketing 28(3):34–38, 1964, doi:10.2307/1249154.
 * @example huffProbabilities([400, 100], [666.7, 333.3], out) // ≈ [0.5, 0.5]
 */
export function huffProbabilities(
  attractiveness: ArrayLike<number>,
  distancesM: ArrayLike<number>,
  out: Float64Array,
  alpha = DEFAULT_HUFF_ALPHA,
  lambda = DEFAULT_HUFF_LAMBDA,
): Float64Array {
  let sum = 0;
  for (let j = 0; j < out.length; j++) {
    const d = distancesM[j];
    out[j] = Number.isFinite(d) ? huffUtility(attractiveness[j], d, alpha, lambda) : 0;
    sum += out[j];
  }
  for (let j = 0; j < out.length; j++) out[j] = sum > 0 ? out[j] / sum : 0;
  return out;
}
