import { CrsError } from './errors.js';

/** What we know about a supported CRS. */
export interface CrsInfo {
  /** EPSG code. */
  epsg: number;
  /** EPSG name, e.g. `RGF93 v1 / Lambert-93`. */
  name: string;
  /** Unit of the coordinates: `metre` (projected) or `degree` (geographic, lon/lat). */
  units: 'metre' | 'degree';
  /** PROJ.4 definition used with proj4js, including the datum shift to WGS 84. */
  proj4: string;
}

/**
 * Supported CRSs. PROJ.4 strings are those of `gdalsrsinfo -o proj4 EPSG:<code>`
 * (GDAL 3.6 / PROJ 9.1, EPSG database v10.076), except EPSG:28992 where PROJ emits no
 * datum shift (several exist) and the string is that of epsg.io, whose +towgs84 is the
 * Helmert transformation EPSG:15739 "Amersfoort to WGS 84 (3)" (accuracy ≈ 1 m).
 * The datum shifts: ETRS89/RGF93/SWEREF99 ≡ WGS 84 at metre level (towgs84 zeros);
 * EPSG:2100 GGRS87 to WGS 84 (1) EPSG:1272; EPSG:31256 MGI to WGS 84 (EPSG:1618);
 * EPSG:27572 NTF to WGS 84 (1) EPSG:1193, with the Paris meridian and Clarke 1880 (IGN).
 */
const REGISTRY: readonly CrsInfo[] = [
  {
    epsg: 2154,
    name: 'RGF93 v1 / Lambert-93',
    units: 'metre',
    proj4:
      '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
  {
    epsg: 3857,
    name: 'WGS 84 / Pseudo-Mercator',
    units: 'metre',
    proj4:
      '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
  },
  { epsg: 4326, name: 'WGS 84', units: 'degree', proj4: '+proj=longlat +datum=WGS84 +no_defs' },
  {
    epsg: 4258,
    name: 'ETRS89',
    units: 'degree',
    proj4: '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs',
  },
  ...[30, 31, 32].map(
    (zone): CrsInfo => ({
      epsg: 32600 + zone,
      name: `WGS 84 / UTM zone ${zone}N`,
      units: 'metre',
      proj4: `+proj=utm +zone=${zone} +datum=WGS84 +units=m +no_defs`,
    }),
  ),
  ...[30, 31, 32].map(
    (zone): CrsInfo => ({
      epsg: 25800 + zone,
      name: `ETRS89 / UTM zone ${zone}N`,
      units: 'metre',
      proj4: `+proj=utm +zone=${zone} +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`,
    }),
  ),
  {
    epsg: 28992,
    name: 'Amersfoort / RD New',
    units: 'metre',
    proj4:
      '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs',
  },
  {
    epsg: 3007,
    name: 'SWEREF99 12 00',
    units: 'metre',
    proj4:
      '+proj=tmerc +lat_0=0 +lon_0=12 +k=1 +x_0=150000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
  {
    epsg: 2100,
    name: 'GGRS87 / Greek Grid',
    units: 'metre',
    proj4:
      '+proj=tmerc +lat_0=0 +lon_0=24 +k=0.9996 +x_0=500000 +y_0=0 +ellps=GRS80 +towgs84=-199.87,74.79,246.62,0,0,0,0 +units=m +no_defs',
  },
  {
    epsg: 31256,
    name: 'MGI / Austria GK East',
    units: 'metre',
    proj4:
      '+proj=tmerc +lat_0=0 +lon_0=16.3333333333333 +k=1 +x_0=0 +y_0=-5000000 +ellps=bessel +towgs84=577.326,90.129,463.919,5.137,1.474,5.297,2.4232 +units=m +no_defs',
  },
  {
    epsg: 27572,
    name: 'NTF (Paris) / Lambert zone II',
    units: 'metre',
    proj4:
      '+proj=lcc +lat_1=46.8 +lat_0=46.8 +lon_0=0 +k_0=0.99987742 +x_0=600000 +y_0=2200000 +ellps=clrk80ign +pm=paris +towgs84=-168,-60,320,0,0,0,0 +units=m +no_defs',
  },
];

const BY_EPSG: ReadonlyMap<number, CrsInfo> = new Map(REGISTRY.map((crs) => [crs.epsg, crs]));

/** EPSG codes of every supported CRS, ascending. */
export function supportedEpsgCodes(): number[] {
  return [...BY_EPSG.keys()].sort((a, b) => a - b);
}

/**
 * Name, units and PROJ.4 definition of a supported CRS.
 * @param epsg EPSG code, e.g. 2154
 * @returns the CRS facts
 * @throws CrsError naming the code and listing the supported ones when it is unknown
 * @example crsInfo(2154).units // 'metre'
 */
export function crsInfo(epsg: number): CrsInfo {
  const crs = BY_EPSG.get(epsg);
  if (!crs) {
    throw new CrsError(
      `unsupported CRS EPSG:${epsg}; supported: ${supportedEpsgCodes()
        .map((c) => `EPSG:${c}`)
        .join(', ')}`,
    );
  }
  return crs;
}
