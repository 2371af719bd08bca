/**
 * Seeded pseudo-random numbers for the synthetic town: the same seed gives the same
 * sequence on every machine, so the generated files are byte-identical on rerun.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * Mulberry32: a 32-bit-state generator returning uniform numbers in [0, 1).
 *
 * Reference: T. Ettinger, "Mulberry32" (2017), public-domain generator listed with its
 * statistics in the PractRand test results of the bryc/code "Pseudo-random number
 * generators" notes (github.com/bryc/code, jshash/PRNGs.md).
 * @param seed any 32-bit integer
 * @returns a function giving the next number of the sequence in [0, 1)
 * @example const rand = mulberry32(2154); rand(); // 0 ≤ x < 1
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A standard normal deviate by the Box–Muller transform (two uniforms per call).
 *
 * Reference: G. E. P. Box, M. E. Muller, "A note on the generation of random normal
 * deviates", Annals of Mathematical Statistics 29(2):610–611, 1958, doi:10.1214/aoms/1177706645.
 * @param rand uniform source
 * @returns a deviate of mean 0 and standard deviation 1
 * @example const z = standardNormal(mulberry32(1));
 */
export function standardNormal(rand: Random): number {
  const u1 = 1 - rand();
  const u2 = rand();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Mean above which {@link poisson} uses the normal approximation. */
const POISSON_NORMAL_ABOVE = 30;

/**
 * A Poisson deviate [count]: Knuth's multiplication method for small means, the
 * normal approximation N(λ, λ) rounded and clipped at 0 above λ = 30.
 *
 * Reference: D. E. Knuth, The Art of Computer Programming vol. 2, 3rd ed., §3.4.1 (F),
 * Addison-Wesley, 1997.
 * @param rand uniform source
 * @param mean expected count λ ≥ 0
 * @returns a non-negative integer
 * @example poisson(mulberry32(7), 4.2);
 */
export function poisson(rand: Random, mean: number): number {
  if (!(mean >= 0)) throw new RangeError(`Poisson mean must be ≥ 0, got ${mean}`);
  if (mean > POISSON_NORMAL_ABOVE) {
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * standardNormal(rand)));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}
