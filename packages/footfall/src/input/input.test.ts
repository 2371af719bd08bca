import { describe, expect, it } from 'vitest';
import { parseCounts } from './counts.js';
import { parseCsv } from './csv.js';
import { FootfallInputError } from './errors.js';
import { parseOtherTags, walkabilityRejection } from './osm-tags.js';
import { parseAttractors, parseSitesCsv, parseSitesGeoJson } from './points.js';
import { parseStreets } from './streets.js';

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, CRLF, BOM and multi-line fields with line numbers', () => {
    const t = parseCsv('\ufeffa,b\r\n"x, y","he said ""hi"""\r\n\r\n"multi\nline",2\n', 'f.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([
      { line: 2, fields: ['x, y', 'he said "hi"'] },
      { line: 4, fields: ['multi\nline', '2'] },
    ]);
  });
  it('fails on an unterminated quote with the file and line', () => {
    expect(() => parseCsv('a,b\n1,2\n"oops,3\n', 'bad.csv')).toThrow('bad.csv:3: unterminated');
  });
});

describe('OSM tags', () => {
  it('parses GDAL other_tags', () => {
    expect(parseOtherTags('"foot"=>"no","name"=>"A \\"B\\" St"')).toEqual({
      foot: 'no',
      name: 'A "B" St',
    });
  });
  it('applies the walkability table', () => {
    expect(walkabilityRejection({ highway: 'footway' })).toBeNull();
    expect(walkabilityRejection({ highway: 'primary' })).toBeNull();
    expect(walkabilityRejection({ highway: 'motorway' })).toBe('highway=motorway without foot access');
    expect(walkabilityRejection({ highway: 'trunk_link' })).not.toBeNull();
    expect(walkabilityRejection({ highway: 'cycleway' })).not.toBeNull();
    expect(walkabilityRejection({ highway: 'cycleway', foot: 'designated' })).toBeNull();
    expect(walkabilityRejection({ highway: 'footway', foot: 'no' })).toBe('foot=no');
    expect(walkabilityRejection({ highway: 'service', access: 'private' })).toBe('access=private');
    expect(walkabilityRejection({ highway: 'construction' })).not.toBeNull();
  });
});

describe('parseStreets', () => {
  it('keeps walkable lines and lists the others with reasons', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { osm_id: '1', highway: 'footway' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [2, 48],
              [2.001, 48],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { osm_id: '2', highway: 'motorway' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [2, 48],
              [2.001, 48],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { osm_id: '3', highway: 'residential', other_tags: '"foot"=>"no"' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [2, 48],
              [2.001, 48],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { osm_id: '4', highway: 'path' },
          geometry: { type: 'Point', coordinates: [2, 48] },
        },
      ],
    };
    const r = parseStreets(fc, 's.geojson');
    expect(r.ways.map((w) => w.id)).toEqual(['1']);
    expect(r.skipped.map((s) => [s.id, s.reason])).toEqual([
      ['2', 'highway=motorway without foot access'],
      ['3', 'foot=no'],
      ['4', 'geometry Point is not a line'],
    ]);
  });
  it('rejects a non-FeatureCollection and a projected CRS', () => {
    expect(() => parseStreets({ type: 'Feature' }, 's.geojson')).toThrow(FootfallInputError);
    expect(() =>
      parseStreets(
        { type: 'FeatureCollection', crs: { properties: { name: 'EPSG:2154' } }, features: [] },
        's.geojson',
      ),
    ).toThrow('not WGS84');
  });
});

