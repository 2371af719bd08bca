import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rasterizeFootprints, segmentRoofPlanes } from '@gisement/core';
import { readFootprints } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { describe, expect, it } from 'vitest';

const shared = (path: string) => fileURLToPath(new URL(`../../shared/${path}`, import.meta.url));

describe('rotterdam', async () => {
  const dsm = await readGeoTiffFile(shared('data/rotterdam-ahn-3dbag/dsm_rotterdam.tif'));
  const fc = JSON.parse(readFileSync(shared('data/rotterdam-ahn-3dbag/buildings_3dbag_epsg28992.geojson'), 'utf8'));
  const { footprints, skipped } = readFootprints(fc, dsm, { idProperty: 'identificatie' });
  const buildingIds = new Int32Array(dsm.width * dsm.height);
  const cellAreaWeight = new Float32Array(dsm.width * dsm.height);
  const coverage = rasterizeFootprints(footprints.map((f) => f.rings), dsm.geo, dsm.width, dsm.height, buildingIds, cellAreaWeight);
  it('report', () => {
    for (const opts of [{ maxPlaneDistanceM: 0.25, planarResidualM: 0.15, maxNormalAngleDeg: 15 }]) {
      for (const flatPitchDeg of [5, 10, 15]) {
      const seg = segmentRoofPlanes({ dsm, buildingIds, cellAreaWeight }, { ...opts, flatPitchDeg });
      const { planes } = seg;
      const flat = new Float64Array(footprints.length);
      const sloped = new Float64Array(footprints.length);
      for (let p = 0; p < planes.count; p++) {
        const b = planes.buildingId[p] - 1;
        if (planes.isFlat[p]) flat[b] += planes.areaM2[p];
        else sloped[b] += planes.areaM2[p];
      }
      for (const share of [0.1]) {
      const confusion = new Map<string, number>();
      const errFlat: number[] = [];
      const ratios: string[] = [];
      const errSloped: number[] = [];
      let inside = 0;
      let agree = 0;
      footprints.forEach((f, b) => {
        if (coverage.cellsOutsideGrid[b] > 0 || coverage.cellsOverlapped[b] > 0) return;
        inside++;
        const truth = f.properties?.b3_dak_type === 'slanted' ? 'slanted' : 'horizontal';
        const ours = sloped[b] > share * (flat[b] + sloped[b]) && sloped[b] > 0 ? 'slanted' : 'horizontal';
        if (truth === ours) agree++;
        const key = `${f.properties?.b3_dak_type}→${ours}`;
        confusion.set(key, (confusion.get(key) ?? 0) + 1);
        const tf = f.properties?.b3_opp_dak_plat as number;
        const ts = f.properties?.b3_opp_dak_schuin as number;
        if (tf > 0) errFlat.push(Math.abs(flat[b] / tf - 1));
        if (tf > 0 && flatPitchDeg === 10) ratios.push(`${f.properties?.b3_dak_type?.slice(0, 5)}:${(flat[b] / tf).toFixed(2)}:${(sloped[b] / Math.max(ts, 1e-9)).toFixed(2)}:${tf.toFixed(0)}/${ts.toFixed(0)}`);
        if (ts > 0) errSloped.push(Math.abs(sloped[b] / ts - 1));
      });
      const median = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
      if (ratios.length) console.log(ratios.join(' '));
      console.log(JSON.stringify(opts), flatPitchDeg, share, 'inside', inside, 'agree', (agree / inside).toFixed(3), 'medFlat', median(errFlat).toFixed(3), errFlat.length, 'medSloped', median(errSloped).toFixed(3), errSloped.length, [...confusion.entries()].join(' '));
      }
      }
    }
    const seg = segmentRoofPlanes({ dsm, buildingIds, cellAreaWeight }, { maxPlaneDistanceM: 0.25, planarResidualM: 0.15, maxNormalAngleDeg: 15 });
    for (let b = 0; b < 12; b++) {
      const f = footprints[b];
      const rows: string[] = [];
      let obst = 0;
      for (let k = 0; k < buildingIds.length; k++) if (buildingIds[k] === b + 1 && seg.isObstacle[k]) obst++;
      for (let p = 0; p < seg.planes.count; p++) if (seg.planes.buildingId[p] === b + 1) rows.push(`${seg.planes.pitchDeg[p].toFixed(1)}/${seg.planes.azimuthDeg[p].toFixed(0)}/${seg.planes.areaM2[p].toFixed(1)}/rms${seg.planes.rmsResidualM[p].toFixed(2)}`);
      console.log(f.id, f.properties?.b3_dak_type, 'plat', f.properties?.b3_opp_dak_plat, 'schuin', f.properties?.b3_opp_dak_schuin, 'grond', f.properties?.b3_opp_grond, 'cells', coverage.cellsInside[b], 'obst', obst, rows.join(' '));
    }
    console.log('skipped', skipped.map((s) => s.reason));
  });
});
