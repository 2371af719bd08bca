import { readFileSync } from 'node:fs';
import { FootfallInputError } from '@gisement/footfall';
import { describe, expect, it } from 'vitest';
import { segmentEstimate, segmentHourly } from '../data/footfallDetails.js';
import { footfallLayers } from './footfallLayers.js';
import type { FootfallRequest } from './protocol.js';

const dir = new URL('../../../../data-samples/albi/', import.meta.url);
const json = (name: string) => ({ name, value: JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as unknown });

function sampleRequest(countsText?: string): FootfallRequest {
  return {
    type: 'footfall',
    jobId: 1,
    streets: json('streets.geojson'),
    counts: { name: 'counts.csv', text: countsText ?? readFileSync(new URL('counts.csv', dir), 'utf8') },
    sites: json('counters.geojson'),
    shops: json('shops.geojson'),
    candidates: json('candidates.geojson'),
    holidays: ['2024-04-01'],
  };
}

describe('footfallLayers', () => {
  it('estimates every segment of the sample with its interval and scores every candidate', () => {
    const { segments, premises, profiles } = footfallLayers(sampleRequest());
    expect(segments.features.length).toBeGreaterThan(0);
    for (const feature of segments.features) {
      const s = segmentEstimate(feature.properties);
      expect(s.low).toBeLessThanOrEqual(s.daily);
      expect(s.daily).toBeLessThanOrEqual(s.high);
      // Hourly estimate = daily × the counter's weekday shares, which add up to 1 (shares
      // written with 5 decimals, profiles-json.ts: 24 × 5e-6 of rounding at most).
      const hourly = segmentHourly(s, profiles);
      if (hourly === null) continue;
      expect(hourly.reduce((a, b) => a + b, 0) / s.daily).toBeCloseTo(1, 4);
    }
    // The four candidates of data-samples/albi/candidates.geojson, ranked 1–4; each score is the
    // mean of its three parts (premises-score.ts, `score: (rf + rh + rc) / 3`; 3 decimals written).
    expect(premises.features.map((f) => f.properties.rank)).toEqual([1, 2, 3, 4]);
    for (const { properties: p } of premises.features) {
      const mean = ((p.partFootfall as number) + (p.partHuff as number) + (p.partCompetition as number)) / 3;
      expect(Math.abs((p.score as number) - mean)).toBeLessThanOrEqual(1e-3);
    }
    expect(profiles.sites.map((s) => s.siteId)).toContain('ALB01');
  });

  it('names the file of bad input', () => {
    // FootfallInputError messages start with the file name (input/errors.ts).
    const attempt = () => footfallLayers(sampleRequest('when,how many\nmonday,3\n'));
    expect(attempt).toThrow(FootfallInputError);
    expect(attempt).toThrow(/^counts\.csv/);
  });
});
