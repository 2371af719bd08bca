import type { Locale } from '../i18n/strings.js';

/**
 * A number with its unit, in the interface language's conventions (decimal comma and
 * narrow no-break space grouping in French), as plain text.
 * @param locale interface language
 * @param value the number
 * @param unit unit symbol, e.g. `°`, `m²` (empty for none)
 * @param fractionDigits decimals shown
 * @returns e.g. `72.7 m²` (en), `72,7 m²` (fr); `–` for NaN or ±Infinity
 * @example formatQuantity('fr', 1234.5, 'm²', 1) // '1 234,5 m²' (U+202F between 1 and 234)
 */
export function formatQuantity(locale: Locale, value: number, unit: string, fractionDigits: number): string {
  if (!Number.isFinite(value)) return '–';
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
  if (unit === '') return number;
  // Degrees stick to the number in both languages (SI Brochure, 9th ed., §5.4.3).
  return unit === '°' ? `${number}°` : `${number}\u00a0${unit}`;
}
