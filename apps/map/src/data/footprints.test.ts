import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileProblem } from './fileProblem.js';
import { footprintRingsLonLat, parseFootprints } from './footprints.js';

const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

function problemOf(text: string): FileProblem {
  try {
    parseFootprints(text, 'f.geojson');
  } catch (error) {
    if (error instanceof FileProblem) return error;
    throw error;
  }
  throw new Error('expected a FileProblem');
}

describe('parseFootprints', () => {
  it('keeps WGS 84 polygons and their properties as they are', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 7,
          properties: { name: '<b>x</b>' },
          geometry: { type: 'Polygon', coordinates: [square] },
        },
      ],
    });
    const fc = parseFootprints(text, 'f.geojson');
    expect(fc.features[0]).toEqual({
      type: 'Feature',
      id: 7,
      properties: { name: '<b>x</b>' },
      geometry: { type: 'Polygon', coordinates: [square] },
    });
  });

  it('reprojects Lambert-93 footprints named by a "crs" member to the same lon/lat as the WGS 84 file', () => {
    // data-samples writes the same buildings in both CRSs (data-samples/src/files.ts, buildingsGeoJson).
    const dir = new URL('../../../../data-samples/albi/', import.meta.url);
    const lambert = parseFootprints(readFileSync(new URL('buildings_2154.geojson', dir), 'utf8'), 'b');
    const wgs84 = parseFootprints(readFileSync(new URL('buildings.geojson', dir), 'utf8'), 'b');
    expect(lambert.features).toHaveLength(wgs84.features.length);
    const a = lambert.features[0].geometry.coordinates[0][0] as number[];
    const b = wgs84.features[0].geometry.coordinates[0][0] as number[];
    // Both come from proj4 with the same definition; the WGS 84 file rounds to 1e-9°
    // (data-samples/src/files.ts, DECIMALS.degrees) and the Lambert-93 one to 1e-4 m.
    expect(a[0]).toBeCloseTo(b[0], 8);
    expect(a[1]).toBeCloseTo(b[1], 8);
  });

  it('says what is wrong in plain words', () => {
    expect(problemOf('{').reason).toBe('error.json');
    expect(problemOf('{"type":"Feature"}').params).toEqual({ detail: '"type" is "Feature"' });
    expect(problemOf('{"type":"FeatureCollection"}').params).toEqual({ detail: '"features" is not an array' });
    const point = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }],
    });
    expect(problemOf(point).params).toEqual({ detail: 'feature 1 has geometry "Point"' });
    const unknownCrs = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9999' } },
      features: [],
    });
    expect(problemOf(unknownCrs).params.detail).toMatch(/^unsupported CRS EPSG:9999/);
  });
});

describe('footprintRingsLonLat', () => {
  it('flattens every ring of Polygons and MultiPolygons, in file order', () => {
    const hole: [number, number][] = [
      [0.2, 0.2],
      [0.4, 0.2],
      [0.4, 0.4],
      [0.2, 0.2],
    ];
    const rings = footprintRingsLonLat({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [hole] } },
        { type: 'Feature', properties: null, geometry: { type: 'MultiPolygon', coordinates: [[hole], [hole, hole]] } },
      ],
    });
    const flat = [0.2, 0.2, 0.4, 0.2, 0.4, 0.4, 0.2, 0.2];
    expect(rings.map((f) => f.map((r) => Array.from(r)))).toEqual([[flat], [flat, flat, flat]]);
  });
});
