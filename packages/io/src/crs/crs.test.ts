/**
 * CRS registry and transformations to WGS 84.
 *
 * Sources of the expected coordinates:
 *  [GDAL] GDAL 3.6.2 / PROJ 9.1.1 on this machine, no transformation grids installed:
 *         echo "X Y" | gdaltransform -s_srs EPSG:<code> -t_srs EPSG:4326 -output_xy
 *         (prints lon lat; PROJ picks the same Helmert datum shift as our +towgs84).
 *  [DEF]  the false origin of the projection, from its EPSG parameters (exact by definition).
 *  [GN7-2] IOGP Guidance Note 7-2 (Coordinate Conversions and Transformations), §3.5.1.1
 *         Popular Visualisation Pseudo Mercator worked example: E = −11 169 055.58 m,
 *         N = 2 800 000.00 m ↔ 24°22'54.433"N, 100°20'00.000"W.
 *  [RDNAPTRANS] RDNAPTRANS™2018 documentation: the Amersfoort origin RD (155000, 463000)
 *         ↔ ETRS89 52.15517440°N 5.38720621°E. Our datum shift is the 7-parameter
 *         approximation EPSG:15739, stated accurate to ≈ 1 m, so we compare within 1 m.
 */
import { boundsToWgs84, CrsError, crsInfo, epsgFromGeoKeys, supportedEpsgCodes, toWgs84 } from '@gisement/io';
import { describe, expect, it } from 'vitest';

/** 1e-8° ≈ 1 mm on the ground: agreement expected between proj4js and PROJ for one formula. */
const SAME_FORMULA_DEG = 1e-8;

const GDAL_POINTS: [number, number, number, number, number][] = [
  // epsg, x, y, lon, lat — [GDAL]
  [2154, 770575, 6277550, 3.87370562840865, 43.5934923666383],
  [32630, 500000, 4800000, -2.99999999999999, 43.3528553921544],
  [32631, 560000, 4830000, 3.74364744221547, 43.6205662253507],
  [32632, 400000, 5000000, 7.72796703968977, 45.1463928761717],
  [28992, 91955.5, 437153.5, 4.4707827356484, 51.9192898438309],
  [28992, 155000, 463000, 5.38720350841377, 52.1551723011922],
  [25830, 501100.421, 4795500.267, -2.98643035038322, 43.3123364491822],
  [25831, 560000, 4830000, 3.74364744222278, 43.6205662264161],
  [25832, 400000, 5000000, 7.72796703967629, 45.1463928772502],
  [3007, 150000, 6400000, 12, 57.7191234621389],
  [2100, 476000, 4205000, 23.7283669004148, 37.9949355688404],
  [31256, 1000, 340000, 16.3455868872749, 48.1984088412887],
  [27572, 600000, 2200000, 2.33653360836213, 46.799948781127],
  [27572, 723000, 1847000, 3.85824897308319, 43.6141949220336],
  [3857, -11169055.58, 2800000, -100.333333366944, 24.3817869187844],
  [4258, 3.5, 45, 3.5, 45],
];

describe('toWgs84', () => {
  it.each(GDAL_POINTS)('EPSG:%i (%f, %f) → gdaltransform lon %f lat %f', (epsg, x, y, lon, lat) => {
    const [gotLon, gotLat] = toWgs84(epsg, x, y);
    expect(Math.abs(gotLon - lon)).toBeLessThan(SAME_FORMULA_DEG);
    expect(Math.abs(gotLat - lat)).toBeLessThan(SAME_FORMULA_DEG);
  });

  it.each([
    [2154, 700000, 6600000, 3, 46.5],
    [32631, 500000, 0, 3, 0],
    [3007, 150000, 0, 12, 0],
    [4326, 3.5, 45, 3.5, 45],
  ])('EPSG:%i false origin (%f, %f) → (%f, %f) [DEF]', (epsg, x, y, lon, lat) => {
    const [gotLon, gotLat] = toWgs84(epsg, x, y);
    expect(Math.abs(gotLon - lon)).toBeLessThan(SAME_FORMULA_DEG);
    expect(Math.abs(gotLat - lat)).toBeLessThan(SAME_FORMULA_DEG);
  });

  it('EPSG:3857 worked example of IOGP GN 7-2 §3.5.1.1, to its 0.001" precision [GN7-2]', () => {
    const [lon, lat] = toWgs84(3857, -11169055.58, 2800000);
    const dms = (deg: number) => Math.abs(deg) * 3600;
    expect(Math.abs(dms(lat) - (24 * 3600 + 22 * 60 + 54.433))).toBeLessThan(0.0005);
    expect(Math.abs(dms(lon) - 100.33333333333333 * 3600)).toBeLessThan(0.0005);
    expect(lon).toBeLessThan(0);
  });

  it('EPSG:28992 Amersfoort origin within 1 m of RDNAPTRANS [RDNAPTRANS]', () => {
    const [lon, lat] = toWgs84(28992, 155000, 463000);
    const metresPerDegLat = 111_250; // ≈ at 52°N (Bessel/GRS80 meridian arc)
    const metresPerDegLon = metresPerDegLat * Math.cos((52.155 * Math.PI) / 180);
    expect(Math.abs(lat - 52.1551744) * metresPerDegLat).toBeLessThan(1);
    expect(Math.abs(lon - 5.38720621) * metresPerDegLon).toBeLessThan(1);
  });

  it('refuses an unknown CRS, naming it and the supported ones', () => {
    expect(() => toWgs84(2056, 2600000, 1200000)).toThrow(CrsError);
    expect(() => toWgs84(2056, 2600000, 1200000)).toThrow(
      /^unsupported CRS EPSG:2056; supported: EPSG:2100, EPSG:2154, /,
    );
  });
});

