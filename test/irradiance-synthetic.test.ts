/**
 * The irradiation engine on the synthetic scene (../shared/reference/synthetic/: synth_dsm.tif,
 * points.csv, README.md): slope/aspect (Horn), 36 horizons, ESRA clear sky (Linke 3, as the
 * r.sun reference runs), Perez diffuse, albedo 0.2. Physics must order the named cells of
 * points.csv: the south roof at 30° (C_south_plane) above open flat ground (ground_open) above
 * the north roof at 30° (B_north_plane); the low roof in the tower's shadow (E_low_roof_shaded)
 * gets less beam than the open tower roof (D_tower_roof) and than its own far end
 * (E_low_roof_far).
 */
import { readFileSync } from 'node:fs';
import {
  buildSunMap,
  clearSkySeries,
  createIrradiationOutput,
  horizonAngles,
  hornSlopeAspect,
  type IrradiationOutput,
  irradiateCells,
} from '@gisement/core';
import { gridConvergenceDeg, toWgs84 } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { shared } from './fixtures/paths.js';

const DIRECTIONS = 36;

/** Named cells of points.csv: name → [col, row]. */
function namedCells(): Map<string, [number, number]> {
  const lines = readFileSync(shared('reference/synthetic/points.csv'), 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const col = header.indexOf('col');
  const row = header.indexOf('row');
  const cells = new Map<string, [number, number]>();
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    cells.set(f[0], [Number(f[col]), Number(f[row])]);
  }
  return cells;
}

describe('irradiateCells on the synthetic scene', () => {
  let out: IrradiationOutput;
  let at: (name: string) => number;
  beforeAll(async () => {
    const dsm = await readGeoTiffFile(shared('reference/synthetic/synth_dsm.tif'));
    const { width, height, geo } = dsm;
    const cells = width * height;
    const spacing = { cellSizeXM: geo.cellSizeX, cellSizeYM: geo.cellSizeY };
    const slopeDeg = new Float32Array(cells);
    const aspectDeg = new Float32Array(cells);
    hornSlopeAspect(dsm, spacing, { slopeDeg, aspectDeg });
    const horizonsDeg = new Float32Array(DIRECTIONS * cells);
    horizonAngles(dsm, spacing, { directions: DIRECTIONS, maxDistanceM: 400 }, horizonsDeg);
    const x = geo.originX + (width / 2) * geo.cellSizeX;
    const y = geo.originY - (height / 2) * geo.cellSizeY;
    const [longitudeDeg, latitudeDeg] = toWgs84(2154, x, y);
    const site = { latitudeDeg, longitudeDeg, elevationM: 170 };
    const sky = clearSkySeries({ ...site, year: 2023, stepMinutes: 60, model: 'esra', linkeTurbidity: 3 });
    const sunMap = buildSunMap(sky, {
      ...site,
      directions: DIRECTIONS,
      gridConvergenceDeg: gridConvergenceDeg(2154, x, y),
      albedo: 0.2,
      diffuseModel: 'perez',
    });
    out = createIrradiationOutput(cells);
    const named = namedCells();
    // Only the rows of the named cells are computed (the `rows` option).
    for (const [, [, row]] of named) {
      irradiateCells({ width, height, slopeDeg, aspectDeg, horizonsDeg }, sunMap, out, { start: row, end: row + 1 });
    }
    at = (name) => {
      const cell = named.get(name);
      if (!cell) throw new Error(`no cell ${name} in points.csv`);
      return cell[1] * width + cell[0];
    };
  });

  it('south roof 30° > open flat ground > north roof 30° (annual global)', () => {
    const south = out.globalKwhM2Yr[at('C_south_plane')];
    const flat = out.globalKwhM2Yr[at('ground_open')];
    const north = out.globalKwhM2Yr[at('B_north_plane')];
    expect(south).toBeGreaterThan(flat);
    expect(flat).toBeGreaterThan(north);
  });

  it('the low roof in the tower’s shadow gets less beam than the open tower roof and its own far end', () => {
    const shaded = out.beamKwhM2Yr[at('E_low_roof_shaded')];
    expect(shaded).toBeLessThan(out.beamKwhM2Yr[at('D_tower_roof')]);
    expect(shaded).toBeLessThan(out.beamKwhM2Yr[at('E_low_roof_far')]);
    expect(out.sunHoursYr[at('E_low_roof_shaded')]).toBeLessThan(out.sunHoursYr[at('D_tower_roof')]);
    expect(out.svf[at('E_low_roof_shaded')]).toBeLessThan(out.svf[at('D_tower_roof')]);
  });
});
