import { IRRADIATION_CLASSES } from '@gisement/core';
import { describe, expect, it } from 'vitest';
import { classLabel, classLegend, DEFAULT_ROOF_CLASSES, roofClasses } from './roofClassList.js';

/** A roofs config's own three classes, one name with markup (shown as the characters it holds). */
const CUSTOM = roofClasses([
  { name: 'bas', minValue: 800 },
  { name: 'moyen', minValue: 1100 },
  { name: 'haut<script>', minValue: 1300 },
]);

describe('roofClasses', () => {
  it('keeps names and bounds, the unbounded first default class as null (JSON-safe)', () => {
    // packages/core/src/rooftop/suitability.ts IRRADIATION_CLASSES: −∞, 1000, 1220, 1350 kWh/m²/yr.
    expect(DEFAULT_ROOF_CLASSES).toEqual({
      quantity: 'irradiationKwhM2Yr',
      classes: [
        { name: 'unfavourable', minValue: null },
        { name: 'favourable', minValue: 1000 },
        { name: 'good', minValue: 1220 },
        { name: 'excellent', minValue: 1350 },
      ],
    });
    expect(JSON.parse(JSON.stringify(DEFAULT_ROOF_CLASSES))).toEqual(DEFAULT_ROOF_CLASSES);
    expect(IRRADIATION_CLASSES[0]?.minValue).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('classLabel', () => {
  it('translates the default class names and leaves any other name as configured', () => {
    expect(classLabel('good', 'en')).toBe('Good');
    expect(classLabel('good', 'fr')).toBe('Bon');
    expect(classLabel('unfavourable', 'fr')).toBe('Défavorable');
    expect(classLabel('haut<script>', 'fr')).toBe('haut<script>');
    expect(classLabel('Good', 'fr')).toBe('Good');
  });
});

describe('classLegend', () => {
  it('writes the default classes with their bounds as before the class lists', () => {
    // The legend texts of the four default classes (IRRADIATION_CLASSES bounds).
    expect(classLegend(DEFAULT_ROOF_CLASSES, 'en')).toEqual([
      { classIndex: 0, text: 'Unfavourable: < 1000 kWh/m²/yr' },
      { classIndex: 1, text: 'Favourable: ≥ 1000 kWh/m²/yr' },
      { classIndex: 2, text: 'Good: ≥ 1220 kWh/m²/yr' },
      { classIndex: 3, text: 'Excellent: ≥ 1350 kWh/m²/yr' },
    ]);
    expect(classLegend(DEFAULT_ROOF_CLASSES, 'fr')[0]?.text).toBe('Défavorable : < 1000 kWh/m²/an');
  });

  it('writes custom classes as named, after a line for the values below the first bound', () => {
    expect(classLegend(CUSTOM, 'fr')).toEqual([
      { classIndex: -1, text: 'Sans classe : < 800 kWh/m²/an' },
      { classIndex: 0, text: 'bas : ≥ 800 kWh/m²/an' },
      { classIndex: 1, text: 'moyen : ≥ 1100 kWh/m²/an' },
      { classIndex: 2, text: 'haut<script> : ≥ 1300 kWh/m²/an' },
    ]);
    const decimal = roofClasses([{ name: '{value}', minValue: 1012.5 }]);
    expect(classLegend(decimal, 'fr')[1]?.text).toBe('{value} : ≥ 1012,5 kWh/m²/an');
  });
});
