import { describe, expect, it } from 'vitest';
import { RAD_PER_DEG } from '../units/angles.js';
import { metresPerDegree } from '../units/metresPerDegree.js';
import { solarPositionSpa } from './spa.js';
import { sunDirectionTileErrorBoundRad, sunPositionsForInstants, sunPositionsForYear } from './sunPositions.js';

describe('sunPositionsForInstants', () => {
  it('equals the scalar SPA at each instant (equivalence, fast path vs reference)', () => {
    const times = [Date.UTC(2003, 9, 17, 19, 30, 30), Date.UTC(2021, 5, 21, 4), Date.UTC(2021, 11, 21, 23)];
    const site = {
      latitudeDeg: 39.742476,
      longitudeDeg: -105.1786,
      elevationM: 1830.14,
      pressureMbar: 820,
      temperatureC: 11,
      deltaTSeconds: 67,
    };
    const s = sunPositionsForInstants(times, site);
    for (let i = 0; i < times.length; i++) {
      const p = solarPositionSpa({ ...site, timeUtcMs: times[i] });
      expect(s.apparentZenithRad[i]).toBe(p.apparentZenithDeg * RAD_PER_DEG);
      expect(s.zenithRad[i]).toBe(p.zenithDeg * RAD_PER_DEG);
      expect(s.azimuthRad[i]).toBe(p.azimuthDeg * RAD_PER_DEG);
      expect(s.up[i]).toBeCloseTo(Math.cos(p.apparentZenithDeg * RAD_PER_DEG), 15);
      expect(Math.hypot(s.east[i], s.north[i], s.up[i])).toBeCloseTo(1, 14);
    }
  });

  it('names the bad index', () => {
    expect(() => sunPositionsForInstants([0, Number.NaN], { latitudeDeg: 0, longitudeDeg: 0 })).toThrow(
      /timesUtcMs\[1\]/,
    );
  });
});

describe('sunPositionsForYear', () => {
  it('places instants at step centres over the UTC year', () => {
    const s = sunPositionsForYear({
      year: 2024,
      stepMinutes: 60,
      latitudeDeg: 43.6,
      longitudeDeg: 3.88,
    });
    expect(s.count).toBe(8784);
    expect(s.timesUtcMs[0]).toBe(Date.UTC(2024, 0, 1, 0, 30));
    expect(s.timesUtcMs[s.count - 1]).toBe(Date.UTC(2024, 11, 31, 23, 30));
    expect(() => sunPositionsForYear({ year: 2024, stepMinutes: 7, latitudeDeg: 0, longitudeDeg: 0 })).toThrow(
      /divide 1440/,
    );
  });
});

describe('tile error bound: SPA at tile corners vs centre over a year', () => {
  it('a 10 km tile at 43.6°N stays within sunDirectionTileErrorBoundRad', () => {
    const lat = 43.6;
    const lon = 3.88;
    const half = 5000; // m, half side of a 10 km tile
    const { xM: mPerDegLon, yM: mPerDegLat } = metresPerDegree(lat);
    const centre = sunPositionsForYear({
      year: 2021,
      stepMinutes: 60,
      latitudeDeg: lat,
      longitudeDeg: lon,
    });
    let worst = 0;
    for (const [sx, sy] of [
      [-1, -1],
      [-1, 1],
      [1, -1],
      [1, 1],
    ]) {
      const corner = sunPositionsForYear({
        year: 2021,
        stepMinutes: 60,
        latitudeDeg: lat + (sy * half) / mPerDegLat,
        longitudeDeg: lon + (sx * half) / mPerDegLon,
      });
      for (let i = 0; i < centre.count; i++) {
        if (centre.up[i] <= 0) continue; // apparent sun below the horizon
        const dot = centre.east[i] * corner.east[i] + centre.north[i] * corner.north[i] + centre.up[i] * corner.up[i];
        worst = Math.max(worst, Math.acos(Math.min(1, dot)));
      }
    }
    const bound = sunDirectionTileErrorBoundRad(lat, half, half);
    expect(worst).toBeLessThan(bound);
    // The bound is tight: over a year the sun reaches the worst orientation.
    expect(worst).toBeGreaterThan(0.99 * bound);
  });
});
