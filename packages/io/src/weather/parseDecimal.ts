const DECIMAL = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/**
 * Read a plain decimal number ("12", "-0.00", "1.5e3"); anything else (empty, "abc", "0x10",
 * "NaN", "Infinity") gives NaN, so callers can report the exact cell. "-0.00" reads as +0, so
 * files that print negative zeros (PVGIS CSV/EPW) and files that do not (PVGIS JSON) agree.
 *
 * @param text the cell text
 * @returns the number, or NaN when the text is not a plain decimal
 * @example parseDecimal(' 2.04 '); // 2.04
 */
export function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) + 0 : Number.NaN;
}
