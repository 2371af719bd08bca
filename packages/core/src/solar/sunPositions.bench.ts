import { bench, describe } from 'vitest';
import { sunPositionsForYear } from './sunPositions.js';

// One tile's sun for a year: 8784 full SPA evaluations (hourly, 2024) and 35 136 (15 min, leap year 2024), one
// core. The per-tile cost the solar engine pays before its per-cell work.
describe('sunPositionsForYear, one site', () => {
  bench('hourly (8784 SPA evaluations)', () => {
    sunPositionsForYear({ year: 2024, stepMinutes: 60, latitudeDeg: 43.6, longitudeDeg: 3.88 });
  });
  bench('15 min (35 136 SPA evaluations)', () => {
    sunPositionsForYear({ year: 2024, stepMinutes: 15, latitudeDeg: 43.6, longitudeDeg: 3.88 });
  });
});
