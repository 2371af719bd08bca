import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toWgs84 } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTown } from './town.js';
import { writeSampleTown } from './write.js';

/** The committed sample (a golden fixture: regenerate with `node data-samples/dist/main.js`). */
const COMMITTED = fileURLToPath(new URL('../albi/', import.meta.url));

let dirA = '';
let dirB = '';
let names: string[] = [];

beforeAll(async () => {
  dirA = await mkdtemp(join(tmpdir(), 'gisement-town-a-'));
  dirB = await mkdtemp(join(tmpdir(), 'gisement-town-b-'));
  names = await writeSampleTown(dirA);
  await writeSampleTown(dirB);
});

afterAll(async () => {
  await rm(dirA, { recursive: true, force: true });
  await rm(dirB, { recursive: true, force: true });
});

describe('writeSampleTown', () => {
  it('writes the eleven sample files, nothing else, under 3 MB in total', async () => {
    expect(names.sort()).toEqual(
      [
        'buildings.geojson',
        'buildings_2154.geojson',
        'candidates.geojson',
        'counters.geojson',
        'counts.csv',
        'dsm.tif',
        'dtm.tif',
        'footfall-truth.json',
        'shops.geojson',
        'streets.geojson',
        'truth.json',
      ].sort(),
    );
    expect((await readdir(dirA)).sort()).toEqual(names);
    let bytes = 0;
    for (const n of names) bytes += (await stat(join(dirA, n))).size;
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
  });

  it('is byte-identical on rerun', async () => {
    for (const n of names) {
      const a = await readFile(join(dirA, n));
      const b = await readFile(join(dirB, n));
      expect(a.equals(b), n).toBe(true);
    }
  });

  it('the committed sample in data-samples/albi is up to date', async () => {
    // Text files byte for byte; GeoTIFFs by their decoded cells and georeferencing, since the
    // Deflate bytes depend on the compressor build (zlib in Node, fflate in the browser).
    for (const n of names) {
      const hint = `${n}: regenerate with pnpm sample`;
      if (n.endsWith('.tif')) {
        const fresh = await readGeoTiffFile(join(dirA, n));
        const committed = await readGeoTiffFile(join(COMMITTED, n));
        expect(committed.geo, hint).toEqual(fresh.geo);
        expect(committed.nodata, hint).toBe(fresh.nodata);
        expect(Buffer.from(committed.data.buffer).equals(Buffer.from(fresh.data.buffer)), hint).toBe(true);
      } else {
        const fresh = await readFile(join(dirA, n));
        expect((await readFile(join(COMMITTED, n))).equals(fresh), hint).toBe(true);
      }
    }
  });

  it('the GeoTIFFs read back as the generated rasters, in EPSG:2154 with nodata -9999', async () => {
    const town = generateTown();
    for (const [name, band] of [
      ['dsm.tif', town.dsm],
      ['dtm.tif', town.dtm],
    ] as const) {
      const r = await readGeoTiffFile(join(dirA, name));
      expect(r.width).toBe(town.frame.width);
      expect(r.height).toBe(town.frame.height);
      expect(r.geo).toEqual(town.frame.geo);
      expect(r.nodata).toBe(-9999);
      expect(r.info.sampleType).toBe('Float32');
      let mismatches = 0;
      for (let i = 0; i < band.length; i++) {
        if (!Object.is(r.data[i], band[i])) mismatches++;
      }
      expect(mismatches, name).toBe(0);
    }
  });

  it('buildings.geojson is buildings_2154.geojson reprojected to WGS 84', async () => {
    const wgs = JSON.parse(await readFile(join(dirA, 'buildings.geojson'), 'utf8'));
    const l93 = JSON.parse(await readFile(join(dirA, 'buildings_2154.geojson'), 'utf8'));
    expect(l93.crs.properties.name).toBe('urn:ogc:def:crs:EPSG::2154');
    expect(wgs.crs).toBeUndefined();
    expect(wgs.features.map((f: { properties: unknown }) => f.properties)).toEqual(
      l93.features.map((f: { properties: unknown }) => f.properties),
    );
    for (let i = 0; i < wgs.features.length; i++) {
      const ring = wgs.features[i].geometry.coordinates[0] as [number, number][];
      const ringL93 = l93.features[i].geometry.coordinates[0] as [number, number][];
      ringL93.forEach(([x, y], k) => {
        const [lon, lat] = toWgs84(2154, x, y);
        // Lambert-93 rounded to 0.1 mm and lon/lat to 1e-9° (≈ 0.1 mm): both well under 1e-8°.
        expect(Math.abs(lon - ring[k][0])).toBeLessThan(1e-8);
        expect(Math.abs(lat - ring[k][1])).toBeLessThan(1e-8);
      });
      // Lon/lat order (RFC 7946 §3.1.1) and place: inside the grid's corners as GDAL 3.6 / PROJ
      // print them (`gdalinfo dsm.tif`: 2°8'35.80"–2°8'44.86" E, 43°55'34.12"–43°55'40.67" N).
      for (const [lon, lat] of ring) {
        expect(lon).toBeGreaterThan(2 + 8 / 60 + 35.8 / 3600);
        expect(lon).toBeLessThan(2 + 8 / 60 + 44.86 / 3600);
        expect(lat).toBeGreaterThan(43 + 55 / 60 + 34.12 / 3600);
        expect(lat).toBeLessThan(43 + 55 / 60 + 40.67 / 3600);
      }
    }
  });
});
