/**
 * `gisement solar` against GRASS GIS r.sun (8.2.1) on the Montpellier (IGN LiDAR HD, 0.5 m) and
 * Rotterdam (AHN, 1 m) DSMs: ../shared/reference/<dataset>/grass/grass_annual_{beam,diff,glob,refl}_kwh.tif,
 * made by ../shared/peers/grass_run.sh (grass_inner.sh, "annual" loop): r.sun mode 2 on each of
 * the 365 days, Linke 3.0, albedo 0.2, step 0.5 h, slope/aspect from r.slope.aspect, 36 r.horizon
 * maps (10° step, unlimited distance) clamped to ≥ 0 (GRASS issue #2935 workaround), summed.
 *
 * Ours, same model and parameters: ESRA clear sky (r.sun's), Linke 3, albedo 0.2, 36 directions,
 * a 30-min step over a year, horizons searched beyond the DSM's diagonal (r.horizon's unlimited
 * distance within the tile). What cannot be the same: r.sun works in local solar time with its
 * own sun geometry, r.sun's tilted diffuse is Muneer's model (ours Perez 1990), r.sun's diffuse
 * ignores the sky view factor.
 *
 * Compared cells (issue 3, "not shaded"): `open_mask.tif` = 1 (r.horizon SVF ≥ 0.97, 3 cells
 * from the border; ../shared/reference/README.md), minus the north-facing planes steeper than
 * 90° − φ. On those r.sun is wrong: it turns a tilted plane into the horizontal plane of an
 * equivalent place (Jenčo 1992; Hofierka & Šúri 2002) whose relative longitude
 * λ' = atan(tan λ') is put in its quadrant by the sign of the aspect only (r.sun
 * `sin_phi_l`/`tan_lam_l`, quoted in `JRC/pvgis-prototype`, jenco solar_incidence.py);
 * for a north-facing plane with φ + β > 90° the denominator
 * sin φ sin β cos A + cos φ cos β turns negative and λ' lands π off, so r.sun lights an 80°
 * north wall like a south one (1403 kWh/m² beam at Montpellier cell (179, 164), ours 90).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGeoTiffFile } from '@gisement/io/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shared } from './fixtures/paths.js';
import { runCliCapture as cli } from './helpers/cliCapture.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gisement-rsun-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Quantile q of the values (linear interpolation between order statistics). */
function quantile(values: Float64Array, q: number): number {
  const sorted = Float64Array.from(values).sort();
  const i = q * (sorted.length - 1);
  const lo = Math.floor(i);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return (sorted[lo] as number) + (i - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

interface Agreement {
  cells: number;
  /** Relative difference of the sums over the cells, ours vs r.sun [%]. */
  sumPct: number;
  medianPct: number;
  p10Pct: number;
  p90Pct: number;
  /** 90th percentile of |relative difference| [%]. */
  p90AbsPct: number;
}

function agreement(ours: Float32Array, rsun: Float32Array, select: (k: number) => boolean): Agreement {
  const rel: number[] = [];
  let sumOurs = 0;
  let sumRsun = 0;
  for (let k = 0; k < ours.length; k++) {
    const a = ours[k] as number;
    const b = rsun[k] as number;
    if (!select(k) || !Number.isFinite(a) || !(b > 0)) continue;
    rel.push((100 * (a - b)) / b);
    sumOurs += a;
    sumRsun += b;
  }
  const r = Float64Array.from(rel);
  return {
    cells: r.length,
    sumPct: (100 * (sumOurs - sumRsun)) / sumRsun,
    medianPct: quantile(r, 0.5),
    p10Pct: quantile(r, 0.1),
    p90Pct: quantile(r, 0.9),
    p90AbsPct: quantile(r.map(Math.abs), 0.9),
  };
}

const datasets = [
  ['montpellier', 'data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif'],
  ['rotterdam', 'data/rotterdam-ahn-3dbag/dsm_rotterdam.tif'],
] as const;

describe.each(datasets)('gisement solar vs r.sun annual, %s', (name, dsmPath) => {
  const ref = (file: string) => readGeoTiffFile(shared('reference', name, file)).then((r) => r.data);
  let ours: Record<'beam' | 'glob' | 'diff' | 'refl', Float32Array>;
  let rsun: typeof ours;
  let open: (k: number) => boolean;
  let shaded: (k: number) => boolean;
  let tilted: (k: number) => boolean;

  beforeAll(async () => {
    const out = join(work, name);
    const run = await cli(
      'solar',
      shared(dsmPath),
      '--out',
      out,
      '--clear-sky',
      'esra',
      '--linke',
      '3',
      '--albedo',
      '0.2',
      '--directions',
      '36',
      '--step-minutes',
      '30',
      '--max-distance-m',
      '1000',
      '--workers',
      '0',
      '--quiet',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const latitudeDeg = JSON.parse(await readFile(join(out, 'solar-run.json'), 'utf8')).site.latitudeDeg as number;
    const read = (file: string) => readGeoTiffFile(join(out, file)).then((r) => r.data);
    ours = {
      beam: await read('beam.tif'),
      glob: await read('irradiation.tif'),
      diff: await read('diffuse.tif'),
      refl: await read('reflected.tif'),
    };
    rsun = {
      beam: await ref('grass/grass_annual_beam_kwh.tif'),
      glob: await ref('grass/grass_annual_glob_kwh.tif'),
      diff: await ref('grass/grass_annual_diff_kwh.tif'),
      refl: await ref('grass/grass_annual_refl_kwh.tif'),
    };
    const mask = await ref('open_mask.tif');
    const slope = await ref('horn64_slope.tif');
    const aspect = await ref('horn64_aspect.tif');
    const rsunWrong = (k: number) =>
      Math.cos(((aspect[k] as number) * Math.PI) / 180) > 0 && (slope[k] as number) > 90 - latitudeDeg;
    open = (k) => mask[k] === 1 && !rsunWrong(k);
    shaded = (k) => mask[k] !== 1 && Number.isFinite(mask[k] as number);
    tilted = (k) => open(k) && (slope[k] as number) >= 5 && (slope[k] as number) < 45;
  });

  it('agrees on open cells: annual beam within 2 %, annual global within 3 % (issue 3)', () => {
    const beam = agreement(ours.beam, rsun.beam, open);
    const glob = agreement(ours.glob, rsun.glob, open);
    console.info(`${name} open cells, beam vs r.sun`, beam);
    console.info(`${name} open cells, global vs r.sun`, glob);
    expect(beam.cells).toBeGreaterThan(50);
    expect(Math.abs(beam.sumPct)).toBeLessThan(2);
    expect(beam.p90AbsPct).toBeLessThan(2);
    expect(Math.abs(glob.sumPct)).toBeLessThan(3);
    expect(glob.p90AbsPct).toBeLessThan(3);
  });

  it('has more diffuse than r.sun (Muneer) on open tilted roofs, as Perez gives', () => {
    // Measured on open roofs of 5–45°: median +2.6 % (Montpellier), +2.5 % (Rotterdam) — the
    // circumsolar and horizon-band terms of Perez 1990 versus Muneer's sky.
    const diff = agreement(ours.diff, rsun.diff, tilted);
    console.info(`${name} open roofs 5–45°, diffuse vs r.sun`, diff);
    expect(diff.medianPct).toBeGreaterThan(0);
    expect(diff.medianPct).toBeLessThan(5);
  });

  it('has less diffuse than r.sun on shaded cells (r.sun ignores the sky view factor)', () => {
    const diff = agreement(ours.diff, rsun.diff, shaded);
    const glob = agreement(ours.glob, rsun.glob, shaded);
    const beam = agreement(ours.beam, rsun.beam, shaded);
    console.info(`${name} shaded cells: diffuse`, diff, 'global', glob, 'beam', beam);
    // The SVF of a shaded cell is < 0.97 by the mask's definition, and r.sun's diffuse does not
    // scale with it (../shared/peers/README.md, known problem 2): ours must be lower for most.
    expect(diff.medianPct).toBeLessThan(-5);
    expect(diff.p90Pct).toBeLessThan(3);
  });
});
