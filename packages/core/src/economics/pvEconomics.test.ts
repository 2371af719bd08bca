/**
 * Economics against hand computations (closed-form geometric sums in the comments).
 */
import { describe, expect, it } from 'vitest';
import { type EconomicsConfig, FRANCE_ECONOMICS_DEFAULTS } from './franceEconomics.js';
import { bandValue, pvEconomics } from './pvEconomics.js';

/** Round numbers, no premium, no discounting: every result is a hand computation. */
const simple: EconomicsConfig = {
  installationCostEurPerWp: [
    { maxKwp: 9, value: 2 },
    { maxKwp: 100, value: 1.5 },
  ],
  selfConsumptionShare: 0.5,
  surplusTariffEurPerKwh: [{ maxKwp: 9, value: 0.1 }],
  investmentPremiumEurPerKwp: [],
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
});

/** `simple` with the premium bands of FRANCE_ECONOMICS_DEFAULTS (80 / 160 / 80 €/kWp ≤ 9 / ≤ 36 /
 * ≤ 100 kWp, Q4 2025: franceEconomics.ts, sources.investmentPremiumEurPerKwp). */
const withPremium: EconomicsConfig = {
  ...simple,
  investmentPremiumEurPerKwp: [
    { maxKwp: 9, value: 80 },
    { maxKwp: 36, value: 160 },
    { maxKwp: 100, value: 80 },
  ],
};

describe('pvEconomics with the self-consumption investment premium', () => {
  it('3 kWp, 3600 kWh/yr: premium 240 €, payback 10.667 yr', () => {
    // I = 3000·2 = 6000 €; P = 3·80 = 240 €; net 5760 €; S = 1800·0.2 + 1800·0.1 = 540 €/yr;
    // payback 5760/540 = 10.6667 yr (11.111 without); NPV = 20·540 − 5760 = 5040 €;
    // LCOE = 5760/(20·3600) = 0.08 €/kWh.
    const e = pvEconomics(3, 3600, withPremium);
    expect(e.investmentEur).toBe(6000);
    expect(e.investmentPremiumEur).toBe(240);
    expect(e.paybackYears).toBeCloseTo(5760 / 540, 12);
    expect(e.npvEur).toBeCloseTo(5040, 9);
    expect(e.lcoeEurPerKwh).toBeCloseTo(0.08, 12);
  });
  it('9 kWp, 9000 kWh/yr: premium 720 € (upper bound of the first band), payback 12.8 yr', () => {
    // I = 9000·2 = 18000 €; P = 9·80 = 720 €; net 17280 €; S = 4500·0.2 + 4500·0.1 = 1350 €/yr;
    // payback 17280/1350 = 12.8 yr; NPV = 20·1350 − 17280 = 9720 €; LCOE = 17280/180000 = 0.096 €/kWh.
    const e = pvEconomics(9, 9000, withPremium);
    expect(e.investmentEur).toBe(18000);
    expect(e.investmentPremiumEur).toBe(720);
    expect(e.firstYearSavingsEur).toBeCloseTo(1350, 9);
    expect(e.paybackYears).toBeCloseTo(12.8, 12);
    expect(e.npvEur).toBeCloseTo(9720, 9);
    expect(e.lcoeEurPerKwh).toBeCloseTo(0.096, 12);
  });
  it('50 kWp, 60000 kWh/yr: premium 4000 € (36–100 kWp band), payback 11.833 yr', () => {
    // I = 50000·1.5 = 75000 €; P = 50·80 = 4000 €; net 71000 €; no surplus tariff above 9 kWp in
    // `simple`: S = 30000·0.2 = 6000 €/yr; payback 71000/6000 = 11.8333 yr; NPV = 120000 − 71000 =
    // 49000 €; LCOE = 71000/1200000 = 0.0591667 €/kWh.
    const e = pvEconomics(50, 60000, withPremium);
    expect(e.investmentEur).toBe(75000);
    expect(e.investmentPremiumEur).toBe(4000);
    expect(e.paybackYears).toBeCloseTo(71000 / 6000, 12);
    expect(e.npvEur).toBeCloseTo(49000, 9);
    expect(e.lcoeEurPerKwh).toBeCloseTo(71000 / 1200000, 12);
  });
  it('120 kWp, above the last band: no premium, payback 12.5 yr', () => {
    // I = 120000·1.5 = 180000 €; P = 0; S = 72000·0.2 = 14400 €/yr; payback 180000/14400 = 12.5 yr;
    // NPV = 288000 − 180000 = 108000 €; LCOE = 180000/2880000 = 0.0625 €/kWh.
    const e = pvEconomics(120, 144000, withPremium);
    expect(e.investmentPremiumEur).toBe(0);
    expect(e.paybackYears).toBeCloseTo(12.5, 12);
    expect(e.npvEur).toBeCloseTo(108000, 9);
    expect(e.lcoeEurPerKwh).toBeCloseTo(0.0625, 12);
  });
  it('a premium above the cost pays back at once', () => {
    // I = 6000 €; P = 3·3000 = 9000 €: net −3000 €, payback 0; NPV = 20·540 + 3000 = 13800 €.
    const e = pvEconomics(3, 3600, { ...simple, investmentPremiumEurPerKwp: [{ maxKwp: 9, value: 3000 }] });
    expect(e.paybackYears).toBe(0);
    expect(e.npvEur).toBeCloseTo(13800, 9);
  });
  it('with the French defaults, raises the NPV by exactly P and lowers the LCOE by P / Σ E_t/(1+r)^t', () => {
    // Premium at year 0, undiscounted: NPV' = NPV + P; LCOE' = (I − P)/A = LCOE − P/A with
    // A = I/LCOE. 9.35 kWp (22 modules of 0.425 kWp) is in the 9–36 kWp band: P = 9.35·160 = 1496 €.
    const none = { ...FRANCE_ECONOMICS_DEFAULTS, investmentPremiumEurPerKwp: [] };
    const a = pvEconomics(9.35, 18575, none);
    const b = pvEconomics(9.35, 18575, FRANCE_ECONOMICS_DEFAULTS);
    expect(b.investmentPremiumEur).toBeCloseTo(1496, 9);
    expect(b.investmentEur).toBe(a.investmentEur);
    expect(b.npvEur - a.npvEur).toBeCloseTo(1496, 9);
    expect(b.lcoeEurPerKwh).toBeCloseTo(a.lcoeEurPerKwh * (1 - 1496 / a.investmentEur), 12);
    expect(b.paybackYears).toBeLessThan(a.paybackYears);
  });
});

