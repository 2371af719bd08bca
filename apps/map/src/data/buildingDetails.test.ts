import { describe, expect, it } from 'vitest';
import { propertyRows } from './buildingDetails.js';

// Building B01 of data-samples/albi/buildings.geojson (line 2): a 30° gable roof.
const B01 = {
  id: 'B01',
  roofType: 'gable',
  eaveHeightM: 6,
  planes: [
    { id: 'B01-P1', pitchDeg: 30, azimuthDeg: 180, areaM2: 72.746134, groundAreaM2: 63 },
    { id: 'B01-P2', pitchDeg: 30, azimuthDeg: 0, areaM2: 72.746134, groundAreaM2: 63 },
  ],
};

describe('propertyRows', () => {
  it('keeps strings as they are, other values as JSON, and leaves out the planes', () => {
    expect(propertyRows({ ...B01, name: '<img src=x onerror=alert(1)>', tags: { a: 1 } })).toEqual([
      ['id', 'B01'],
      ['roofType', 'gable'],
      ['eaveHeightM', '6'],
      ['name', '<img src=x onerror=alert(1)>'],
      ['tags', '{"a":1}'],
    ]);
    expect(propertyRows(null)).toEqual([]);
  });
});
