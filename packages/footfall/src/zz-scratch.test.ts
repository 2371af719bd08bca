import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseCounts } from './input/counts.js';
import { parseAttractors, parseSitesGeoJson } from './input/points.js';
import { parseStreets } from './input/streets.js';
import { runFootfall } from './pipeline/run-footfall.js';

const D = '/work/shared/data/sydney-walking-counts-osm/';
const j = (f: string) => JSON.parse(readFileSync(D + f, 'utf8'));
it('scratch', () => {
  const inputs = {
    streets: parseStreets(j('sydneycbd_2023_streets.geojson'), 'streets'),
    counts: parseCounts(readFileSync(`${D}Walking_count_surveys.csv`, 'utf8'), 'surveys'),
    sites: parseSitesGeoJson(j('walking_count_sites.geojson'), 'sites'),
    attractors: parseAttractors(j('sydneycbd_2023_shops_food_poi.geojson'), 'poi'),
  };
  for (const years of [undefined, [2013, 2019]] as const) {
    const t0 = performance.now();
    const r = runFootfall(inputs, { years: years as [number, number] | undefined });
    const c = r.calibration;
    console.log(
      'years',
      years,
      'ms',
      performance.now() - t0,
      'n',
      c.crossValidation,
      'lambda',
      c.ridgeLambda,
      c.variogram,
      c.residualSdLog,
    );
    console.log(c.coefficients);
    const reasons: Record<string, number> = {};
    for (const e of c.excluded) reasons[e.reason] = (reasons[e.reason] ?? 0) + 1;
    console.log(reasons);
    const p = r.featureNames.length;
    console.log(r.featureNames.join(' '));
    for (const k of c.counters)
      console.log(
        k.siteId,
        r.wayHighway[r.network.graph.edgeWay[k.edge]],
        Math.round(r.network.graph.edgeLengthM[k.edge]),
        Math.round(k.observedDaily),
        Math.round(k.predictedDailyLoo),
        Array.from(r.segmentPredictors.subarray(k.edge * p, k.edge * p + p))
          .map((v) => v.toFixed(2))
          .join(' '),
      );
  }
});
