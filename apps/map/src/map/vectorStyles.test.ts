import { describe, expect, it } from 'vitest';
import { DEFAULT_ROOF_CLASSES, roofClasses } from '../data/roofClassList.js';
import { ROOF_NO_CLASS_COLOUR, roofClassColours, roofClassSwatches } from './vectorStyles.js';

describe('roofClassColours', () => {
  it('keeps the four colours of the default classes', () => {
    // ColorBrewer RdYlBu, 6 classes (colorbrewer2.org; d3-scale-chromatic schemeRdYlBu[6]):
    // d73027 fc8d59 fee090 e0f3f8 91bfdb 4575b4 — its blue end, then its three warm ones.
    expect(roofClassColours(4)).toEqual(['#4575b4', '#fee090', '#fc8d59', '#d73027']);
  });

  it('takes ColorBrewer RdYlBu of the class count, blue (lowest) to red', () => {
    // ColorBrewer RdYlBu 3 classes: fc8d59 ffffbf 91bfdb; 5: d7191c fdae61 ffffbf abd9e9 2c7bb6.
    expect(roofClassColours(3)).toEqual(['#91bfdb', '#ffffbf', '#fc8d59']);
    expect(roofClassColours(5)).toEqual(['#2c7bb6', '#abd9e9', '#ffffbf', '#fdae61', '#d7191c']);
    expect(roofClassColours(11)).toHaveLength(11);
  });

  it('samples the RdYlBu interpolator beyond the scheme sizes, ends at its blue and red', () => {
    // interpolateRdYlBu(1) = #313695, (0) = #a50026: the 11-class scheme's ends.
    const twelve = roofClassColours(12);
    expect(twelve).toHaveLength(12);
    expect(new Set(twelve).size).toBe(12);
    expect([twelve[0], twelve[11]]).toEqual(['rgb(49, 54, 149)', 'rgb(165, 0, 38)']);
    expect(roofClassColours(2)).toEqual(['rgb(49, 54, 149)', 'rgb(165, 0, 38)']);
    expect(roofClassColours(1)).toEqual(['rgb(165, 0, 38)']);
    expect(roofClassColours(0)).toEqual([]);
  });
});

describe('roofClassSwatches', () => {
  it('gives one swatch per class of the run, names as text, grey below a bounded first class', () => {
    expect(roofClassSwatches(DEFAULT_ROOF_CLASSES, 'en').map((s) => s.colour)).toEqual(roofClassColours(4));
    const custom = roofClasses([
      { name: 'bas', minValue: 800 },
      { name: 'moyen', minValue: 1100 },
      { name: 'haut<script>', minValue: 1300 },
    ]);
    expect(roofClassSwatches(custom, 'en')).toEqual([
      { shape: 'fill', colour: ROOF_NO_CLASS_COLOUR, label: { text: 'No class: < 800 kWh/m²/yr' } },
      { shape: 'fill', colour: '#91bfdb', label: { text: 'bas: ≥ 800 kWh/m²/yr' } },
      { shape: 'fill', colour: '#ffffbf', label: { text: 'moyen: ≥ 1100 kWh/m²/yr' } },
      { shape: 'fill', colour: '#fc8d59', label: { text: 'haut<script>: ≥ 1300 kWh/m²/yr' } },
    ]);
  });
});
