import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { readGeoTiffFile, readGeoTiffFileInfo, writeGeoTiffFile } from '@gisement/io/node';
import { onePositional, parseCommandArgs, requiredOut, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { prepareOutputDir } from '../outputDir.js';
import { stderrProgress } from '../progress.js';
import { cellSpacingOf } from '../spacing.js';
import { computeTerrain, MIN_CELLS_FOR_WORKERS } from '../terrain/computeTerrain.js';
import { startTerrainWorkers, terrainWorkersAvailable } from '../terrain/terrainPool.js';

const help = `Usage: gisement terrain <dsm.tif> --out <dir> [--compress deflate|none] [--quiet]

Slope and aspect of a DSM/DTM by Horn's 3×3 method (as gdaldem -alg Horn -compute_edges),
and a hillshade for the map. Writes into <dir> (created when missing):
  slope.tif      degrees from horizontal (0 = flat)
  aspect.tif     degrees clockwise from north, the direction the surface faces;
                 nodata where the cell is flat
  hillshade.tif  gdaldem's default shading (sun azimuth 315°, altitude 45°), 1–255
All Float32, Deflate with the floating-point predictor (--compress none: uncompressed, as
gdaldem writes by default), nodata -9999, on the input's grid and CRS. A DSM in a geographic
CRS (degrees) is handled with metres per degree at each row's latitude (WGS84 ellipsoid).
Progress on stderr.
`;

export const terrainCommand: Command = {
  name: 'terrain',
  summary: 'slope, aspect and hillshade rasters of a DSM (Horn, as gdaldem)',
  help,
  async run(argv, { stderr }) {
    const { values, positionals } = parseCommandArgs('terrain', argv, {
      out: { type: 'string', short: 'o' },
      compress: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    });
    const file = onePositional('terrain', positionals, 'DSM GeoTIFF');
    const out = requiredOut('terrain', values.out);
    const compress = values.compress ?? 'deflate';
    if (compress !== 'deflate' && compress !== 'none') {
      throw new UsageError(`terrain: --compress expects deflate or none, got "${compress}"`);
    }
    const progress = stderrProgress('terrain', stderr, values.quiet);

    await prepareOutputDir(out);
    // Worker threads for DSMs big enough to repay their start-up, started before the read.
    const info = await readGeoTiffFileInfo(file);
    const threads = availableParallelism();
    const useWorkers = threads > 1 && info.width * info.height >= MIN_CELLS_FOR_WORKERS && terrainWorkersAvailable();
    const pool = useWorkers ? startTerrainWorkers(threads) : null;
    try {
      const dsm = await readGeoTiffFile(file);
      if (dsm.data.findIndex((z) => !Number.isNaN(z)) < 0) throw new Error(`${file}: every cell is nodata`);
      const spacing = cellSpacingOf(dsm);
      progress.step(`read ${file} (${dsm.width}×${dsm.height} cells, EPSG:${dsm.geo.epsg})`);

      const rasters = await computeTerrain(dsm, spacing, pool);
      progress.step(`computed slope, aspect and hillshade${pool ? ` on ${threads} threads` : ''}`);

      const grid = { width: dsm.width, height: dsm.height, geo: dsm.geo };
      const outputs = [
        ['slope.tif', rasters.slopeDeg, 'slope_deg'],
        ['aspect.tif', rasters.aspectDeg, 'aspect_deg_cw_from_north'],
        ['hillshade.tif', rasters.hillshade, 'hillshade'],
      ] as const;
      // The blocks of the three files are compressed concurrently (native zlib, thread pool).
      await Promise.all(
        outputs.map(([name, band, bandName]) =>
          writeGeoTiffFile(
            join(out, name),
            { ...grid, bands: [band] },
            { nodata: -9999, bandNames: [bandName], compress },
          ),
        ),
      );
      progress.step(`wrote ${outputs.map(([name]) => join(out, name)).join(', ')}`);
    } finally {
      await pool?.close();
    }
  },
};
