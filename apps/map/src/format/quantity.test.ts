import { describe, expect, it } from 'vitest';
import { formatQuantity } from './quantity.js';

describe('formatQuantity', () => {
  it('uses the decimal separator and grouping of each language (CLDR via Intl)', () => {
    expect(formatQuantity('en', 1234.56, 'm²', 1)).toBe('1,234.6\u00a0m²');
    // CLDR French: decimal comma, U+202F NARROW NO-BREAK SPACE between thousands.
    expect(formatQuantity('fr', 1234.56, 'm²', 1)).toBe('1\u202f234,6\u00a0m²');
  });

  it('writes degrees without a space and plain numbers without a unit', () => {
    expect(formatQuantity('fr', 30, '°', 0)).toBe('30°');
    expect(formatQuantity('en', 0.5, '', 2)).toBe('0.50');
  });

  it('shows a dash for values that are not numbers', () => {
    expect(formatQuantity('en', Number.NaN, 'm²', 1)).toBe('–');
    expect(formatQuantity('en', Number.POSITIVE_INFINITY, 'm²', 1)).toBe('–');
  });
});
