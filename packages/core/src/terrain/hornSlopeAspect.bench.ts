import { afterAll, bench, describe } from 'vitest';
import { hillshade } from './hillshade.js';
import { hornSlopeAspect } from './hornSlopeAspect.js';

// Kernel throughput on one core, no I/O: a 4000×4000 DSM at 0.5 m (16 M cells), a smooth
// undulating surface with a few percent of nodata cells, so both the interior fast path and
// the NaN/edge rules are exercised. Target (issue 2): ≥ 100 M cells/s.
const width = 4000;
const height = 4000;
const cells = width * height;
const dsm = { data: new Float32Array(cells), width, height };
for (let row = 0; row < height; row++) {
  for (let col = 0; col < width; col++) {
    const x = col * 0.5;
    const y = row * 0.5;
    const z = 150 + 8 * Math.sin(x / 37) * Math.cos(y / 23) + 0.02 * x + ((col * 7919 + row * 104729) % 97) / 200;
    dsm.data[row * width + col] = (col * 31 + row * 17) % 101 === 0 ? Number.NaN : z;
  }
}
const spacing = { cellSizeXM: 0.5, cellSizeYM: 0.5 };
const slopeDeg = new Float32Array(cells);
const aspectDeg = new Float32Array(cells);
const shade = new Float32Array(cells);
const seconds: Record<string, number[]> = { horn: [], hillshade: [] };

function timed(name: string, run: () => void): () => void {
  return () => {
    const t0 = performance.now();
    run();
    seconds[name]?.push((performance.now() - t0) / 1000);
  };
}

describe('terrain kernels, 4000×4000 cells, one core', () => {
  bench(
    'hornSlopeAspect',
    timed('horn', () => hornSlopeAspect(dsm, spacing, { slopeDeg, aspectDeg })),
    {
      iterations: 5,
      time: 0,
      warmupIterations: 1,
    },
  );
  bench(
    'hillshade',
    timed('hillshade', () => hillshade(dsm, spacing, shade)),
    {
      iterations: 5,
      time: 0,
      warmupIterations: 1,
    },
  );
});

afterAll(() => {
  for (const [name, runs] of Object.entries(seconds)) {
    const best = Math.min(...runs);
    console.log(`${name}: ${(cells / best / 1e6).toFixed(0)} M cells/s (best of ${runs.length}, target ≥ 100)`);
  }
});
