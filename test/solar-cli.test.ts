import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWeather } from '@gisement/io';
import { readGeoTiffFile, writeGeoTiffFile } from '@gisement/io/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, shared } from './fixtures/paths.js';
import { runCliCapture as cli } from './helpers/cliCapture.js';
import { firstDifference } from './helpers/sameValues.js';

const montpellier = shared('data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif');
const pvgisCsv = shared('data/weather/pvgis-tmy-45N8E/tmy_45.000_8.000_2005_2023.csv');
const OUTPUTS = ['irradiation', 'beam', 'diffuse', 'reflected', 'monthly', 'sun-hours', 'svf'] as const;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gisement-solar-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The output bands of two runs that differ, with their first differing cell (none: identical). */
async function differences(dirA: string, dirB: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of OUTPUTS) {
    const bands = (await readGeoTiffFile(join(dirA, `${name}.tif`))).info.bands;
    for (let band = 1; band <= bands; band++) {
      const a = (await readGeoTiffFile(join(dirA, `${name}.tif`), { band })).data;
      const b = (await readGeoTiffFile(join(dirB, `${name}.tif`), { band })).data;
      const at = firstDifference(a, b);
      if (at !== -1) found.push(`${name}.tif band ${band}: first difference at cell ${at}`);
    }
  }
  return found;
}

/** A flat DSM of n×n cells at 1 m and `z` metres in UTM 32N near the PVGIS sample (45° N, 8° E). */
async function flatDsm(path: string, n: number, z: number): Promise<void> {
  await writeGeoTiffFile(path, {
    bands: [new Float32Array(n * n).fill(z)],
    width: n,
    height: n,
    geo: { originX: 421_000, originY: 4_983_000, cellSizeX: 1, cellSizeY: 1, epsg: 32632 },
  });
}

describe('gisement solar: tiling and threads', () => {
  const common = ['--max-distance-m', '20', '--directions', '16', '--quiet'];

  it('gives identical rasters for 64-row bands and one band (horizons anchored to the grid)', async () => {
    const one = await cli(
      'solar',
      montpellier,
      '--out',
      join(work, 'one'),
      '--tile-rows',
      '1000',
      '--workers',
      '0',
      ...common,
    );
    const small = await cli(
      'solar',
      montpellier,
      '--out',
      join(work, 'small'),
      '--tile-rows',
      '64',
      '--workers',
      '0',
      ...common,
    );
    expect([one.code, small.code, one.stderr, small.stderr]).toEqual([0, 0, '', '']);
    const run = JSON.parse(await readFile(join(work, 'small', 'solar-run.json'), 'utf8'));
    // 20 m at 0.5 m → 41 halo rows: four bands that each read only part of the 200 rows.
    expect(run.parameters).toMatchObject({ tileRows: 64, haloRows: 41 });
    expect(await differences(join(work, 'small'), join(work, 'one'))).toEqual([]);
  });

  // Needs the built CLI (`npm test` builds before testing).
  it('gives the same rasters on worker threads (built CLI) as in one thread', async () => {
    execFileSync('node', [
      join(repoRoot, 'packages/cli/dist/main.js'),
      'solar',
      montpellier,
      '--out',
      join(work, 'threads'),
      '--tile-rows',
      '50',
      '--workers',
      '2',
      ...common,
    ]);
    expect(await differences(join(work, 'threads'), join(work, 'one'))).toEqual([]);
  });

  it('refuses to run worker threads from TypeScript sources with a one-line reason', async () => {
    const { code, stderr } = await cli('solar', montpellier, '--out', join(work, 'src'), '--workers', '2', ...common);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^gisement solar: worker script .*solarTileWorker\.js is not built \(run `pnpm build`, or use --workers 0\)\n$/,
    );
  });
});

