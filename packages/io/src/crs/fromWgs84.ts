import proj4Import from 'proj4';
import { CrsError } from './errors.js';
import { crsInfo } from './registry.js';

/** proj4's CommonJS export typed as its ES default (see transform.ts). */
const proj4 = proj4Import as unknown as typeof proj4Import.default;

/** A point transformation `(x, y) → [x', y']` between two CRSs [their units]. */
export type PointTransform = (x: number, y: number) => [number, number];

/**
 * Inverse projection from WGS 84 to a supported CRS, with the same PROJ.4 definition (datum
 * shift included) that {@link toWgs84} uses forward.
 * @param epsg EPSG code of the target CRS (see `supportedEpsgCodes`)
 * @returns `(lon [°], lat [°]) → [x, y]` [CRS units]
 * @throws CrsError for an unsupported CRS
 * @example fromWgs84(2154)(3, 46.5) // ≈ [700000, 6600000]
 */
export function fromWgs84(epsg: number): PointTransform {
  return crsTransform(4326, epsg);
}

/**
 * Point transformation between two supported CRSs (proj4js with the registry's PROJ.4
 * definitions, through WGS 84 with their datum shifts). The identity when both codes are equal.
 * @param epsgFrom EPSG code of the source CRS
 * @param epsgTo EPSG code of the target CRS
 * @returns `(x, y) → [x', y']` [source units → target units]; longitude/latitude [°] for a
 *   geographic CRS; the returned function throws CrsError for a point it cannot transform
 * @throws CrsError for an unsupported CRS
 * @example crsTransform(4326, 28992)(5.38720350841377, 52.1551723011922) // ≈ [155000, 463000]
 */
export function crsTransform(epsgFrom: number, epsgTo: number): PointTransform {
  const from = crsInfo(epsgFrom).proj4;
  const to = crsInfo(epsgTo).proj4;
  if (epsgFrom === epsgTo) return (x, y) => [x, y];
  const converter = proj4(from, to);
  return (x, y) => {
    const [tx, ty] = converter.forward([x, y]);
    if (!Number.isFinite(tx) || !Number.isFinite(ty)) {
      throw new CrsError(`cannot transform (${x}, ${y}) from EPSG:${epsgFrom} to EPSG:${epsgTo}`);
    }
    return [tx, ty];
  };
}
