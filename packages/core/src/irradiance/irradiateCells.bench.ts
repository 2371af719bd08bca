import { afterAll, bench, describe } from 'vitest';
import { horizonAngles } from '../terrain/horizonAngles.js';
import { hornSlopeAspect } from '../terrain/hornSlopeAspect.js';
import { clearSkySeries } from './clearSkySeries.js';
import { createIrradiationOutput, irradiateCells } from './irradiateCells.js';
import { buildSunMap } from './sunMap.js';

// Kernel throughput on one core, no I/O: a 1000×1000 synthetic town at 0.5 m (1 M cells) —
// 25 m blocks, each with a 15 m × 15 m building 6–27 m high, flat roof or a 30° gable (ridge
// east–west), on ground tilting 1 % to the south-east — its 36 horizons (200 m reach), and an
// hourly ESRA clear-sky year with the Perez sky. Target (issue 3): the whole `gisement solar`
// on 2000×2000 cells ≤ 60 s on 2 cores, so irradiateCells well under 10 µs per cell.
const width = 1000;
const height = 1000;
const cells = width * height;
const cellM = 0.5;
const dsm = { data: new Float32Array(cells), width, height };
for (let row = 0; row < height; row++) {
  for (let col = 0; col < width; col++) {
    const x = col * cellM;
    const y = row * cellM;
    let z = 150 + 0.007 * x + 0.007 * y;
    const bx = Math.floor(x / 25);
    const by = Math.floor(y / 25);
    const u = x - bx * 25 - 5;
    const v = y - by * 25 - 5;
    if (u >= 0 && u < 15 && v >= 0 && v < 15) {
      const eaves = 6 + ((bx * 7 + by * 13) % 8) * 3;
      const gable = (bx + by) % 2 === 0;
      z += gable ? eaves + Math.tan(Math.PI / 6) * (7.5 - Math.abs(v - 7.5)) : eaves;
    }
    dsm.data[row * width + col] = z;
  }
}
const spacing = { cellSizeXM: cellM, cellSizeYM: cellM };
const slopeDeg = new Float32Array(cells);
const aspectDeg = new Float32Array(cells);
hornSlopeAspect(dsm, spacing, { slopeDeg, aspectDeg });
const directions = 36;
const horizonsDeg = new Float32Array(directions * cells);
horizonAngles(dsm, spacing, { directions, maxDistanceM: 200 }, horizonsDeg);
const site = { latitudeDeg: 43.9, longitudeDeg: 2.15, elevationM: 170 };
const sky = clearSkySeries({ ...site, year: 2023, stepMinutes: 60, model: 'esra', linkeTurbidity: 3 });
const sunMap = buildSunMap(sky, { ...site, directions, gridConvergenceDeg: -0.58, albedo: 0.2, diffuseModel: 'perez' });
const out = createIrradiationOutput(cells);
const seconds: number[] = [];

describe('irradiateCells, 1000×1000 cells, 36 directions, hourly year, one core', () => {
  bench(
    'irradiateCells',
    () => {
      const t0 = performance.now();
      irradiateCells({ width, height, slopeDeg, aspectDeg, horizonsDeg }, sunMap, out);
      seconds.push((performance.now() - t0) / 1000);
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});

afterAll(() => {
  const best = Math.min(...seconds);
  console.log(
    `irradiateCells: ${((best / cells) * 1e6).toFixed(2)} µs/cell, ${(cells / best / 1e6).toFixed(2)} M cells/s (best of ${seconds.length}); 4 M cells ≈ ${((best * 4e6) / cells).toFixed(1)} s on one core`,
  );
});