describe('gisement solar with a weather file', () => {
  it('gives a horizontal unobstructed cell the annual GHI of a PVGIS TMY within 0.5 % (issue 3)', async () => {
    const dsm = join(work, 'flat.tif');
    await flatDsm(dsm, 16, 250);
    const out = join(work, 'flat');
    const { code, stderr } = await cli('solar', dsm, '--weather', pvgisCsv, '--out', out, '--workers', '0', '--quiet');
    // The only warning is the parser's own: a TMY's months from several years laid on 2019.
    expect(stderr).toMatch(
      /^gisement solar: warning: .*: rows come from year\(s\) 2006–2020 \(typical year\): laid on the non-leap year 2019, month, day and hour kept\n$/,
    );
    expect(code).toBe(0);
    const series = parseWeather(await readFile(pvgisCsv, 'utf8'), pvgisCsv);
    let ghiKwhM2 = 0;
    for (const g of series.ghiWM2) ghiKwhM2 += g / 1000; // hourly W/m² → kWh/m²
    const centre = 8 * 16 + 8;
    const glob = (await readGeoTiffFile(join(out, 'irradiation.tif'))).data[centre] as number;
    const svf = (await readGeoTiffFile(join(out, 'svf.tif'))).data[centre] as number;
    const reflected = (await readGeoTiffFile(join(out, 'reflected.tif'))).data[centre] as number;
    console.info(`flat cell ${glob} kWh/m² vs file GHI ${ghiKwhM2} kWh/m²`);
    expect(svf).toBeCloseTo(1, 6);
    expect(reflected).toBe(0);
    expect(Math.abs(glob / ghiKwhM2 - 1)).toBeLessThan(0.005);
    const run = JSON.parse(await readFile(join(out, 'solar-run.json'), 'utf8'));
    expect(run.sky).toMatchObject({ source: 'weather', format: 'pvgis-csv', decomposition: null, steps: 8760 });
    expect(run.warnings).toHaveLength(1);
  });

  it('warns on stderr and in solar-run.json when the weather file is more than 50 km away', async () => {
    const out = join(work, 'far');
    const { code, stderr } = await cli(
      'solar',
      montpellier,
      '--weather',
      pvgisCsv,
      '--out',
      out,
      '--workers',
      '0',
      '--max-distance-m',
      '10',
      '--quiet',
    );
    expect(code).toBe(0);
    // Montpellier (43.593° N 3.874° E) to the PVGIS point (45° N 8° E): ≈ 360 km great circle.
    const line =
      /^gisement solar: warning: weather file .*tmy_45\.000_8\.000_2005_2023\.csv \(45° N 8° E\) is (\d+) km from the centre of .*montpellier_DSM_0m50_mosaic\.tif \(43\.5935° N 3\.8737° E\), more than 50 km$/m;
    expect(stderr).toMatch(line);
    const km = Number((stderr.match(line) as RegExpMatchArray)[1]);
    expect(km).toBeGreaterThan(350);
    expect(km).toBeLessThan(370);
    const run = JSON.parse(await readFile(join(out, 'solar-run.json'), 'utf8'));
    expect(run.warnings).toHaveLength(2);
    expect(run.warnings[1]).toContain('more than 50 km');
  });

  it('decomposes a GHI-only file with Erbs and says so', async () => {
    const text = await readFile(pvgisCsv, 'utf8');
    const lines = text.split(/\r?\n/);
    const header = (lines.find((l) => l.startsWith('time(UTC),')) as string).split(',');
    const drop = new Set([header.indexOf('Gb(n)'), header.indexOf('Gd(h)')]);
    const ghiOnly = lines
      .map((l) =>
        /^(time\(UTC\)|\d{8}:\d{4}),/.test(l)
          ? l
              .split(',')
              .filter((_, i) => !drop.has(i))
              .join(',')
          : l,
      )
      .join('\n');
    const weather = join(work, 'ghi-only.csv');
    await writeFile(weather, ghiOnly);
    const dsm = join(work, 'flat8.tif');
    await flatDsm(dsm, 8, 250);
    const out = join(work, 'ghi-only');
    const { code } = await cli('solar', dsm, '--weather', weather, '--out', out, '--workers', '0', '--quiet');
    expect(code).toBe(0);
    const run = JSON.parse(await readFile(join(out, 'solar-run.json'), 'utf8'));
    expect(run.sky.decomposition).toBe('erbs');
    expect(run.warnings.some((w: string) => /Erbs et al\. \(1982\)/.test(w))).toBe(true);
  });

  it('fails with the file and line of a malformed weather file', async () => {
    const text = await readFile(pvgisCsv, 'utf8');
    const weather = join(work, 'bad.csv');
    await writeFile(weather, text.replace(/\n20180101:0300,[^\n]*/, '\n20180101:0300,abc,1,2,3,4,5,6,7,8'));
    const dsm = join(work, 'flat4.tif');
    await flatDsm(dsm, 4, 250);
    const { code, stderr } = await cli(
      'solar',
      dsm,
      '--weather',
      weather,
      '--out',
      join(work, 'bad'),
      '--workers',
      '0',
      '--quiet',
    );
    expect(code).toBe(1);
    // Line 22 of the file is the record 20180101:0300 (the column names are line 18).
    expect(stderr).toMatch(/^gisement solar: .*bad\.csv:22: T2m: not a number: "abc"\n$/);
  });
});

