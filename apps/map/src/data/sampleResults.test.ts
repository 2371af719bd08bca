import { describe, expect, it } from 'vitest';
import { lambert93Ring } from '../testing/lambert93Ring.js';
import { terrainLayers } from '../worker/terrainLayers.js';
import { FileProblem } from './fileProblem.js';
import { decodeSampleResults, encodeSampleResults } from './sampleResults.js';

const LIGHT = { azimuthDeg: 315, altitudeDeg: 45 };

/** A 30 × 20 DSM of 1 m cells in Lambert-93 near Albi: a slope with a block and a nodata cell. */
function smallTown() {
  const width = 30;
  const height = 20;
  const data = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const block = row >= 8 && row < 12 && col >= 10 && col < 16 ? 6 : 0;
      data[row * width + col] = 180 + 0.05 * (height - row) + block;
    }
  }
  data[0] = Number.NaN;
  const geo = { originX: 631200, originY: 6314700, cellSizeX: 1, cellSizeY: 1, epsg: 2154 };
  return { data, width, height, geo };
}

/** The block's footprint as a flat WGS 84 ring [°]. */
const blockRing = () => lambert93Ring(631210, 6314688, 631216, 6314692);

describe('encodeSampleResults / decodeSampleResults', () => {
  it('give back the computed layers exactly, typed arrays as aligned views on the file', () => {
    const layers = terrainLayers(smallTown(), LIGHT, [[blockRing()]], () => {});
    const bytes = encodeSampleResults({ light: LIGHT, layers });
    const decoded = decodeSampleResults(bytes.slice().buffer, 'terrain-layers.bin');
    // toEqual compares typed arrays element by element (NaN equal to NaN) and their types.
    expect(decoded).toEqual({ light: LIGHT, layers });
    expect(decoded.layers.values.irradiation).toBeInstanceOf(Float32Array);
    expect(decoded.layers.roofs.classIndex).toBeInstanceOf(Int8Array);
    expect(decoded.layers.roofs.outlinesLonLat.flat(2).every((ring) => ring instanceof Float64Array)).toBe(true);
    expect(decoded.layers.values.hillshade.byteOffset % 8).toBe(0);
    expect(decoded.layers.horizons.degrees.buffer.byteLength).toBe(bytes.byteLength);
  });

  it('name the file when it is not such a file or is truncated', () => {
    const layers = terrainLayers(smallTown(), LIGHT, [], () => {});
    const bytes = encodeSampleResults({ light: LIGHT, layers });
    expect(() => decodeSampleResults(new TextEncoder().encode('not layers at all').buffer, 'x.bin')).toThrow(
      FileProblem,
    );
    expect(() => decodeSampleResults(bytes.slice(0, bytes.length - 8).buffer, 'x.bin')).toThrow(/x\.bin.*outside/);
  });

  it('refuse a non-finite plain number, which JSON cannot carry', () => {
    const layers = terrainLayers(smallTown(), LIGHT, [], () => {});
    expect(() =>
      encodeSampleResults({ light: LIGHT, layers: { ...layers, bounds: { ...layers.bounds, west: Number.NaN } } }),
    ).toThrow(/west = NaN/);
  });
});
