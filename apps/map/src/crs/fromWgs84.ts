import { crsInfo } from '@gisement/io';
import proj4 from 'proj4';
import type { FromWgs84 } from '../raster/mercatorWarp.js';

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

/**
 * Inverse projection from WGS 84 to a supported CRS, with the same PROJ.4 definition (datum
 * shift included) that `toWgs84` of `@gisement/io` uses forward.
 * @param epsg EPSG code of the target CRS (must be in the `@gisement/io` registry)
 * @returns `(lon [°], lat [°]) → [x, y]` [CRS units]
 * @throws CrsError of `@gisement/io` for an unsupported CRS
 * @example fromWgs84(2154)(3, 46.5) // ≈ [700000, 6600000]
 */
export function fromWgs84(epsg: number): FromWgs84 {
  const converter = proj4(WGS84, crsInfo(epsg).proj4);
  return (lonDeg, latDeg) => {
    const [x, y] = converter.forward([lonDeg, latDeg]);
    return [x, y];
  };
}
