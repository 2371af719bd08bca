import { afterAll, bench, describe } from 'vitest';
import { monthlyOperatingConditions } from '../pv/monthlyOperatingConditions.js';
import { layoutRoofPlanes } from './layoutRoofPlanes.js';
import { roofPlaneYield } from './roofPlaneYield.js';
import { segmentRoofPlanes } from './segmentRoofPlanes.js';
import { usableRoofArea } from './usableRoofArea.js';

// The roof step after irradiation (issue 4: ≤ 30 s on a 2000×2000 tile with about 2000
// buildings): segmentation, usable area, module layout and yield, one core, no I/O. A synthetic
// town at 0.5 m: 44 × 44 = 1936 houses of 14 m × 9 m on a 22.5 m grid, a third with a 30° gable
// roof ridge east–west, a third ridge north–south, a third flat with a 1.2 m HVAC box; the
// irradiation a uniform 1300 kWh/m²/yr (the step's cost does not depend on it).
const width = 2000;
const height = 2000;
const cells = width * height;
const cellM = 0.5;
const geo = { originX: 600_000, originY: 6_300_000, cellSizeX: cellM, cellSizeY: cellM, epsg: 2154 };
const dsm = { data: new Float32Array(cells), width, height, geo };
const buildingIds = new Int32Array(cells);
const perRow = 44;
for (let row = 0; row < height; row++) {
  for (let col = 0; col < width; col++) {
    const x = (col + 0.5) * cellM;
    const y = (row + 0.5) * cellM;
    let z = 150;
    const bx = Math.floor(x / 22.5);
    const by = Math.floor(y / 22.5);
    const u = x - bx * 22.5 - 4;
    const v = y - by * 22.5 - 6;
    if (bx < perRow && by < perRow && u >= 0 && u < 14 && v >= 0 && v < 9) {
      const kind = (bx + by) % 3;
      const t = Math.tan(Math.PI / 6);
      z += 6 + (kind === 0 ? t * (4.5 - Math.abs(v - 4.5)) : kind === 1 ? t * (7 - Math.abs(u - 7)) : 0);
      if (kind === 2 && u > 9 && u < 11 && v > 3 && v < 5) z += 1.2;
      buildingIds[row * width + col] = by * perRow + bx + 1;
    }
    dsm.data[row * width + col] = z;
  }
}
const globalKwhM2Yr = new Float32Array(cells).fill(1300);
const monthlyKwhM2 = new Float32Array(12 * cells).fill(1300 / 12);
const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2023, m, 15, 12));
const conditions = monthlyOperatingConditions(
  months,
  months.map(() => 600),
  months.map(() => 15),
  months.map(() => 2),
);
const seconds: number[] = [];
let planes = 0;
let modules = 0;

describe('roof step after irradiation, 2000×2000 cells, 1936 buildings, one core', () => {
  bench(
    'segmentRoofPlanes + usableRoofArea + layoutRoofPlanes + roofPlaneYield',
    () => {
      const t0 = performance.now();
      const seg = segmentRoofPlanes({ dsm, buildingIds });
      const usable = usableRoofArea(seg, width, height, cellM, cellM, globalKwhM2Yr);
      const layout = layoutRoofPlanes(seg.planes, usable.usable, width, height, cellM, cellM, { latitudeDeg: 43.9 });
      const angularFactor = new Float64Array(12 * seg.planes.count).fill(0.97);
      const flatRowsTiltGain = new Float64Array(12).fill(1.1);
      roofPlaneYield({
        seg,
        usable: usable.usable,
        layout,
        globalKwhM2Yr,
        monthlyKwhM2,
        conditions,
        flatRowsTiltGain,
        angularFactor,
      });
      seconds.push((performance.now() - t0) / 1000);
      planes = seg.planes.count;
      modules = layout.modulesCount.reduce((s, n) => s + n, 0);
    },
    { iterations: 1, time: 0, warmupIterations: 0 },
  );
});

afterAll(() => {
  console.log(
    `roof step: ${Math.min(...seconds).toFixed(1)} s for ${planes} planes, ${modules} modules on 2000×2000 cells (target ≤ 30 s)`,
  );
});