describe('gisement solar: inputs', () => {
  it('keeps nodata holes as nodata and computes their neighbours', async () => {
    const n = 12;
    const z = new Float32Array(n * n).fill(100);
    z[5 * n + 5] = Number.NaN;
    const dsm = join(work, 'hole.tif');
    await writeGeoTiffFile(dsm, {
      bands: [z],
      width: n,
      height: n,
      geo: { originX: 421_000, originY: 4_983_000, cellSizeX: 1, cellSizeY: 1, epsg: 32632 },
    });
    const out = join(work, 'hole');
    const { code } = await cli('solar', dsm, '--out', out, '--workers', '0', '--quiet');
    expect(code).toBe(0);
    const glob = (await readGeoTiffFile(join(out, 'irradiation.tif'))).data;
    expect(Number.isNaN(glob[5 * n + 5] as number)).toBe(true);
    expect(glob[2 * n + 2]).toBeGreaterThan(1000);
    expect(execFileSync('gdalinfo', [join(out, 'irradiation.tif')]).toString()).toMatch(/NoData Value=-9999/);
  });

  it('handles a DSM in degrees (EPSG:4326) band by band like in one band', async () => {
    // A 40×40 grid of 1e-5° (≈ 0.79 m × 1.11 m at 45° N) with a 6 m block: per-row cell sizes.
    const n = 40;
    const z = new Float32Array(n * n).fill(250);
    for (let row = 18; row < 22; row++) for (let col = 18; col < 22; col++) z[row * n + col] = 256;
    const dsm = join(work, 'degrees.tif');
    await writeGeoTiffFile(dsm, {
      bands: [z],
      width: n,
      height: n,
      geo: { originX: 8, originY: 45, cellSizeX: 1e-5, cellSizeY: 1e-5, epsg: 4326 },
    });
    const args = ['--workers', '0', '--max-distance-m', '10', '--quiet'];
    const whole = await cli('solar', dsm, '--out', join(work, 'deg-one'), '--tile-rows', '40', ...args);
    const bands = await cli('solar', dsm, '--out', join(work, 'deg-bands'), '--tile-rows', '7', ...args);
    expect([whole.code, bands.code, whole.stderr, bands.stderr]).toEqual([0, 0, '', '']);
    expect(await differences(join(work, 'deg-bands'), join(work, 'deg-one'))).toEqual([]);
    // The cell just north of the block is in its shadow at noon all winter: less than open ground.
    const glob = (await readGeoTiffFile(join(work, 'deg-one', 'irradiation.tif'))).data;
    expect(glob[17 * n + 20] as number).toBeLessThan(glob[5 * n + 5] as number);
  });

  it('rejects bad options with usage errors (exit 2)', async () => {
    const cases: [string[], RegExp][] = [
      [['--linke', '3,3'], /--linke expects one value or 12 comma-separated monthly values, got 2/],
      [['--diffuse', 'muneer'], /--diffuse expects one of perez, hay-davies, isotropic, got "muneer"/],
      [['--step-minutes', '7'], /--step-minutes must divide a day \(1440\), got 7/],
      [['--weather', pvgisCsv, '--linke', '3'], /--linke is for the clear sky; it cannot go with --weather/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await cli('solar', montpellier, '--out', join(work, 'x'), ...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    }
  });
});
