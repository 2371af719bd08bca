/**
 * Investment, savings, payback, NPV and LCOE of a PV installation.
 */
import type { EconomicsConfig, SizeBand } from './franceEconomics.js';

/** Result of {@link pvEconomics}. */
export interface PvEconomics {
  /** Installation cost, before the premium [€]. */
  investmentEur: number;
  /** Investment premium of self-consumption with surplus sale, received at year 0 [€]; payback,
   * NPV and LCOE use the net investment `investmentEur − investmentPremiumEur`. */
  investmentPremiumEur: number;
  /** Savings and surplus revenue of the first year [€]. */
  firstYearSavingsEur: number;
  /** Years until the cumulated (undiscounted) savings repay the net investment, interpolated
   * within the year; 0 when the premium covers the cost; Infinity when not within the lifetime. */
  paybackYears: number;
  /** Net present value over the lifetime [€]. */
  npvEur: number;
  /** Levelised cost of the energy produced [€/kWh] (net investment only, no O&M). */
  lcoeEurPerKwh: number;
}

/**
 * The value of the first size band whose `maxKwp` holds `kWp` (bands in increasing order).
 * @param bands size bands, upper bounds inclusive [kWp]
 * @param kWp installed power [kWp]
 * @param beyond value past the last band
 * @returns the band's value (its unit: €/Wp, €/kWh…)
 * @example bandValue([{ maxKwp: 9, value: 0.04 }], 12, 0); // 0
 */
export function bandValue(bands: readonly SizeBand[], kWp: number, beyond: number): number {
  for (const band of bands) if (kWp <= band.maxKwp) return band.value;
  return beyond;
}

/**
 * Economics of a PV installation with self-consumption and sale of the surplus. Year t = 1…N:
 * production E_t = E₁(1 − d)^(t−1); savings S_t = E_t·[s·p₁(1 + e)^(t−1) + (1 − s)·τ];
 * investment I = 1000·kWp·c(kWp); premium P = kWp·π(kWp) (none past the last premium band);
 * net investment I − P; NPV = −(I − P) + Σ S_t/(1 + r)^t; LCOE = (I − P) / Σ E_t/(1 + r)^t;
 * payback: the t where Σ S reaches I − P, linear within the year (Short, Packey & Holt 1995).
 * Every system is taken to be in self-consumption with surplus sale under the EDF OA contract
 * (arrêté S21), the scheme that the premium requires: the premium bands alone decide who gets
 * it. The premium, paid once at the first billing since 2023, is counted at year 0 (undiscounted).
 * No operation and maintenance costs, taxes or other subsidies.
 *
 * @param kWp installed power [kWp] (chooses the cost, tariff and premium bands)
 * @param firstYearYieldKwh AC production of the first year [kWh]
 * @param config prices, shares and rates (`FRANCE_ECONOMICS_DEFAULTS`)
 * @returns investment [€], premium [€], first-year savings [€], payback [yr], NPV [€], LCOE [€/kWh]
 * @see Short W., Packey D.J., Holt T., "A Manual for the Economic Evaluation of Energy Efficiency
 *   and Renewable Energy Technologies", NREL/TP-462-5173, 1995 (NPV, simple payback, LCOE)
 * @example pvEconomics(3, 3600, FRANCE_ECONOMICS_DEFAULTS).paybackYears;
 */
export function pvEconomics(kWp: number, firstYearYieldKwh: number, config: EconomicsConfig): PvEconomics {
  const last = config.installationCostEurPerWp[config.installationCostEurPerWp.length - 1];
  const cost = bandValue(config.installationCostEurPerWp, kWp, last ? last.value : Number.NaN);
  const tariff = bandValue(config.surplusTariffEurPerKwh, kWp, 0);
  const s = config.selfConsumptionShare;
  const investmentEur = 1000 * kWp * cost;
  const investmentPremiumEur = kWp * bandValue(config.investmentPremiumEurPerKwp, kWp, 0);
  const netInvestmentEur = investmentEur - investmentPremiumEur;
  let npvEur = -netInvestmentEur;
  let discountedEnergy = 0;
  let cumulated = 0;
  let paybackYears = netInvestmentEur <= 0 ? 0 : Number.POSITIVE_INFINITY;
  let firstYearSavingsEur = 0;
  for (let t = 1; t <= config.lifetimeYr; t++) {
    const energy = firstYearYieldKwh * (1 - config.degradationPerYr) ** (t - 1);
    const retail = config.retailPriceEurPerKwh * (1 + config.retailEscalationPerYr) ** (t - 1);
    const savings = energy * (s * retail + (1 - s) * tariff);
    if (t === 1) firstYearSavingsEur = savings;
    const discount = (1 + config.discountRatePerYr) ** t;
    npvEur += savings / discount;
    discountedEnergy += energy / discount;
    if (cumulated < netInvestmentEur && cumulated + savings >= netInvestmentEur && savings > 0) {
      paybackYears = t - 1 + (netInvestmentEur - cumulated) / savings;
    }
    cumulated += savings;
  }
  return {
    investmentEur,
    investmentPremiumEur,
    firstYearSavingsEur,
    paybackYears,
    npvEur,
    lcoeEurPerKwh: discountedEnergy > 0 ? netInvestmentEur / discountedEnergy : Number.NaN,
  };
}
