import { rasterStatistics } from '@gisement/core';
import { boundsToWgs84, crsInfo } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { onePositional, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: gisement info <file.tif>

Prints JSON facts of a GeoTIFF on stdout: CRS (EPSG, name, units), width, height,
resolution, bounds in the file's CRS and in WGS84 (lon/lat), nodata, sample type,
compression, and min/max/mean of band 1 over valid cells.
`;

export const infoCommand: Command = {
  name: 'info',
  summary: 'describe a GeoTIFF (CRS, size, bounds, nodata, statistics) as JSON',
  help,
  async run(argv, { stdout }) {
    const { positionals } = parseCommandArgs('info', argv, {});
    const file = onePositional('info', positionals, 'GeoTIFF file');
    const raster = await readGeoTiffFile(file);
    const { geo, width, height, info } = raster;
    const crs = geo.epsg === null ? null : crsInfo(geo.epsg);
    const stats = rasterStatistics(raster);
    const minX = geo.originX;
    const maxY = geo.originY;
    const report = {
      file,
      crs: crs && { epsg: crs.epsg, name: crs.name, units: crs.units },
      width,
      height,
      bands: info.bands,
      sampleType: info.sampleType,
      compression: info.compression,
      tiled: info.tiled,
      resolution: { x: geo.cellSizeX, y: geo.cellSizeY },
      bounds: {
        crs: { minX, minY: maxY - height * geo.cellSizeY, maxX: minX + width * geo.cellSizeX, maxY },
        wgs84: crs ? boundsToWgs84(geo, width, height) : null,
      },
      nodata: raster.nodata,
      validCells: stats.count,
      min: stats.count ? stats.min : null,
      max: stats.count ? stats.max : null,
      mean: stats.count ? stats.mean : null,
    };
    stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  },
};
