import { CrsError } from './errors.js';

/** GeoTIFF "user-defined" key value (GeoTIFF 1.0 spec §6.3, value 32767). */
const USER_DEFINED = 32767;
/** GTModelTypeGeoKey values (GeoTIFF 1.0 spec §6.3.1.1). */
const MODEL_PROJECTED = 1;
const MODEL_GEOGRAPHIC = 2;

/** The GeoKeys that name a CRS, as parsed from a GeoKeyDirectory (names of the GeoTIFF 1.0 spec). */
export interface CrsGeoKeys {
  /** GTModelTypeGeoKey (1024): 1 projected, 2 geographic, 3 geocentric. */
  GTModelTypeGeoKey?: number;
  /** ProjectedCSTypeGeoKey (3072, "ProjectedCRSGeoKey" in GeoTIFF 1.1): EPSG code or 32767. */
  ProjectedCSTypeGeoKey?: number;
  /** GeographicTypeGeoKey (2048, "GeodeticCRSGeoKey" in GeoTIFF 1.1): EPSG code or 32767. */
  GeographicTypeGeoKey?: number;
}

/**
 * EPSG code of the horizontal CRS named by a GeoTIFF's GeoKeys.
 *
 * Projected models use ProjectedCSTypeGeoKey, geographic ones GeographicTypeGeoKey
 * (OGC GeoTIFF 1.1, OGC 19-008r4, §7.4). A file with no CRS key gives `null`.
 *
 * @param geoKeys parsed GeoKey directory of the file (or `null` when it has none)
 * @returns the EPSG code, or `null` when the keys name no CRS
 * @throws CrsError for a user-defined (32767) CRS or a geocentric model
 * @example epsgFromGeoKeys({ GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: 2154 }) // 2154
 */
export function epsgFromGeoKeys(geoKeys: CrsGeoKeys | null): number | null {
  if (!geoKeys) return null;
  const model = geoKeys.GTModelTypeGeoKey;
  const projected = geoKeys.ProjectedCSTypeGeoKey;
  const geographic = geoKeys.GeographicTypeGeoKey;
  if (model !== undefined && model !== MODEL_PROJECTED && model !== MODEL_GEOGRAPHIC) {
    throw new CrsError(
      `unsupported GeoTIFF model type ${model} (GTModelTypeGeoKey; expected 1 projected or 2 geographic)`,
    );
  }
  const key =
    model === MODEL_GEOGRAPHIC || (model === undefined && projected === undefined)
      ? { name: 'GeographicTypeGeoKey', value: geographic }
      : { name: 'ProjectedCSTypeGeoKey', value: projected };
  if (key.value === undefined || key.value === 0) return null;
  if (key.value === USER_DEFINED) {
    throw new CrsError(
      `user-defined CRS (${key.name} = 32767) is not supported; assign an EPSG code (e.g. gdal_edit.py -a_srs EPSG:xxxx)`,
    );
  }
  return key.value;
}
