import { readGeoTiffFile, writeGeoTiffFile } from '@gisement/io/node';

/**
 * Benchmark fixture: a size×size DSM made of a real DSM mirrored tile by tile (every other copy
 * flipped, so elevations stay continuous across the seams), on the source's georeferencing,
 * written as a GeoTIFF. Used by the `*.bench.ts` files to get a large DSM with real roofs and
 * trees from the small shared samples.
 * @param sourcePath a single-band DSM GeoTIFF
 * @param size width and height of the result [cells]
 * @param outPath where to write it
 */
export async function writeMirroredDsm(sourcePath: string, size: number, outPath: string): Promise<void> {
  const src = await readGeoTiffFile(sourcePath);
  const band = new Float32Array(size * size);
  for (let row = 0; row < size; row++) {
    const r = Math.floor(row / src.height) % 2 ? src.height - 1 - (row % src.height) : row % src.height;
    for (let col = 0; col < size; col++) {
      const c = Math.floor(col / src.width) % 2 ? src.width - 1 - (col % src.width) : col % src.width;
      band[row * size + col] = src.data[r * src.width + c] as number;
    }
  }
  await writeGeoTiffFile(outPath, { bands: [band], width: size, height: size, geo: src.geo });
}
