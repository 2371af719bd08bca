/**
 * Exponential semivariogram with nugget: γ(h) = c0 + c1 · (1 − e^(−h/a)) for h > 0, γ(0) = 0.
 * Distances in metres along the street network.
 */
export interface ExponentialVariogram {
  /** Nugget c0 [(log units)²]. */
  nugget: number;
  /** Partial sill c1 [(log units)²]. */
  partialSill: number;
  /** Range parameter a [m] (practical range ≈ 3a). */
  rangeM: number;
}

/** γ(h) of an {@link ExponentialVariogram}; `h` [m]. */
export function exponentialVariogram(v: ExponentialVariogram, hM: number): number {
  if (hM <= 0) return 0;
  return v.nugget + v.partialSill * (1 - Math.exp(-hM / v.rangeM));
}

/**
 * Fit an exponential variogram to point values by weighted least squares on the binned
 * empirical semivariogram (Matheron's estimator, γ̂(h_k) = Σ (z_i − z_j)² / (2 N_k) over the
 * N_k pairs in bin k; bins of equal pair counts; weights N_k). The range `a` is searched on a
 * log grid between the smallest and the largest pair distance; for each `a` the nugget and
 * partial sill are the non-negative weighted least-squares solution. With fewer than 3 bins
 * (or no spatial structure) the fit is a pure nugget equal to the sample variance.
 *
 * @param distM - pairwise distances, row-major n×n [m] (∞ for unconnected pairs, ignored)
 * @param values - z_i
 * @param binCount - number of distance bins, default 8
 * @see Matheron G., "Principles of geostatistics", Economic Geology 58(8):1246–1266, 1963.
 *   Cressie N., "Fitting variogram models by weighted least squares", Mathematical Geology
 *   17(5):563–586, 1985.
 */
export function fitExponentialVariogram(distM: Float64Array, values: Float64Array, binCount = 8): ExponentialVariogram {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= Math.max(n, 1);
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (values[i] - mean) ** 2;
  variance /= Math.max(n - 1, 1);
  const pureNugget: ExponentialVariogram = { nugget: variance, partialSill: 0, rangeM: 1 };
  const pairs: { h: number; g: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const h = distM[i * n + j];
      if (Number.isFinite(h) && h > 0) pairs.push({ h, g: 0.5 * (values[i] - values[j]) ** 2 });
    }
  }
  const bins = Math.min(binCount, Math.floor(pairs.length / 3));
  if (bins < 3) return pureNugget;
  pairs.sort((p, q) => p.h - q.h);
  const bh = new Float64Array(bins);
  const bg = new Float64Array(bins);
  const bn = new Float64Array(bins);
  for (let k = 0; k < bins; k++) {
    const lo = Math.floor((k * pairs.length) / bins);
    const hi = Math.floor(((k + 1) * pairs.length) / bins);
    for (let t = lo; t < hi; t++) {
      bh[k] += pairs[t].h;
      bg[k] += pairs[t].g;
    }
    bn[k] = hi - lo;
    bh[k] /= bn[k];
    bg[k] /= bn[k];
  }
  const hMin = pairs[0].h;
  const hMax = pairs[pairs.length - 1].h;
  let best = pureNugget;
  let bestSse = Number.POSITIVE_INFINITY;
  for (let t = 0; t <= 40; t++) {
    const a = hMin * (hMax / hMin) ** (t / 40);
    // Weighted LS of bg ≈ c0 + c1·f, f = 1 − e^(−h/a), with c0, c1 ≥ 0.
    let sw = 0;
    let sf = 0;
    let sff = 0;
    let sg = 0;
    let sfg = 0;
    for (let k = 0; k < bins; k++) {
      const f = 1 - Math.exp(-bh[k] / a);
      sw += bn[k];
      sf += bn[k] * f;
      sff += bn[k] * f * f;
      sg += bn[k] * bg[k];
      sfg += bn[k] * f * bg[k];
    }
    const det = sw * sff - sf * sf;
    let c0 = det > 0 ? (sg * sff - sf * sfg) / det : sg / sw;
    let c1 = det > 0 ? (sw * sfg - sf * sg) / det : 0;
    if (c0 < 0) {
      c0 = 0;
      c1 = sff > 0 ? Math.max(0, sfg / sff) : 0;
    }
    if (c1 < 0) {
      c1 = 0;
      c0 = sg / sw;
    }
    let sse = 0;
    for (let k = 0; k < bins; k++) {
      sse += bn[k] * (bg[k] - c0 - c1 * (1 - Math.exp(-bh[k] / a))) ** 2;
    }
    if (sse < bestSse) {
      bestSse = sse;
      best = c1 > 0 ? { nugget: c0, partialSill: c1, rangeM: a } : { nugget: c0, partialSill: 0, rangeM: 1 };
    }
  }
  return best;
}
