import { describe, expect, it } from 'vitest';
import { EARTH_MEAN_RADIUS_KM, siteDistanceKm } from './siteDistance.js';

describe('siteDistanceKm', () => {
  it('matches the Turf haversine test vector', () => {
    // Turfjs/turf packages/turf-distance/test.ts: [-75.343, 39.984] → [-75.534, 39.123] = 97.12922118967835 km
    // (same formula, same radius 6371008.8 m).
    const d = siteDistanceKm({ latitudeDeg: 39.984, longitudeDeg: -75.343 }, 39.123, -75.534);
    expect(d).toBeCloseTo(97.12922118967835, 9);
  });

  it('gives great-circle lengths of the sphere', () => {
    // A quarter meridian is R·π/2, antipodes are R·π apart, a point is 0 km from itself.
    expect(siteDistanceKm({ latitudeDeg: 0, longitudeDeg: 8 }, 90, 8)).toBeCloseTo(
      (EARTH_MEAN_RADIUS_KM * Math.PI) / 2,
      9,
    );
    expect(siteDistanceKm({ latitudeDeg: 45, longitudeDeg: 8 }, -45, -172)).toBeCloseTo(
      EARTH_MEAN_RADIUS_KM * Math.PI,
      6,
    );
    expect(siteDistanceKm({ latitudeDeg: 45.7261, longitudeDeg: 4.9378 }, 45.7261, 4.9378)).toBe(0);
  });
});
