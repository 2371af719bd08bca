/**
 * Footprints from GeoJSON. The grid is Lambert-93 (EPSG:2154) near Albi, like the sample
 * town (data-samples/albi). Reference coordinates: [GDAL] `gdaltransform -s_srs EPSG:2154
 * -t_srs EPSG:4326` of the point (631300, 6314600), computed with toWgs84 (tested against
 * GDAL in crs.test.ts) and inverted here.
 */
import { FootprintError, readFootprints, toWgs84 } from '@gisement/io';
import { describe, expect, it } from 'vitest';

const grid = {
  geo: { originX: 631200, originY: 6314700, cellSizeX: 0.5, cellSizeY: 0.5, epsg: 2154 },
  width: 400,
  height: 400,
};

/** A closed square ring [x, y] of half-side h around (cx, cy), counter-clockwise. */
function square(cx: number, cy: number, h: number): number[][] {
  return [
    [cx - h, cy - h],
    [cx + h, cy - h],
    [cx + h, cy + h],
    [cx - h, cy + h],
    [cx - h, cy - h],
  ];
}

const feature = (geometry: unknown, properties: Record<string, unknown> | null = {}, id?: unknown) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  geometry,
});

const named = (name: string) => ({ type: 'name', properties: { name } });

describe('readFootprints', () => {
  it('reads a projected file with a crs member (both spellings) without moving it', () => {
    for (const name of ['urn:ogc:def:crs:EPSG::2154', 'EPSG:2154']) {
      const fc = {
        type: 'FeatureCollection',
        crs: named(name),
        features: [feature({ type: 'Polygon', coordinates: [square(631300, 6314600, 5)] }, { id: 'A' })],
      };
      const { footprints, skipped, sourceEpsg } = readFootprints(fc, grid);
      expect(sourceEpsg).toBe(2154);
      expect(skipped).toEqual([]);
      expect(footprints[0].id).toBe('A');
      expect(Array.from(footprints[0].rings[0].subarray(0, 4))).toEqual([631295, 6314595, 631305, 6314595]);
    }
  });

  it('reprojects RFC 7946 lon/lat (no crs member) to the grid CRS within 1 mm', () => {
    const ring = square(631300, 6314600, 5).map(([x, y]) => toWgs84(2154, x, y));
    const fc = { type: 'FeatureCollection', features: [feature({ type: 'Polygon', coordinates: [ring] })] };
    const { footprints, sourceEpsg } = readFootprints(fc, grid);
    expect(sourceEpsg).toBe(4326);
    const got = footprints[0].rings[0];
    const want = square(631300, 6314600, 5).flat();
    for (let i = 0; i < want.length; i++) expect(Math.abs(got[i] - want[i])).toBeLessThan(1e-3);
  });

  it('keeps holes and every polygon of a MultiPolygon as rings', () => {
    const fc = {
      type: 'FeatureCollection',
      crs: named('EPSG:2154'),
      features: [
        feature({ type: 'Polygon', coordinates: [square(631300, 6314600, 10), square(631300, 6314600, 3).reverse()] }),
        feature({ type: 'MultiPolygon', coordinates: [[square(631250, 6314600, 4)], [square(631350, 6314600, 4)]] }),
      ],
    };
    const { footprints } = readFootprints(fc, grid);
    expect(footprints.map((f) => f.rings.length)).toEqual([2, 2]);
  });

  it('lists every feature it does not return, with its reason', () => {
    const ok = { type: 'Polygon', coordinates: [square(631300, 6314600, 5)] };
    const fc = {
      type: 'FeatureCollection',
      crs: named('EPSG:2154'),
      features: [
        { type: 'Point' },
        feature(null),
        feature({ type: 'Polygon', coordinates: [] }),
        feature({ type: 'Point', coordinates: [631300, 6314600] }),
        feature({ type: 'Polygon', coordinates: [square(631300, 6314600, 5).slice(0, 4)] }),
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [631290, 6314590],
              [631310, 6314610],
              [631310, 6314590],
              [631290, 6314610],
              [631290, 6314590],
            ],
          ],
        }),
        feature({ type: 'Polygon', coordinates: [square(640000, 6314600, 5)] }),
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [631290, 6314590],
              [631300, 6314590],
              [631310, 6314590],
              [631290, 6314590],
            ],
          ],
        }),
        feature(ok, { id: 'B' }),
        feature(ok, { id: 'B' }),
      ],
    };
    const { footprints, skipped } = readFootprints(fc, grid);
    expect(skipped.map((s) => [s.featureIndex, s.reason])).toEqual([
      [0, 'not-a-feature'],
      [1, 'empty-geometry'],
      [2, 'empty-geometry'],
      [3, 'unsupported-geometry'],
      [4, 'invalid-geometry'], // not closed
      [5, 'self-intersecting-ring'],
      [6, 'outside-grid'],
      [7, 'self-intersecting-ring'], // a flat ring folds back on itself
    ]);
    expect(footprints.map((f) => [f.featureIndex, f.id, f.renamedFrom])).toEqual([
      [8, 'B', undefined],
      [9, 'B#2', 'B'],
    ]);
    expect(skipped[5].detail).toMatch(/feature 5 \(feature-5\): polygon 0 ring 0: edges 0 and 2 touch or cross/);
  });

  it('takes ids from the feature, then the chosen property, then the position', () => {
    const g = { type: 'Polygon', coordinates: [square(631300, 6314600, 5)] };
    const fc = {
      type: 'FeatureCollection',
      crs: named('EPSG:2154'),
      features: [feature(g, { ref: 'R1' }, 7), feature(g, { ref: 'R2' }), feature(g, null)],
    };
    expect(readFootprints(fc, grid, { idProperty: 'ref' }).footprints.map((f) => f.id)).toEqual([
      '7',
      'R2',
      'feature-2',
    ]);
  });

  it('refuses a file that is not usable at all, saying why', () => {
    const projectedNoCrs = {
      type: 'FeatureCollection',
      features: [feature({ type: 'Polygon', coordinates: [square(631300, 6314600, 5)] })],
    };
    expect(() => readFootprints(projectedNoCrs, grid, { file: 'b.geojson' })).toThrow(
      /^b\.geojson: no "crs" member, so WGS 84 lon\/lat \(RFC 7946\) is assumed, but position \(631295, 6314595\) is not lon\/lat/,
    );
    expect(() => readFootprints({ type: 'FeatureCollection', crs: named('EPSG:2056'), features: [] }, grid)).toThrow(
      FootprintError,
    );
    expect(() => readFootprints({ type: 'Feature' }, grid)).toThrow(
      /expected a GeoJSON FeatureCollection, got type "Feature"/,
    );
    expect(() =>
      readFootprints({ type: 'FeatureCollection', features: [] }, { ...grid, geo: { ...grid.geo, epsg: null } }),
    ).toThrow(/no CRS/);
  });
});
