import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGeoTiffFile, writeGeoTiffFile } from '@gisement/io/node';
import { afterAll, beforeAll, bench, describe } from 'vitest';

// End-to-end `gisement terrain` (read, compute, write three Deflate GeoTIFFs) side by side with
// `gdaldem slope` + `gdaldem aspect` (-alg Horn -compute_edges, GDAL's default uncompressed
// output) on the same 4000×4000 DSM at 0.5 m. The DSM is the real Montpellier IGN LiDAR HD
// mosaic (../shared/data) mirrored to fill 4000×4000 cells, so it has real roofs and trees.
// Target (issue 2): no slower than gdaldem. Needs `pnpm build` (the bench script runs it).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const cli = join(root, 'packages/cli/dist/main.js');
const size = 4000;
const work = mkdtempSync(join(tmpdir(), 'gisement-bench-terrain-'));
const dsmPath = join(work, 'dsm4000.tif');
const hasGdal = (() => {
  try {
    execFileSync('gdalinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

beforeAll(async () => {
  const src = await readGeoTiffFile(join(root, '../shared/data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif'));
  const band = new Float32Array(size * size);
  for (let row = 0; row < size; row++) {
    const r = Math.floor(row / src.height) % 2 ? src.height - 1 - (row % src.height) : row % src.height;
    for (let col = 0; col < size; col++) {
      const c = Math.floor(col / src.width) % 2 ? src.width - 1 - (col % src.width) : col % src.width;
      band[row * size + col] = src.data[r * src.width + c] as number;
    }
  }
  await writeGeoTiffFile(dsmPath, { bands: [band], width: size, height: size, geo: src.geo });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const once = { iterations: 3, time: 0, warmupIterations: 0 };
describe(`terrain end to end, ${size}×${size} DSM`, () => {
  bench('gisement terrain (slope + aspect + hillshade, Deflate)', () => {
    execFileSync('node', [cli, 'terrain', dsmPath, '--out', join(work, 'gisement'), '--quiet']);
  }, once);
  bench.runIf(hasGdal)('gdaldem slope + aspect (uncompressed)', () => {
    for (const what of ['slope', 'aspect']) {
      execFileSync('gdaldem', [what, '-alg', 'Horn', '-compute_edges', '-q', dsmPath, join(work, `gdal_${what}.tif`)]);
    }
  }, once);
});
