import { describe, expect, it } from 'vitest';
import { buildingLabel, buildingMapFeatures } from './townData.js';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};

describe('buildingLabel', () => {
  it('prefers the feature id, then the id property, then the position', () => {
    expect(buildingLabel({ id: 'B01', properties: { id: 'X' } }, 0)).toBe('B01');
    expect(buildingLabel({ properties: { id: 42 } }, 0)).toBe('42');
    expect(buildingLabel({ properties: null }, 4)).toBe('5');
  });
});

describe('buildingMapFeatures', () => {
  it('numbers features by position and leaves their properties out', () => {
    const fc = buildingMapFeatures({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'a', properties: { name: '<img src=x>' }, geometry: square },
        { type: 'Feature', properties: null, geometry: square },
      ],
    });
    expect(fc.features.map((f) => [f.id, f.properties])).toEqual([
      [0, {}],
      [1, {}],
    ]);
  });
});
