import { IRRADIATION_CLASSES, type SuitabilityClass } from '@gisement/core';
import { type Locale, type StringKey, translate } from '../i18n/strings.js';
import type { RoofClasses } from '../worker/protocol.js';

/**
 * The classes of a run as the page gets them: names and lower bounds [kWh/m²/yr], an unbounded
 * first class (−∞) as null so the results stay JSON-safe.
 * @param classes the run's classes (`RoofAnalysisOptions.classes`), lowest first
 * @example roofClasses(IRRADIATION_CLASSES).classes[0] // { name: 'unfavourable', minValue: null }
 */
export function roofClasses(classes: readonly SuitabilityClass[]): RoofClasses {
  return {
    quantity: 'irradiationKwhM2Yr',
    classes: classes.map((c) => ({ name: c.name, minValue: Number.isFinite(c.minValue) ? c.minValue : null })),
  };
}

/** The default classes (`IRRADIATION_CLASSES` of `@gisement/core`), shown before any town is computed. */
export const DEFAULT_ROOF_CLASSES: RoofClasses = roofClasses(IRRADIATION_CLASSES);

/** The default class names, which have their own translations (`class.<name>`). */
const TRANSLATED = new Set(IRRADIATION_CLASSES.map((c) => c.name));

/**
 * What a class is called on the page: a default class name (`unfavourable` … `excellent`) in
 * the interface language, any other name as configured (the caller shows it as text).
 * @param name the class name of the run
 * @param locale interface language
 * @example classLabel('good', 'fr') // 'Bon'; classLabel('haut', 'en') // 'haut'
 */
export function classLabel(name: string, locale: Locale): string {
  return TRANSLATED.has(name) ? translate(locale, `class.${name}` as StringKey) : name;
}

/** A bound as the legends write it: no grouping, at most one decimal, the language's decimal sign. */
function boundText(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 1 }).format(value);
}

/**
 * Legend lines of a class list, lowest first: each class with its lower bound
 * (`Good: ≥ 1220 kWh/m²/yr`), an unbounded first class with the next one's bound
 * (`Unfavourable: < 1000 kWh/m²/yr`), and when the first class has a bound, a first line for
 * the values below it (`No class: < 800 kWh/m²/yr`, drawn grey).
 * @param list the run's classes
 * @param locale interface language
 * @returns the lines (class names as text) and, per line, the class index (-1: no class)
 * @example classLegend(DEFAULT_ROOF_CLASSES, 'en')[1] // { classIndex: 1, text: 'Favourable: ≥ 1000 kWh/m²/yr' }
 */
export function classLegend(list: RoofClasses, locale: Locale): { classIndex: number; text: string }[] {
  const unit = translate(locale, 'unit.irradiation');
  const lines: { classIndex: number; text: string }[] = [];
  const first = list.classes[0];
  if (first !== undefined && first.minValue !== null) {
    lines.push({
      classIndex: -1,
      text: translate(locale, 'legend.classNone', { value: boundText(first.minValue, locale), unit }),
    });
  }
  list.classes.forEach((c, i) => {
    const name = classLabel(c.name, locale);
    const next = list.classes[i + 1]?.minValue;
    let text = name;
    if (c.minValue !== null) {
      text = translate(locale, 'legend.classFrom', { name, value: boundText(c.minValue, locale), unit });
    } else if (next !== undefined && next !== null) {
      text = translate(locale, 'legend.classBelow', { name, value: boundText(next, locale), unit });
    }
    lines.push({ classIndex: i, text });
  });
  return lines;
}
