import { describe, expect, it } from 'vitest';
import { localProjection, unprojectLat, unprojectLon } from '../geo/local-projection.js';
import { parseCounts } from '../input/counts.js';
import { parseAttractors, parseCandidates, parseSitesGeoJson } from '../input/points.js';
import { parseStreets } from '../input/streets.js';
import { angularChoice } from '../network/angular-choice.js';
import { footfallGeoJson } from './footfall-geojson.js';
import { premisesGeoJson } from './premises-geojson.js';
import { runFootfall } from './run-footfall.js';

// A 6×6 grid of 100 m blocks around (2.35 E, 48.85 N), built in local metres.
const proj = localProjection(2.35, 48.85);
const ll = (x: number, y: number): [number, number] => [unprojectLon(proj, x), unprojectLat(proj, y)];
const line = (id: string, highway: string, pts: [number, number][]) => ({
  type: 'Feature',
  properties: { osm_id: id, highway },
  geometry: { type: 'LineString', coordinates: pts.map(([x, y]) => ll(x, y)) },
});
const streets = { type: 'FeatureCollection', features: [] as unknown[] };
for (let i = 0; i <= 5; i++) {
  const row: [number, number][] = [];
  const col: [number, number][] = [];
  for (let k = 0; k <= 5; k++) {
    row.push([k * 100 - 250, i * 100 - 250]);
    col.push([i * 100 - 250, k * 100 - 250]);
  }
  streets.features.push(line(`h${i}`, i === 2 ? 'pedestrian' : 'residential', row));
  streets.features.push(line(`v${i}`, 'footway', col));
}
streets.features.push(
  line('m1', 'motorway', [
    [-250, 400],
    [250, 400],
  ]),
);

const point = (props: Record<string, unknown>, x: number, y: number) => ({
  type: 'Feature',
  properties: props,
  geometry: { type: 'Point', coordinates: ll(x, y) },
});
// Counters at block-face midpoints (x = −200 … 200 on rows y = −250 … 250).
const sitePositions: [string, number, number][] = [
  ['S1', -200, -250],
  ['S2', -100, -150],
  ['S3', 0, -50],
  ['S4', 100, 50],
  ['S5', 200, 150],
  ['S6', -200, 250],
  ['S7', 0, 150],
  ['S8', 100, -250],
];
const sites = {
  type: 'FeatureCollection',
  features: [
    ...sitePositions.map(([id, x, y]) => point({ siteId: id }, x, y)),
    point({ siteId: 'FAR' }, 0, 1000),
    point({ siteId: 'DUP' }, 0, 0),
    point({ siteId: 'DUP' }, 50, 0),
    point({ siteId: 'NOCOUNT' }, -50, 0),
  ],
};
const pois = {
  type: 'FeatureCollection',
  features: [point({ shop: 'bakery' }, 0, -45), point({ amenity: 'cafe' }, 5, -45), point({ shop: 'books' }, 120, 55)],
};
const candidatesFc = {
  type: 'FeatureCollection',
  features: [
    point({ id: 'C-centre', category: 'amenity:cafe' }, 0, -55),
    point({ id: 'C-edge', category: 'amenity:cafe' }, -245, 210),
    point({ id: 'C-far', category: 'amenity:cafe' }, 900, 900),
  ],
};
// Long-format hourly counts for one Monday (2024-03-04), 0–23 h; flat hourly value per site.
const hourly: Record<string, number> = {
  S1: 50,
  S2: 120,
  S3: 400,
  S4: 300,
  S5: 80,
  S6: 40,
  S7: 150,
  S8: 60,
  FAR: 10,
  DUP: 10,
  LOST: 10,
};
const rows = ['site,timestamp,count,mode'];
for (const [site, v] of Object.entries(hourly)) {
  for (let h = 0; h < 24; h++)
    rows.push(`${site},2024-03-04T${String(h).padStart(2, '0')}:00:00+01:00,${v},pedestrians`);
}
rows.push('S1,2024-03-04T07:00:00+01:00,12,bikes', 'S2,not-a-time,5,pedestrians');

