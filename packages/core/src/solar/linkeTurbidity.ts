/**
 * Monthly Linke turbidity factors for the clear-sky models.
 *
 * Default: GRASS r.sun's constant TL = 3.0 (its `linke_value` default). No citable
 * climatology for France is bundled: supply 12 monthly values for the site, e.g. from the
 * SoDa/Meteotest worldwide Linke turbidity maps (Remund J. et al., "Worldwide Linke
 * turbidity information", Proc. ISES Solar World Congress, Göteborg, 2003) or PVGIS.
 */

/** r.sun's default Linke turbidity factor [-]. */
export const RSUN_DEFAULT_LINKE_TURBIDITY = 3.0;

/**
 * Validate 12 monthly Linke turbidity factors (January first) into a Float64Array.
 * @param values 12 values TL [-], each finite and in [1, 10]
 * @returns a new Float64Array(12)
 * @throws RangeError naming the first bad month
 * @example monthlyLinkeTurbidity([3, 3.2, 3.5, 3.8, 3.9, 4, 4.1, 4, 3.7, 3.4, 3.1, 3]);
 */
export function monthlyLinkeTurbidity(values: ArrayLike<number>): Float64Array {
  if (values.length !== 12) throw new RangeError(`expected 12 monthly Linke turbidity values, got ${values.length}`);
  const out = new Float64Array(12);
  for (let i = 0; i < 12; i++) {
    const v = values[i];
    if (!(v >= 1 && v <= 10)) {
      throw new RangeError(`Linke turbidity for month ${i + 1} must be within [1, 10], got ${v}`);
    }
    out[i] = v;
  }
  return out;
}

/**
 * Linke turbidity of the UTC calendar month of an instant (step function, as r.sun runs
 * with one value per month).
 * @param monthly 12 values from {@link monthlyLinkeTurbidity}
 * @param timeUtcMs instant [ms since epoch, UTC]
 * @returns TL [-]
 * @example linkeTurbidityForInstant(monthly, Date.UTC(2024, 6, 1)); // July's value
 */
export function linkeTurbidityForInstant(monthly: Float64Array, timeUtcMs: number): number {
  return monthly[new Date(timeUtcMs).getUTCMonth()];
}
