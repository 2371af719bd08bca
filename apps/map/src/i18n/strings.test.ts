import { describe, expect, it } from 'vitest';
import { isLocale, LOCALES, STRING_KEYS, type StringKey, translate } from './strings.js';

/** Parameters that show their own name: `{id}` → `<id>`. */
const ANY: Record<string, string> = new Proxy({}, { get: (_, name) => `<${String(name)}>` });

/** Placeholders of a string, sorted. */
function placeholders(locale: 'en' | 'fr', key: StringKey): string[] {
  const text = translate(locale, key, ANY);
  return [...text.matchAll(/<(\w+)>/g)].map((m) => m[1]).sort();
}

describe('translate', () => {
  it('fills placeholders as plain text', () => {
    expect(translate('en', 'panelTitle', { id: '<b>B01</b>' })).toBe('Building <b>B01</b>');
    expect(translate('fr', 'panelTitle', { id: 'B01' })).toBe('Bâtiment B01');
  });

  it('names a missing placeholder', () => {
    expect(() => translate('en', 'panelTitle')).toThrow('string "panelTitle" needs a value for {id}');
  });

  it('has a non-empty text for every key in every locale', () => {
    expect(STRING_KEYS.length).toBeGreaterThan(40);
    for (const locale of LOCALES) {
      for (const key of STRING_KEYS) expect(translate(locale, key, ANY).trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in French and English for every key', () => {
    for (const key of STRING_KEYS) {
      expect(placeholders('fr', key)).toEqual(placeholders('en', key));
    }
  });
});

describe('isLocale', () => {
  it('accepts exactly the listed locales', () => {
    for (const locale of LOCALES) expect(isLocale(locale)).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
