/**
 * Default economic parameters of a rooftop PV installation in mainland France, each with its
 * source, date and validity. Tariffs change every quarter (surplus) or half-year (retail): check them.
 */

/** A value that depends on the installation's size: applies up to `maxKwp` inclusive. */
export interface SizeBand {
  /** Largest installed power of the band [kWp]. */
  maxKwp: number;
  value: number;
}

/** Economic parameters of {@link pvEconomics}. */
export interface EconomicsConfig {
  /**
   * Turnkey installation cost by size band [€/Wp]; beyond the last band, the last. Compare like
   * with like: the savings use the retail price incl. VAT, so a household's cost should include
   * VAT too (the default most probably does not, see its source).
   */
  installationCostEurPerWp: SizeBand[];
  /** Share of the production consumed on site [0–1]. */
  selfConsumptionShare: number;
  /** Feed-in tariff of the surplus by size band [€/kWh], fixed over the contract; beyond the
   * last band the surplus earns nothing. */
  surplusTariffEurPerKwh: SizeBand[];
  /** Investment premium of self-consumption with surplus sale ("prime à l'autoconsommation")
   * by size band [€/kWp], paid once; beyond the last band no premium. */
  investmentPremiumEurPerKwp: SizeBand[];
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

/**
 * French defaults. `sources` gives, per parameter, the publisher, document, date and address
 * read, and the period the value holds for ("Valid …"); where no primary source could be read
 * it says so. Values checked on 2026-11-28 with the sources reachable then.
 */
export const FRANCE_ECONOMICS_DEFAULTS: Readonly<EconomicsConfig> = Object.freeze({
  installationCostEurPerWp: [{ maxKwp: 9, value: 2.6 }],
  selfConsumptionShare: 0.4,
  surplusTariffEurPerKwh: [
    { maxKwp: 9, value: 0.04 },
    { maxKwp: 100, value: 0.0617 },
  ],
  investmentPremiumEurPerKwp: [
    { maxKwp: 9, value: 80 },
    { maxKwp: 36, value: 160 },
    { maxKwp: 100, value: 80 },
  ],
  retailPriceEurPerKwh: 0.194,
  retailEscalationPerYr: 0,
  degradationPerYr: 0.005,
  discountRatePerYr: 0.032,
  lifetimeYr: 20,
  sources: {
    installationCostEurPerWp:
      "2.6 €/W: mean price of a small (≤ 9 kW) installation, modules and fitting, in 2022 — Observ'ER, " +
      'annual study of the French market of PV installations ≤ 9 kW (2023), as reported by ' +
      'actu-environnement.com, 2023-09, https://www.actu-environnement.com/ae/news/marche-petites-installations-photovoltaiques-42590.php4 ' +
      "(the Observ'ER study itself was not read; whether the price includes VAT is not stated there, but " +
      "plein-soleil.info's report of the same study, 2023-09, describes the 9 % rise as 'hors taxe': most " +
      'probably excl. VAT, i.e. 2.6 × 1.1 = 2.86 €/W incl. the 10 % VAT of ≤ 3 kWc homes then, × 1.2 = 3.12 above). ' +
      'Valid: 2022 market; the same source gives 3.05 €/W for 3 kW in H1 2023 (journal-photovoltaique.org). ' +
      'No primary source for larger systems was found (CRE, ADEME, photovoltaique.info searched): the value ' +
      'applies to every size, which over-estimates the investment of large roofs. Use your quotes.',
    selfConsumptionShare:
      'Assumption (0.4): it depends on the load profile and storage; no French average was found ' +
      "(ADEME, \"L'autoconsommation d'électricité d'origine photovoltaïque\", avis, 2018-02, searched: no figure). Set it per case.",
    surplusTariffEurPerKwh:
      'EDF OA surplus purchase tariff, arrêté "S21" of 2021-10-06 as amended by the arrêté of 2025-03-26 ' +
      '(JORF 2025-03-27), for complete connection requests of 2025-10-01 … 2025-12-31: 0.04 €/kWh ≤ 9 kWc ' +
      '(fixed since the amendment: 0–3 and 3–9 kWc merged, no degressivity — CRE, "La CRE publie les nouveaux ' +
      'tarifs et primes…", 2025-03, https://www.cre.fr/actualites/nos-lettres-dinformation/la-cre-publie-les-nouveaux-tarifs-et-primes-relatifs-aux-installations-photovoltaiques-implantees-sur-batiment-hangar-ou-ombriere-dune-puissance-crete-installee-inferieure-ou-egale-a-500-kw.html), ' +
      "0.0617 €/kWh 9–100 kWc; both figures from CRE's publication as reported by pv-magazine.fr " +
      '(https://www.pv-magazine.fr/?p=96707, "applicables jusqu\'au 1er janvier 2026"); the CRE page of that ' +
      'quarter was not found. Valid: requests of Q4 2025; the 2026 quarters were not found (9–100 kWc changes ' +
      'every quarter). Since 2025-09-22, 100–500 kWc goes to simplified tenders: no surplus tariff above 100 kWc.',
    investmentPremiumEurPerKwp:
      'Prime à l\'autoconsommation of arrêté "S21" (2021-10-06) as amended by the arrêté of 2025-03-26, for ' +
      'self-consumption with surplus sale ≤ 100 kWc, complete connection requests of 2025-10-01 … 2025-12-31 ' +
      '(same quarter as the surplus tariff): 80 €/kWc ≤ 9 kWc, 160 €/kWc 9–36 kWc, 80 €/kWc 36–100 kWc — ' +
      'CRE publication as reported by pv-magazine.fr (https://www.pv-magazine.fr/?p=96707, "applicables ' +
      'jusqu\'au 1er janvier 2026": ≤ 9 kWc "stable" at 80 €/kWc; 9–36 and 36–100 kWc each −11 % on the ' +
      'previous quarter); the CRE page of that quarter was not found. 2025 reform (CRE, "La CRE publie les ' +
      'nouveaux tarifs et primes…", 2025-03, same address as the surplus tariff): 0–3 and 3–9 kWc merged, ' +
      'premium lowered and its degressivity removed for 0–9 kWc; no band was set to 0. Earlier: 220 / 160 / ' +
      '190 / 100 €/kWc (≤ 3 / ≤ 9 / ≤ 36 / ≤ 100 kWc) for requests of 2024-11-01 … 2025-01-31 (CRE via ' +
      'revolution-energetique.com, 2024-10); 80 / 190 / 100 €/kWc for 2025-04-01 … 2025-06-30 (citen.fr). ' +
      'Paid once, in full at the first (yearly) billing, since the arrêté of 2023-02-08 amending S21 ' +
      '(lenergeek.com, 2023-02-28; tucoenergie.fr; before: over 5 years); for ≥ 9 kWc labellenergie.fr instead ' +
      'reports 80 % in year 1 then 5 %/yr over four years for requests since 2022-11-01 (the arrêté text was ' +
      'not read). pvEconomics counts it in full at year 0. Valid: requests ' +
      'of Q4 2025; for Q1 2026 panneau-solaire.net reports 80 / 140 / 70 €/kWc (not adopted: the surplus ' +
      'tariff default is Q4 2025). Not paid above 100 kWc.',
    retailPriceEurPerKwh:
      'EDF Tarif Bleu (TRVE), option Base, 3 and 6 kVA: 0.194 €/kWh incl. VAT from 2026-02-01 (9–36 kVA: ' +
      '0.1927), set by the arrêté published 2026-01-30 on the CRE proposal of 2026-01-14 (−0.83 % on average); ' +
      'figure as listed by revolution-energetique.com, 2026-02-01, https://www.revolution-energetique.com/actus/voici-les-nouveaux-prix-de-lelectricite-au-1er-fevrier-2026/ ' +
      "(the CRE deliberation's grid was not read). Valid: from 2026-02-01 until the next TRVE change (usually " +
      '1 August; a 2026-08 change was not found).',
    retailEscalationPerYr: 'Assumption (0: constant real price); no source.',
    degradationPerYr:
      '0.5 %/yr: median of ~2000 field degradation rates, Jordan D.C., Kurtz S.R., "Photovoltaic Degradation ' +
      'Rates — an Analytical Review", Progress in Photovoltaics 21(1):12–29, 2013, doi:10.1002/pip.1182; also ' +
      "Google Solar API's default (efficiency 0.995/yr, ../shared/REFERENCES.md). Valid: crystalline silicon.",
    discountRatePerYr:
      '3.2 %/yr real: French public investment appraisal rate = risk-free 1.2 % + β × 2 % risk premium, β = 1 ' +
      'by convention — France Stratégie, "Taux d\'actualisation : un bêta sensible" (infographic, "la dernière ' +
      'estimation en date"), https://strategie.gouv.fr/infographies/taux-dactualisation-un-beta-sensible; its ' +
      'date was not shown in what was read. Replaces 4.5 % (Quinet report, CGSP 2013, value not verified).',
    lifetimeYr:
      '20 years: length of the EDF OA purchase contract (arrêté S21; kalliope-law.com on the arrêté of ' +
      '2021-10-06: "pour une durée de 20 ans") and the system life of Google Solar API\'s cost guide ' +
      '(https://developers.google.com/maps/documentation/solar/calculate-costs-us). Valid: contracts under S21.',
  },
});