describe('runFootfall on a synthetic grid', () => {
  const inputs = {
    streets: parseStreets(streets, 'streets.geojson'),
    counts: parseCounts(rows.join('\n'), 'counts.csv'),
    sites: parseSitesGeoJson(sites, 'sites.geojson'),
    attractors: parseAttractors(pois, 'pois.geojson'),
    candidates: parseCandidates(candidatesFc, 'candidates.geojson'),
  };
  const result = runFootfall(inputs, { radiiM: [200, 400] });
  const cal = result.calibration;

  it('accounts for every site and every bad input item', () => {
    const used = cal.counters.map((c) => c.siteId).sort();
    expect(used).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
    const excluded = Object.fromEntries(cal.excluded.map((e) => [e.siteId, e.reason]));
    expect(excluded).toEqual({
      FAR: 'farther than 25 m from the street network',
      DUP: 'no location for this site (missing or duplicated id)',
      LOST: 'no location for this site (missing or duplicated id)',
      NOCOUNT: 'no counts for this site',
    });
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'highway=motorway without foot access',
      'timestamp "not-a-time" is not an ISO 8601 hour start (HH:00) with a UTC offset',
      'duplicate site id (2 locations)',
      'duplicate site id (2 locations)',
      'farther than 50 m from the street network',
    ]);
    expect(inputs.counts.ignoredModes).toEqual({ bikes: 1 });
    expect(cal.warnings[0]).toMatch(/^only 8 counters/);
  });

  it('reports daily counts, cross-validation and ordered 80 % intervals', () => {
    const s3 = cal.counters.find((c) => c.siteId === 'S3');
    expect(s3?.observedDaily).toBe(400 * 24);
    expect(cal.crossValidation.counterCount).toBe(8);
    expect(cal.featureNames).toEqual([
      'ln1p_betweenness200',
      'ln1p_closeness200',
      'ln1p_reach200',
      'ln1p_betweenness400',
      'ln1p_closeness400',
      'ln1p_reach400',
      'ln1p_density100',
      'ln1p_density200',
      'ln1p_flow',
    ]);
    // The selected predictors are a subset of them, in the same order.
    const names = cal.featureNames;
    expect(cal.selectedFeatures.length).toBeGreaterThan(0);
    expect(cal.selectedFeatures).toEqual(names.filter((n) => cal.selectedFeatures.includes(n)));
    for (const n of names) if (!cal.selectedFeatures.includes(n)) expect(cal.coefficients[n]).toBe(0);
    for (let e = 0; e < result.network.graph.edgeCount; e++) {
      expect(result.footfallLow[e]).toBeLessThan(result.footfallDaily[e]);
      expect(result.footfallDaily[e]).toBeLessThan(result.footfallHigh[e]);
    }
  });

  it('writes RFC 7946 segments with estimates and features', () => {
    const fc = footfallGeoJson(result);
    expect(fc.features.length).toBe(result.network.graph.edgeCount);
    // 6 rows + 6 columns of 5 blocks = 60 segments of 100 m.
    expect(fc.features.length).toBe(60);
    const f0 = fc.features[0];
    expect(f0.properties.lengthM).toBeCloseTo(100, 6);
    expect(Object.keys(f0.properties)).toEqual([
      'segment',
      'wayId',
      'highway',
      'lengthM',
      'footfallDaily',
      'footfallLow',
      'footfallHigh',
      'extrapolated',
      'clampedPredictors',
      'profileType',
      'profileSite',
      'betweenness200',
      'closeness200',
      'reach200',
      'betweenness400',
      'closeness400',
      'reach400',
      'density100',
      'density200',
      'flow',
    ]);
    const [lon, lat] = f0.geometry.coordinates[0];
    expect(lon).toBeGreaterThan(2.34);
    expect(lat).toBeGreaterThan(48.84);
  });

  it('flags the segments outside the counters’ range of the predictors the model uses', () => {
    const fc = footfallGeoJson(result);
    const domain = cal.applicabilityDomain;
    const p = result.featureNames.length;
    expect(Object.keys(domain.ranges)).toEqual(cal.selectedFeatures);
    let flagged = 0;
    let flaggedLengthM = 0;
    for (const f of fc.features) {
      const e = Number(f.properties.segment);
      const outside = cal.selectedFeatures.filter((name) => {
        const v = result.segmentPredictors[e * p + result.featureNames.indexOf(name)];
        return v < domain.ranges[name][0] || v > domain.ranges[name][1];
      });
      expect(f.properties.clampedPredictors).toBe(outside.join(','));
      expect(f.properties.extrapolated).toBe(outside.length > 0);
      if (outside.length > 0) {
        flagged++;
        flaggedLengthM += result.network.graph.edgeLengthM[e];
      }
    }
    expect(domain.extrapolatedSegmentCount).toBe(flagged);
    expect(domain.extrapolatedLengthM).toBeCloseTo(flaggedLengthM, 6);
    expect(domain.shareOfSegments).toBeCloseTo(flagged / 60, 12);
    // 60 segments of 100 m (see above).
    expect(domain.streetLengthM).toBeCloseTo(6000, 6);
  });

  it('scores and ranks the candidate premises', () => {
    expect(result.premises.map((p) => p.id)).toEqual(['C-centre', 'C-edge']);
    // Both snap to the street 5 m away. C-centre fronts (0, −50), 5 m along the street from
    // the café competitor (5, −50); C-edge fronts (−250, 210), 255 + 260 = 515 m of grid
    // streets from it, beyond the 400 m competition radius.
    expect(result.premises.map((p) => p.competitors)).toEqual([1, 0]);
    for (const p of result.premises) {
      expect(p.huffShare).toBeGreaterThan(0);
      expect(p.huffShare).toBeLessThanOrEqual(1);
      expect(p.score).toBeCloseTo((p.parts.footfall + p.parts.huff + p.parts.competition) / 3, 15);
    }
    const fc = premisesGeoJson(result);
    expect(fc.features.map((f) => f.properties.rank)).toEqual([1, 2]);
  });

  it('runs without attractors on betweenness and closeness only', () => {
    const bare = runFootfall(
      { streets: inputs.streets, counts: inputs.counts, sites: inputs.sites },
      { radiiM: [200, 400] },
    );
    expect(bare.calibration.featureNames).toEqual([
      'ln1p_betweenness200',
      'ln1p_closeness200',
      'ln1p_betweenness400',
      'ln1p_closeness400',
    ]);
    expect(bare.calibration.counters.length).toBe(8);
  });

  it('adds angular choice at the radii only with the angular option', () => {
    expect(result.edgeAngularChoice).toBeNull();
    const angular = runFootfall(inputs, { radiiM: [200, 400], angular: true });
    expect(angular.calibration.featureNames).toEqual([
      ...result.calibration.featureNames,
      'ln1p_angularChoice200',
      'ln1p_angularChoice400',
    ]);
    expect(angular.edgeAngularChoice).toEqual(angularChoice(angular.network.graph, [200, 400]));
    const keys = Object.keys(footfallGeoJson(angular).features[0].properties);
    expect(keys.filter((k) => k.startsWith('angularChoice'))).toEqual(['angularChoice200', 'angularChoice400']);
  });

  it('refuses to calibrate on fewer than 3 counters', () => {
    const few = parseCounts(rows.filter((r) => /^(site|S1|S2),/.test(r)).join('\n'), 'few.csv');
    expect(() => runFootfall({ ...inputs, counts: few })).toThrow('only 2 usable counters');
  });
});
