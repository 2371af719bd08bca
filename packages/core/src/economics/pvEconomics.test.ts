/**
 * Economics against hand computations (closed-form geometric sums in the comments).
 */
import { describe, expect, it } from 'vitest';
import { type EconomicsConfig, FRANCE_ECONOMICS_DEFAULTS } from './franceEconomics.js';
import { bandValue, pvEconomics } from './pvEconomics.js';

const simple: EconomicsConfig = {
  installationCostEurPerWp: [
    { maxKwp: 9, value: 2 },
    { maxKwp: 100, value: 1.5 },
  ],
  selfConsumptionShare: 0.5,
  surplusTariffEurPerKwh: [{ maxKwp: 9, value: 0.1 }],
  retailPriceEurPerKwh: 0.2,
  retailEscalationPerYr: 0,
  degradationPerYr: 0,
  discountRatePerYr: 0,
  lifetimeYr: 20,
  sources: {},
};

describe('pvEconomics', () => {
  it('flat case: 3 kWp, 3600 kWh/yr, 2 €/Wp, half self-consumed at 0.20, half sold at 0.10', () => {
    // I = 3000·2 = 6000 €; S = 1800·0.2 + 1800·0.1 = 540 €/yr; payback 6000/540 = 11.111 yr;
    // NPV (r = 0) = 20·540 − 6000 = 4800 €; LCOE = 6000/(20·3600) = 0.083333 €/kWh.
    const e = pvEconomics(3, 3600, simple);
    expect(e.investmentEur).toBe(6000);
    expect(e.firstYearSavingsEur).toBeCloseTo(540, 12);
    expect(e.paybackYears).toBeCloseTo(6000 / 540, 12);
    expect(e.npvEur).toBeCloseTo(4800, 9);
    expect(e.lcoeEurPerKwh).toBeCloseTo(6000 / 72000, 12);
  });
  it('with degradation 0.5 %, escalation 2 %, discount 5 %: NPV 1217.2763 €, LCOE 0.1390866 €/kWh', () => {
    // q₁ = 0.995/1.05, q₂ = 0.995·1.02/1.05; A = Σ E_t/(1+r)^t = 3600/1.05·(1 − q₁²⁰)/(1 − q₁) =
    // 43138.592109; B = 3600/1.05·(1 − q₂²⁰)/(1 − q₂) = 50603.467181;
    // NPV = −6000 + 0.5·0.2·B + 0.5·0.1·A = 1217.276324; LCOE = 6000/A = 0.139086598.
    const e = pvEconomics(3, 3600, {
      ...simple,
      degradationPerYr: 0.005,
      retailEscalationPerYr: 0.02,
      discountRatePerYr: 0.05,
    });
    expect(e.npvEur).toBeCloseTo(1217.2763235686302, 6);
    expect(e.lcoeEurPerKwh).toBeCloseTo(0.13908659756064384, 12);
    // Year-by-year sums S_t = 3600·0.995^(t−1)·(0.1·1.02^(t−1) + 0.05): Σ₁¹⁰ = 5611.2607 €,
    // S₁₁ = 588.5831 €, so the payback is 10 + (6000 − 5611.2607)/588.5831 = 10.660466 yr.
    expect(e.paybackYears).toBeCloseTo(10.660466241569454, 6);
  });
  it('size bands: 20 kWp costs 1.5 €/Wp and earns no surplus tariff beyond 9 kWp here', () => {
    // I = 20000·1.5 = 30000 €; E₁ = 20000 kWh: S = 0.5·20000·0.2 + 0 = 2000 €/yr; payback 15 yr.
    const e = pvEconomics(20, 20000, simple);
    expect(e.investmentEur).toBe(30000);
    expect(e.firstYearSavingsEur).toBeCloseTo(2000, 9);
    expect(e.paybackYears).toBeCloseTo(15, 12);
    expect(pvEconomics(1, 0, simple).paybackYears).toBe(Number.POSITIVE_INFINITY);
  });
  it('bandValue: inclusive upper bounds, fallback beyond', () => {
    // EDF OA surplus tariffs of Q4 2025: 0.04 €/kWh ≤ 9 kWc, 0.0617 €/kWh 9–100 kWc, none above
    // (FRANCE_ECONOMICS_DEFAULTS.sources.surplusTariffEurPerKwh, franceEconomics.ts)
    expect(bandValue(FRANCE_ECONOMICS_DEFAULTS.surplusTariffEurPerKwh, 9, 0)).toBe(0.04);
    expect(bandValue(FRANCE_ECONOMICS_DEFAULTS.surplusTariffEurPerKwh, 9.01, 0)).toBe(0.0617);
    expect(bandValue(FRANCE_ECONOMICS_DEFAULTS.surplusTariffEurPerKwh, 100, 0)).toBe(0.0617);
    expect(bandValue(FRANCE_ECONOMICS_DEFAULTS.surplusTariffEurPerKwh, 250, 0)).toBe(0);
  });
});
