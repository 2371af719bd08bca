import { describe, expect, it } from 'vitest';
import { isIsoDate, readHolidays } from './holidays.js';

describe('isIsoDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD only', () => {
    // 2024 is a leap year (Gregorian rule: divisible by 4, not a century); 1900 is not (a century
    // not divisible by 400); 2000 is.
    expect(isIsoDate('2024-04-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-4-1')).toBe(false);
    expect(isIsoDate('01/04/2024')).toBe(false);
    expect(isIsoDate('2024-04-01T00:00')).toBe(false);
  });
});

describe('readHolidays', () => {
  it('reads comma-separated dates as `gisement footfall --holidays` does, sorted and each once', () => {
    expect(readHolidays(' 2024-05-01, 2024-04-01 ,,2024-05-01 ')).toEqual({
      dates: ['2024-04-01', '2024-05-01'],
      invalid: null,
    });
    expect(readHolidays('')).toEqual({ dates: [], invalid: null });
  });

  it('names the first piece that is not a date', () => {
    expect(readHolidays('2024-04-01, 1/5/2024, 2024-02-30')).toEqual({ dates: null, invalid: '1/5/2024' });
    expect(readHolidays('2024-02-30')).toEqual({ dates: null, invalid: '2024-02-30' });
  });
});
