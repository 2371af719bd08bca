/**
 * Default economic parameters of a rooftop PV installation in mainland France, each with its
 * source and date. Tariffs change every quarter (surplus) or half-year (retail): check them.
 */

/** A value that depends on the installation's size: applies up to `maxKwp` inclusive. */
export interface SizeBand {
  /** Largest installed power of the band [kWp]. */
  maxKwp: number;
  value: number;
}

/** Economic parameters of {@link pvEconomics}. */
export interface EconomicsConfig {
  /** Turnkey installation cost by size band [€/Wp, incl. VAT]; beyond the last band, the last. */
  installationCostEurPerWp: SizeBand[];
  /** Share of the production consumed on site [0–1]. */
  selfConsumptionShare: number;
  /** Feed-in tariff of the surplus by size band [€/kWh], fixed over the contract; beyond the
   * last band the surplus earns nothing. */
  surplusTariffEurPerKwh: SizeBand[];
  /** Retail price of the electricity the self-consumption saves [€/kWh, incl. VAT], year 1. */
  retailPriceEurPerKwh: number;
  /** Yearly escalation of the retail price [1/yr]. */
  retailEscalationPerYr: number;
  /** Yearly loss of production [1/yr]. */
  degradationPerYr: number;
  /** Real discount rate [1/yr]. */
  discountRatePerYr: number;
  /** Years of operation. */
  lifetimeYr: number;
  /** Where each value comes from, and when; the key is the parameter's name. */
  sources: Record<string, string>;
}

/** French defaults (see `sources` for each). */
export const FRANCE_ECONOMICS_DEFAULTS: Readonly<EconomicsConfig> = Object.freeze({
  installationCostEurPerWp: [{ maxKwp: 9, value: 2.6 }],
  selfConsumptionShare: 0.4,
  surplusTariffEurPerKwh: [
    { maxKwp: 9, value: 0.1269 },
    { maxKwp: 36, value: 0.0761 },
    { maxKwp: 100, value: 0.0761 },
  ],
  retailPriceEurPerKwh: 0.1952,
  retailEscalationPerYr: 0,
  degradationPerYr: 0.005,
  discountRatePerYr: 0.045,
  lifetimeYr: 20,
  sources: {
    installationCostEurPerWp:
      "2.6 €/W: mean price of small (≤ 9 kW) residential installations, Observ'ER 2023 study as " +
      'reported by actu-environnement.com (2023-09, "marche-petites-installations-photovoltaiques"). ' +
      'No verified figure for larger systems: the same value applies to every size, which ' +
      'over-estimates the investment of large roofs. Use your quotes.',
    selfConsumptionShare:
      'Assumption (0.4): it depends on the load profile and storage; no verified French average. Set it per case.',
    surplusTariffEurPerKwh:
      'EDF OA surplus tariff (arrêté S21, CRE quarterly update) for Q4 2024: 0.1269 €/kWh ≤ 9 kWc, ' +
      '0.0761 €/kWh 9–36 and 36–100 kWc, as listed by rhonesolairepro.com; tariffs are revised every ' +
      'quarter and were lowered in 2025 — the current CRE figure was not verified here. Above 100 kWc ' +
      'there is no surplus tariff in this config (tender or total sale instead).',
    retailPriceEurPerKwh:
      'EDF Tarif Bleu, option Base, 0.1952 €/kWh TTC from 2025-08-01 (jechange.fr, checked 2025-08-07).',
    retailEscalationPerYr: 'Assumption (0: constant real price).',
    degradationPerYr: "0.5 %/yr: Google Solar API's default (efficiency 0.995/yr), ../shared/REFERENCES.md.",
    discountRatePerYr:
      '4.5 %/yr real: discount rate of French public investment appraisal (Quinet E., "L\'évaluation ' +
      'socioéconomique des investissements publics", Commissariat général à la stratégie et à la prospective, ' +
      '2013; value as recalled, the report was not re-read here).',
    lifetimeYr: '20 years: the EDF OA contract length and the Google Solar API default lifetime.',
  },
});
