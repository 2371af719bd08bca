import { describe, expect, it } from 'vitest';
import type { ComputeClient } from '../worker/computeClient.js';
import type { RoofPlanes } from '../worker/protocol.js';
import { sortDroppedFiles } from './droppedFiles.js';
import { FileProblem } from './fileProblem.js';
import { detectedFootprints } from './footprints.js';
import { type DroppedFile, loadDroppedTown, mixedEdgeNotes, skyNotes } from './loadDroppedTown.js';

const LYON = {
  source: 'weather' as const,
  file: 'lyon.epw',
  siteName: 'LYON',
  latitudeDeg: 45.73,
  longitudeDeg: 5.08,
  distanceKm: 301.4,
  warnings: ['2 hours of GHI filled by linear interpolation'],
};

describe('skyNotes', () => {
  it('warns about a weather file more than 50 km away (WEATHER_WARNING_DISTANCE_KM), then its parser notes', () => {
    const notes = skyNotes(LYON);
    expect(notes.map((n) => [n.file, n.reason, n.params])).toEqual([
      ['lyon.epw', 'warn.weatherFar', { site: 'LYON, 45.73°, 5.08°', distance: 301, limit: 50 }],
      ['lyon.epw', 'warn.weather', { detail: '2 hours of GHI filled by linear interpolation' }],
    ]);
    expect(skyNotes({ ...LYON, distanceKm: 49.9, warnings: [] })).toEqual([]);
    expect(skyNotes({ source: 'clear-sky' })).toEqual([]);
  });
});

describe('mixedEdgeNotes', () => {
  it('says, side by side, how many edge cells mixing roof and ground the roof planes leave out', () => {
    // As the Rotterdam DSM gives them (test/rooftop-rotterdam.test.ts prints them): east and south.
    const roofs = {
      mixedEdges: [
        { side: 'east', cellsLeftOut: 1642 },
        { side: 'south', cellsLeftOut: 1372 },
      ],
    } as RoofPlanes;
    expect(mixedEdgeNotes(roofs, 'dsm_rotterdam.tif').map((n) => [n.file, n.reason, n.params])).toEqual([
      ['dsm_rotterdam.tif', 'warn.mixedEdges.east', { cells: 1642 }],
      ['dsm_rotterdam.tif', 'warn.mixedEdges.south', { cells: 1372 }],
    ]);
    expect(mixedEdgeNotes({ mixedEdges: [] } as unknown as RoofPlanes, 'dsm.tif')).toEqual([]);
  });
});

describe('loadDroppedTown', () => {
  it('names a roofs parameter file that cannot be used before any computation', async () => {
    const file = (name: string, text: string | null): DroppedFile => ({ name, text, file: new File([], name) });
    const dropped = sortDroppedFiles([file('dsm.tif', null), file('roofs.json', '{"layout":{"flatMounting":"up"}}')]);
    let computed = false;
    const compute = {
      terrain: () => {
        computed = true;
        return Promise.reject(new Error('not reached'));
      },
      footfall: () => Promise.reject(new Error('not reached')),
    } as unknown as ComputeClient;
    const light = { azimuthDeg: 315, altitudeDeg: 45 };
    const load = loadDroppedTown({ ...dropped, dsm: dropped.dsm as DroppedFile }, compute, light, () => {});
    await expect(load).rejects.toEqual(
      new FileProblem('roofs.json', 'error.roofsConfig', { detail: '"layout.flatMounting" must be rows or flush' }),
    );
    expect(computed).toBe(false);
  });

  it('names a roofs parameter file whose classes cannot be used (readRoofsConfig only checks for a list)', async () => {
    const file = (name: string, text: string | null): DroppedFile => ({ name, text, file: new File([], name) });
    const config = JSON.stringify({
      classes: [
        { name: 'haut', minValue: 1200 },
        { name: 'bas', minValue: 900 },
      ],
    });
    const dropped = sortDroppedFiles([file('dsm.tif', null), file('roofs.json', config)]);
    const compute = {
      terrain: () => Promise.reject(new Error('not reached')),
      footfall: () => Promise.reject(new Error('not reached')),
    } as unknown as ComputeClient;
    const light = { azimuthDeg: 315, altitudeDeg: 45 };
    await expect(
      loadDroppedTown({ ...dropped, dsm: dropped.dsm as DroppedFile }, compute, light, () => {}),
    ).rejects.toEqual(
      new FileProblem('roofs.json', 'error.roofsConfig', {
        detail: '"classes[1].minValue" must be above 1200 (classes lowest first), got 900',
      }),
    );
  });
});

describe('detectedFootprints', () => {
  it('names the detected buildings D0001… and keeps their rings as MultiPolygons', () => {
    const square = Float64Array.from([2, 44, 2.001, 44, 2.001, 44.001, 2, 44]);
    const fc = detectedFootprints([[[square]], [[square], [square]]]);
    expect(fc.features.map((f) => f.id)).toEqual(['D0001', 'D0002']);
    expect(fc.features[0].geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [2, 44],
            [2.001, 44],
            [2.001, 44.001],
            [2, 44],
          ],
        ],
      ],
    });
    expect(fc.features[1].geometry.coordinates).toHaveLength(2);
  });
});