describe('parseCounts', () => {
  it('reads the City of Sydney survey layout and skips malformed rows', () => {
    const hours = Array.from({ length: 18 }, (_, k) => `Time_${String(6 + k).padStart(2, '0')}00`);
    const row = (id: string, period: string, v: string) =>
      [id, period, '2015', '2015 - Weekday - March', ...Array(18).fill(v)].join(',');
    const text = [
      ['SiteID', 'Period', 'Year', 'DateFilter', ...hours].join(','),
      row('7', 'weekday', '10'),
      row('7', 'weekday', '10'),
      row('8', 'holiday', '10'),
      row('9', 'weekend', 'x'),
    ].join('\n');
    const r = parseCounts(text, 'syd.csv');
    expect(r.format).toBe('sydney-surveys');
    expect(r.dayHours).toEqual([6, 23]);
    expect(r.counts.length).toBe(18);
    expect(r.counts[0]).toEqual({
      siteId: '7',
      day: '2015-03 weekday',
      year: 2015,
      dayType: 'weekday',
      hour: 6,
      count: 10,
    });
    expect(r.skipped.map((s) => s.line)).toEqual([3, 4, 5]);
    expect(r.skipped[0].reason).toMatch(/duplicate/);
  });
  it('reads the City of Melbourne wide layout with -1/undefined as missing', () => {
    // 2019-01-05 was a Saturday, 2019-01-07 a Monday.
    const text =
      'Date,Hour,A,B,\n05/01/2019,0,5,-1,\n07/01/2019,13,undefined,7,\n32/01/2019,1,1,1,\n07/01/2019,2,abc,3,\n';
    const r = parseCounts(text, 'mel.csv', { holidays: [] });
    expect(r.format).toBe('melbourne-wide');
    expect(r.counts).toEqual([
      { siteId: 'A', day: '2019-01-05', year: 2019, dayType: 'saturday', hour: 0, count: 5 },
      { siteId: 'B', day: '2019-01-07', year: 2019, dayType: 'weekday', hour: 13, count: 7 },
      { siteId: 'B', day: '2019-01-07', year: 2019, dayType: 'weekday', hour: 2, count: 3 },
    ]);
    expect(r.skipped.map((s) => [s.line, s.id])).toEqual([
      [4, null],
      [5, 'A'],
    ]);
  });
  it('reads the long layout in local time, keeps pedestrians and lists bad rows', () => {
    // 2024-03-10 was a Sunday.
    const text = [
      'site,timestamp,count,mode',
      'S1,2024-03-10T23:00:00+01:00,12,pedestrians',
      'S1,2024-03-10T23:00:00+01:00,12,pedestrians',
      'S1,2024-03-11T08:00:00+01:00,40,bikes',
      'S2,2024-03-11T08:00:00,4,pedestrians',
      'S2,2024-03-11T08:00:00Z,-4,pedestrians',
    ].join('\n');
    const r = parseCounts(text, 'long.csv');
    expect(r.counts).toEqual([
      {
        siteId: 'S1',
        day: '2024-03-10',
        year: 2024,
        dayType: 'sunday-holiday',
        hour: 23,
        count: 12,
      },
    ]);
    expect(r.ignoredModes).toEqual({ bikes: 1 });
    expect(r.skipped.map((s) => s.line)).toEqual([3, 5, 6]);
  });
  it('fails on an unknown header naming the file and line 1', () => {
    expect(() => parseCounts('foo,bar\n1,2\n', 'x.csv')).toThrow('x.csv:1: unrecognised');
  });
});

describe('sites and attractors', () => {
  it('excludes every site of a duplicated id', () => {
    const pt = (id: string, x: number) => ({
      type: 'Feature',
      properties: { Site_ID: id },
      geometry: { type: 'Point', coordinates: [x, 0] },
    });
    const r = parseSitesGeoJson(
      { type: 'FeatureCollection', features: [pt('1', 0), pt('2', 1), pt('2', 2)] },
      'sites.geojson',
    );
    expect(r.sites.map((s) => s.id)).toEqual(['1']);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'duplicate site id (2 locations)'],
      [2, 'duplicate site id (2 locations)'],
    ]);
  });
  it('reads CSV sites', () => {
    const r = parseSitesCsv('site,lat,lon\nA,-37.8,144.9\nB,,144.9\n', 's.csv');
    expect(r.sites).toEqual([{ id: 'A', lonDeg: 144.9, latDeg: -37.8 }]);
    expect(r.skipped[0].line).toBe(3);
  });
  it('reads attractor categories from other_tags', () => {
    const r = parseAttractors(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { osm_id: '9', other_tags: '"amenity"=>"cafe"' },
            geometry: { type: 'Point', coordinates: [151.2, -33.8] },
          },
          {
            type: 'Feature',
            properties: { osm_id: '10' },
            geometry: { type: 'Point', coordinates: [151.2, -33.8] },
          },
        ],
      },
      'poi.geojson',
    );
    expect(r.attractors).toEqual([{ id: '9', category: 'amenity:cafe', weight: 1, lonDeg: 151.2, latDeg: -33.8 }]);
    expect(r.skipped.length).toBe(1);
  });
});