describe('crsInfo', () => {
  it('covers the CRSs of the brief', () => {
    expect(supportedEpsgCodes()).toEqual([
      2100, 2154, 3007, 3857, 4258, 4326, 25830, 25831, 25832, 27572, 28992, 31256, 32630, 32631, 32632,
    ]);
  });

  it('gives name, units and the PROJ.4 string', () => {
    expect(crsInfo(2154)).toMatchObject({
      epsg: 2154,
      name: 'RGF93 v1 / Lambert-93',
      units: 'metre',
    });
    expect(crsInfo(4326)).toMatchObject({ name: 'WGS 84', units: 'degree' });
    expect(crsInfo(4258).units).toBe('degree');
    expect(crsInfo(28992).proj4).toContain('+towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725');
    expect(crsInfo(27572).proj4).toContain('+pm=paris');
  });

  it('names the unknown code and lists the supported ones', () => {
    let message = '';
    try {
      crsInfo(9999);
    } catch (e) {
      expect(e).toBeInstanceOf(CrsError);
      message = (e as Error).message;
    }
    expect(message).toBe(
      `unsupported CRS EPSG:9999; supported: ${supportedEpsgCodes()
        .map((c) => `EPSG:${c}`)
        .join(', ')}`,
    );
  });
});

describe('epsgFromGeoKeys', () => {
  it('reads projected and geographic keys (GeoTIFF 1.0 §6.3.1.1)', () => {
    expect(epsgFromGeoKeys({ GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: 2154 })).toBe(2154);
    expect(epsgFromGeoKeys({ GTModelTypeGeoKey: 2, GeographicTypeGeoKey: 4326 })).toBe(4326);
    expect(epsgFromGeoKeys({ ProjectedCSTypeGeoKey: 28992 })).toBe(28992);
    expect(epsgFromGeoKeys({ GeographicTypeGeoKey: 4258 })).toBe(4258);
  });

  it('gives null when no key names a CRS', () => {
    expect(epsgFromGeoKeys(null)).toBeNull();
    expect(epsgFromGeoKeys({ GTModelTypeGeoKey: 1 })).toBeNull();
  });

  it('refuses user-defined and geocentric CRSs', () => {
    expect(() => epsgFromGeoKeys({ GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: 32767 })).toThrow(
      /^user-defined CRS \(ProjectedCSTypeGeoKey = 32767\)/,
    );
    expect(() => epsgFromGeoKeys({ GTModelTypeGeoKey: 2, GeographicTypeGeoKey: 32767 })).toThrow(
      /^user-defined CRS \(GeographicTypeGeoKey = 32767\)/,
    );
    expect(() => epsgFromGeoKeys({ GTModelTypeGeoKey: 3 })).toThrow(CrsError);
  });
});

describe('boundsToWgs84', () => {
  it('Montpellier mosaic bounds equal the extremes of gdalinfo corner coordinates', () => {
    // gdalinfo montpellier_DSM_0m50_mosaic.tif, Corner Coordinates (DMS, 0.01" precision):
    // Upper Left 3d52'22.02"E 43d35'38.22"N; Lower Left 3d52'21.97"E 43d35'34.98"N;
    // Upper Right 3d52'28.71"E 43d35'38.17"N; Lower Right 3d52'28.66"E 43d35'34.93"N.
    const b = boundsToWgs84(
      { originX: 770500, originY: 6277600, cellSizeX: 0.5, cellSizeY: 0.5, epsg: 2154 },
      300,
      200,
    );
    const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;
    const halfHundredthSecond = 0.005 / 3600;
    expect(Math.abs(b.west - dms(3, 52, 21.97))).toBeLessThanOrEqual(halfHundredthSecond);
    expect(Math.abs(b.east - dms(3, 52, 28.71))).toBeLessThanOrEqual(halfHundredthSecond);
    expect(Math.abs(b.south - dms(43, 35, 34.93))).toBeLessThanOrEqual(halfHundredthSecond);
    expect(Math.abs(b.north - dms(43, 35, 38.22))).toBeLessThanOrEqual(halfHundredthSecond);
  });

  it('finds the extreme latitude in the middle of an edge, which the corners miss', () => {
    // A 600 km wide UTM 31N box straddling the central meridian (3°E): its north edge is
    // a straight line in UTM, curving to its highest latitude at x = 500000 on the meridian.
    const geo = {
      originX: 200000,
      originY: 5000000,
      cellSizeX: 1000,
      cellSizeY: 1000,
      epsg: 32631,
    };
    const b = boundsToWgs84(geo, 600, 100);
    const [, cornerLat] = toWgs84(32631, 200000, 5000000);
    const [, middleLat] = toWgs84(32631, 500000, 5000000);
    expect(middleLat).toBeGreaterThan(cornerLat);
    expect(b.north).toBe(middleLat);
  });

  it('refuses a raster without CRS', () => {
    expect(() => boundsToWgs84({ originX: 0, originY: 0, cellSizeX: 1, cellSizeY: 1, epsg: null }, 1, 1)).toThrow(
      CrsError,
    );
  });
});
