import { join } from 'node:path';
import { hillshade, hornSlopeAspect, rasterStatistics } from '@gisement/core';
import { readGeoTiffFile, writeGeoTiffFile } from '@gisement/io/node';
import { onePositional, parseCommandArgs, requiredOut } from '../args.js';
import type { Command } from '../command.js';
import { prepareOutputDir } from '../outputDir.js';
import { cellSpacingOf } from '../spacing.js';
import { stderrProgress } from '../progress.js';

const help = `Usage: gisement terrain <dsm.tif> --out <dir> [--quiet]

Slope and aspect of a DSM/DTM by Horn's 3×3 method (as gdaldem -alg Horn -compute_edges),
and a hillshade for the map. Writes into <dir> (created when missing):
  slope.tif      degrees from horizontal (0 = flat)
  aspect.tif     degrees clockwise from north, the direction the surface faces;
                 nodata where the cell is flat
  hillshade.tif  gdaldem's default shading (sun azimuth 315°, altitude 45°), 1–255
All Float32, Deflate, nodata -9999, on the input's grid and CRS. A DSM in a geographic
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
      quiet: { type: 'boolean', short: 'q' },
    });
    const file = onePositional('terrain', positionals, 'DSM GeoTIFF');
    const out = requiredOut('terrain', values.out);
    const progress = stderrProgress('terrain', stderr, values.quiet);

    await prepareOutputDir(out);
    const dsm = await readGeoTiffFile(file);
    if (rasterStatistics(dsm).count === 0) throw new Error(`${file}: every cell is nodata`);
    const spacing = cellSpacingOf(dsm);
    progress.step(`read ${file} (${dsm.width}×${dsm.height} cells, EPSG:${dsm.geo.epsg})`);

    const cells = dsm.width * dsm.height;
    const slopeDeg = new Float32Array(cells);
    const aspectDeg = new Float32Array(cells);
    const shade = new Float32Array(cells);
    hornSlopeAspect(dsm, spacing, { slopeDeg, aspectDeg });
    hillshade(dsm, spacing, shade);
    progress.step('computed slope, aspect and hillshade');

    const grid = { width: dsm.width, height: dsm.height, geo: dsm.geo };
    const outputs = [
      ['slope.tif', slopeDeg, 'slope_deg'],
      ['aspect.tif', aspectDeg, 'aspect_deg_cw_from_north'],
      ['hillshade.tif', shade, 'hillshade'],
    ] as const;
    await Promise.all(
      outputs.map(([name, band, bandName]) =>
        writeGeoTiffFile(join(out, name), { ...grid, bands: [band] }, { nodata: -9999, bandNames: [bandName] }),
      ),
    );
    progress.step(`wrote ${outputs.map(([name]) => join(out, name)).join(', ')}`);
  },
};
