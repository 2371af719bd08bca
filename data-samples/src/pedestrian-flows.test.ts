import { describe, expect, it } from 'vitest';
import { BUSIEST_SEGMENT_PEDESTRIANS_PER_WEEKDAY, simulatePedestrianFlows } from './pedestrian-flows.js';
import { generateTown } from './town.js';

const town = generateTown();
const truth = simulatePedestrianFlows(town.streets, town.buildings, town.shops);

describe('simulatePedestrianFlows', () => {
  it('gives every street segment a flow, zero only on the motorway', () => {
    expect([...truth.keys()]).toEqual(town.streets.map((s) => s.id));
    for (const s of town.streets) {
      const f = truth.get(s.id) ?? Number.NaN;
      expect(Number.isInteger(f), s.id).toBe(true);
      if (s.highway === 'motorway') expect(f, s.id).toBe(0);
      else expect(f, s.id).toBeGreaterThan(0);
    }
  });

  it('is scaled so that the busiest segment carries the documented level', () => {
    expect(Math.max(...truth.values())).toBe(BUSIEST_SEGMENT_PEDESTRIANS_PER_WEEKDAY);
  });

  it('puts the most pedestrians on the shopping street and the avenue, the fewest on the outer ring', () => {
    // streets.ts: S15 is the pedestrian Rue du Marché (x = 140, 100 < y < 170), S01–S07 the
    // avenue; S24, S27, S34, S37 are the ring's corner segments, farthest from the shops.
    const f = (id: string) => truth.get(id) ?? 0;
    const ring = ['S24', 'S27', 'S34', 'S37'].map(f);
    for (let i = 1; i <= 7; i++) expect(f(`S0${i}`)).toBeGreaterThan(Math.max(...ring));
    expect(f('S15')).toBeGreaterThan(Math.max(...[1, 2, 3, 4, 5, 6, 7].map((i) => f(`S0${i}`))));
  });

  it('is the truth written with the town, and every counter level is the truth at its segment', () => {
    expect(town.footfallTruth).toEqual(truth);
    for (const c of town.counters) expect(c.pedestriansPerWeekday, c.siteId).toBe(truth.get(c.streetId));
  });
});