describe('bandValue', () => {
  it('premium bands of Q4 2025: 80 €/kWc ≤ 9, 160 ≤ 36, 80 ≤ 100, none above', () => {
    // pv-magazine.fr/?p=96707 reporting the CRE publication "applicables jusqu'au 1er janvier 2026"
    // (FRANCE_ECONOMICS_DEFAULTS.sources.investmentPremiumEurPerKwp, franceEconomics.ts)
    const bands = FRANCE_ECONOMICS_DEFAULTS.investmentPremiumEurPerKwp;
    expect([3, 9, 9.01, 36, 36.01, 100, 100.01].map((kWp) => bandValue(bands, kWp, 0))).toEqual([
      80, 80, 160, 160, 80, 80, 0,
    ]);
  });
  it('inclusive upper bounds, fallback beyond', () => {
    // EDF OA surplus tariffs of Q4 2025: 0.04 €/kWh ≤ 9 kWc, 0.0617 €/kWh 9–100 kWc, none above
    // (FRANCE_ECONOMICS_DEFAULTS.sources.surplusTariffEurPerKwh, franceEconomics.ts)
    expect(bandValue(FRANCE_ECONOMICS_DEFAULTS.surplusTariffEurPerKwh, 9, 0)).toBe(0.04);
    expect(bandValue(FRANCE_ECONOMICS_DEFAULTS.surplusTariffEurPerKwh, 9.01, 0)).toBe(0.0617);
    expect(bandValue(FRANCE_ECONOMICS_DEFAULTS.surplusTariffEurPerKwh, 100, 0)).toBe(0.0617);
    expect(bandValue(FRANCE_ECONOMICS_DEFAULTS.surplusTariffEurPerKwh, 250, 0)).toBe(0);
  });
});
