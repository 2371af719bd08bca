import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildingsCsv, buildingsGeoJson } from './exportTable.js';
import type { BuildingRow } from './ranking.js';

const XSS = '<img src=x onerror=alert(1)>';
const geometry = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [2, 44],
      [2.1, 44],
      [2.1, 44.1],
      [2, 44],
    ],
  ],
};
const FEATURES: Feature[] = [
  { type: 'Feature', properties: { name: 'Mairie, « centre »', note: XSS, floors: 3, planes: [] }, geometry },
  { type: 'Feature', properties: { usage: 'école "Jaurès"\nbâtiment B' }, geometry },
];
const ROWS: BuildingRow[] = [
  { index: 1, label: 'B2', irradiationKwhM2Yr: 1234.56, areaM2: 80.04, kWp: 0, classIndex: -1 },
  { index: 0, label: 'B1', irradiationKwhM2Yr: Number.NaN, areaM2: 120, kWp: 0, classIndex: -1 },
];

describe('buildingsCsv', () => {
  it('writes a header row, `.` decimals, RFC 4180 quoting and properties as text', () => {
    const csv = buildingsCsv(ROWS, FEATURES);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'id,irradiation_kwh_m2_yr,footprint_area_m2,usage,name,note,floors',
      'B2,1234.6,80.0,"école ""Jaurès""\nbâtiment B",,,',
      `B1,,120.0,,"Mairie, « centre »",${XSS},3`,
      '',
    ]);
  });

  it('makes text that spreadsheets would run as formulas inert (OWASP CSV injection)', () => {
    const features: Feature[] = [
      { type: 'Feature', properties: { cmd: '=HYPERLINK("http://x")', sum: '+1+2', at: '@SUM(A1)', n: -5 }, geometry },
    ];
    const rows: BuildingRow[] = [
      { index: 0, label: '-B1', irradiationKwhM2Yr: 1000, areaM2: 10, kWp: 0, classIndex: -1 },
    ];
    const [, line] = buildingsCsv(rows, features).slice(1).split('\r\n');
    // Text values get a leading quote; the plain number −5 stays a number.
    expect(line).toBe(`'-B1,1000.0,10.0,"'=HYPERLINK(""http://x"")",'+1+2,'@SUM(A1),-5`);
  });

  it('encodes as UTF-8 (é = C3 A9, « = C2 AB)', () => {
    const bytes = new TextEncoder().encode(buildingsCsv(ROWS, FEATURES));
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
    expect(text).toContain('c3 a9 63 6f 6c 65'); // "école"
    expect(text).toContain('c2 ab'); // «
  });
});

describe('buildingsGeoJson', () => {
  it('keeps geometry and properties and adds the computed values (null when unknown)', () => {
    const collection = JSON.parse(buildingsGeoJson(ROWS, FEATURES));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f: Feature) => f.id)).toEqual(['B2', 'B1']);
    expect(collection.features[0].properties).toEqual({
      usage: 'école "Jaurès"\nbâtiment B',
      irradiationKwhM2Yr: 1234.6,
      footprintAreaM2Computed: 80,
    });
    expect(collection.features[1].properties.note).toBe(XSS);
    expect(collection.features[1].properties.irradiationKwhM2Yr).toBeNull();
    expect(collection.features[1].geometry).toEqual(geometry);
  });
});
