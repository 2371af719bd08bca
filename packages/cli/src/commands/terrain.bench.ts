import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { writeMirroredDsm } from '../bench/mirroredDsm.js';

// End-to-end `gisement terrain` (read, compute, write three Deflate GeoTIFFs; and with
// `--compress none`, uncompressed like gdaldem's) side by side with `gdaldem slope` +
// `gdaldem aspect` (-alg Horn -compute_edges), with GDAL's default uncompressed output and with
// Deflate + floating-point predictor (our default encoding), on the same
// 4000×4000 DSM at 0.5 m. The DSM is the real Montpellier IGN LiDAR HD
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
  await writeMirroredDsm(
    join(root, '../shared/data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif'),
    size,
    dsmPath,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const once = { iterations: 3, time: 0, warmupIterations: 0 };
describe(`terrain end to end, ${size}×${size} DSM`, () => {
  bench(
    'gisement terrain (slope + aspect + hillshade, Deflate)',
    () => {
      execFileSync('node', [cli, 'terrain', dsmPath, '--out', join(work, 'gisement'), '--quiet']);
    },
    once,
  );
  bench(
    'gisement terrain --compress none (uncompressed, like gdaldem)',
    () => {
      execFileSync('node', [
        cli,
        'terrain',
        dsmPath,
        '--out',
        join(work, 'gisement-none'),
        '--compress',
        'none',
        '--quiet',
      ]);
    },
    once,
  );
  for (const [label, creation] of [
    ['uncompressed', []],
    ['Deflate + predictor 3, like ours', ['-co', 'COMPRESS=DEFLATE', '-co', 'PREDICTOR=3', '-co', 'TILED=YES']],
  ] as const) {
    bench.runIf(hasGdal)(
      `gdaldem slope + aspect (${label})`,
      () => {
        for (const what of ['slope', 'aspect']) {
          execFileSync('gdaldem', [
            what,
            '-alg',
            'Horn',
            '-compute_edges',
            '-q',
            ...creation,
            dsmPath,
            join(work, `gdal_${what}.tif`),
          ]);
        }
      },
      once,
    );
  }
});
