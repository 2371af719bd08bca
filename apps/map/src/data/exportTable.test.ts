import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildingsCsv, buildingsGeoJson } from './exportTable.js';
import type { BuildingRow } from './ranking.js';
import { DEFAULT_ROOF_CLASSES } from './roofClassList.js';

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
/** A building without modules (no kWp, class, yield or payback). */
const NO_MODULES = {
  kWp: 0,
  classIndex: -1,
  panels: 0,
  yieldKwhYr: 0,
  paybackYears: Number.NaN,
  co2AvoidedKgYr: 0,
  rank: 0,
};
/** The default classes, ranked by annual yield (`defaultRoofsConfig` of `@gisement/io`). */
const RUN = { classes: DEFAULT_ROOF_CLASSES, criterion: 'yield' as const };
// B2's potential: 7 modules of 425 Wp (2.975 kWp; DEFAULT_MODULE, packages/core/src/rooftop/layoutModules.ts line 22) in class
// 'good' (index 2 of IRRADIATION_CLASSES, packages/core/src/rooftop/suitability.ts line 20);
// yield, payback and CO2 are arbitrary values that check the rounding and the column order.
const ROWS: BuildingRow[] = [
  {
    index: 1,
    label: 'B2',
    irradiationKwhM2Yr: 1234.56,
    areaM2: 80.04,
    kWp: 2.975,
    classIndex: 2,
    panels: 7,
    yieldKwhYr: 3456.78,
    paybackYears: 11.26,
    co2AvoidedKgYr: 190.12,
    rank: 1,
  },
  { index: 0, label: 'B1', irradiationKwhM2Yr: Number.NaN, areaM2: 120, ...NO_MODULES },
];

describe('buildingsCsv', () => {
  it('writes a header row, `.` decimals, RFC 4180 quoting and properties as text', () => {
    const csv = buildingsCsv(ROWS, FEATURES, RUN);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'id,irradiation_kwh_m2_yr,footprint_area_m2,kwp,class,panels,yield_kwh_yr,payback_years,co2_avoided_kg_yr,rank,rank_criterion,usage,name,note,floors',
      'B2,1234.6,80.0,2.975,good,7,3456.8,11.3,190.1,1,yield,"école ""Jaurès""\nbâtiment B",,,',
      `B1,,120.0,0.000,,0,0.0,,0.0,,yield,,"Mairie, « centre »",${XSS},3`,
      '',
    ]);
  });

  it('makes text that spreadsheets would run as formulas inert (OWASP CSV injection)', () => {
    const features: Feature[] = [
      { type: 'Feature', properties: { cmd: '=HYPERLINK("http://x")', sum: '+1+2', at: '@SUM(A1)', n: -5 }, geometry },
    ];
    const rows: BuildingRow[] = [{ index: 0, label: '-B1', irradiationKwhM2Yr: 1000, areaM2: 10, ...NO_MODULES }];
    const [, line] = buildingsCsv(rows, features, RUN).slice(1).split('\r\n');
    // Text values get a leading quote; the plain number −5 stays a number.
    expect(line).toBe(`'-B1,1000.0,10.0,0.000,,0,0.0,,0.0,,yield,"'=HYPERLINK(""http://x"")",'+1+2,'@SUM(A1),-5`);
  });

  it('encodes as UTF-8 (é = C3 A9, « = C2 AB)', () => {
    const bytes = new TextEncoder().encode(buildingsCsv(ROWS, FEATURES, RUN));
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
    expect(text).toContain('c3 a9 63 6f 6c 65'); // "école"
    expect(text).toContain('c2 ab'); // «
  });
});

describe('the class names of a roofs config', () => {
  it('are written as configured, text a spreadsheet would run made inert, with the configured criterion', () => {
    // A roofs config's own classes (index 2 = "=haut") ranked by payback.
    const run = {
      classes: {
        quantity: 'irradiationKwhM2Yr' as const,
        classes: [
          { name: 'bas', minValue: 800 },
          { name: 'moyen', minValue: 1100 },
          { name: '=haut', minValue: 1300 },
        ],
      },
      criterion: 'payback' as const,
    };
    const [, line] = buildingsCsv(ROWS, FEATURES, run).slice(1).split('\r\n');
    expect(line?.split(',').slice(4, 11)).toEqual(["'=haut", '7', '3456.8', '11.3', '190.1', '1', 'payback']);
    const collection = JSON.parse(buildingsGeoJson(ROWS, FEATURES, run));
    expect(collection.features[0].properties.class).toBe('=haut');
    expect(collection.features[0].properties.rankCriterion).toBe('payback');
  });
});

describe('buildingsGeoJson', () => {
  it('keeps geometry and properties and adds the computed values (null when unknown)', () => {
    const collection = JSON.parse(buildingsGeoJson(ROWS, FEATURES, RUN));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f: Feature) => f.id)).toEqual(['B2', 'B1']);
    expect(collection.features[0].properties).toEqual({
      usage: 'école "Jaurès"\nbâtiment B',
      irradiationKwhM2Yr: 1234.6,
      footprintAreaM2Computed: 80,
      kWp: 2.975,
      class: 'good',
      panelsCount: 7,
      yieldKwhYr: 3456.8,
      paybackYears: 11.3,
      co2AvoidedKgYr: 190.1,
      rank: 1,
      rankCriterion: 'yield',
    });
    expect(collection.features[1].properties.note).toBe(XSS);
    expect(collection.features[1].properties.irradiationKwhM2Yr).toBeNull();
    expect(collection.features[1].properties.class).toBeNull();
    expect(collection.features[1].properties.paybackYears).toBeNull();
    expect(collection.features[1].properties.rank).toBeNull();
    expect(collection.features[1].geometry).toEqual(geometry);
  });
});
