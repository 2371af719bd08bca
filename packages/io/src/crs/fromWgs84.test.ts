/**
 * Inverse transformations. Expected coordinates: [GDAL] the gdaltransform values of
 * crs.test.ts (GDAL 3.6.2 / PROJ 9.1.1, same definitions), taken the other way.
 */
import { CrsError, crsTransform, fromWgs84, toWgs84 } from '@gisement/io';
import { describe, expect, it } from 'vitest';

describe('fromWgs84 / crsTransform', () => {
  it.each([
    [2154, 770575, 6277550, 3.87370562840865, 43.5934923666383],
    [28992, 155000, 463000, 5.38720350841377, 52.1551723011922],
    [32631, 560000, 4830000, 3.74364744221547, 43.6205662253507],
  ])('EPSG:%i (%f, %f) ← lon %f lat %f [GDAL], within 1 mm', (epsg, x, y, lon, lat) => {
    const [gotX, gotY] = fromWgs84(epsg)(lon, lat);
    expect(Math.abs(gotX - x)).toBeLessThan(1e-3);
    expect(Math.abs(gotY - y)).toBeLessThan(1e-3);
  });

  it('goes between two projected CRSs through WGS 84 and back', () => {
    const [lon, lat] = toWgs84(2154, 631300, 6314600);
    const [x, y] = crsTransform(2154, 32631)(631300, 6314600);
    const [lon2, lat2] = toWgs84(32631, x, y);
    expect(Math.abs(lon2 - lon)).toBeLessThan(1e-9);
    expect(Math.abs(lat2 - lat)).toBeLessThan(1e-9);
    expect(crsTransform(32631, 2154)(x, y).map((v) => Math.round(v * 1000) / 1000)).toEqual([631300, 6314600]);
  });

  it('is the identity for one CRS and refuses an unsupported one', () => {
    expect(crsTransform(2154, 2154)(1.5, 2.5)).toEqual([1.5, 2.5]);
    expect(() => fromWgs84(2056)).toThrow(CrsError);
  });
});
