/** The weather file formats we read (see README.md in this folder). */
export type WeatherFormat = 'epw' | 'pvgis-csv' | 'pvgis-json' | 'pvgis-epw';

/** Where the weather series was measured or modelled. */
export interface WeatherSite {
  /** Latitude [°], north positive, WGS84. */
  latitudeDeg: number;
  /** Longitude [°], east positive, WGS84. */
  longitudeDeg: number;
  /** Elevation above sea level [m]. */
  elevationM: number;
  /** Station or city name when the file gives one. */
  name?: string;
  /**
   * Offset of the file's own time stamps from UTC [h], east positive (EPW: the LOCATION time
   * zone, local standard time; PVGIS: 0, its time stamps are UTC).
   */
  utcOffsetHours: number;
}

/**
 * One year of hourly weather on a monotone UTC time axis, with irradiances on the
 * horizontal plane (GHI, DHI) and on the plane normal to the sun (DNI).
 *
 * Value `i` covers the interval `[timeUtcMs[i], timeUtcMs[i] + intervalMinutes)`. The sun
 * position for value `i` must be taken at `sunTimeUtcMs[i]`: the middle of the interval for
 * interval means (EPW), the instant of the satellite observation for PVGIS (its irradiance
 * time offset). Typed arrays all have the same length (8760 or 8784).
 */
export interface WeatherSeries {
  source: {
    /** The file name given to the parser (for messages). */
    file: string;
    format: WeatherFormat;
  };
  site: WeatherSite;
  /** Length of each interval [min] (60: hourly files only). */
  intervalMinutes: number;
  /** Start instant of each interval [epoch ms, UTC]. */
  timeUtcMs: Float64Array;
  /** Instant the irradiances of each interval are representative of [epoch ms, UTC]. */
  sunTimeUtcMs: Float64Array;
  /** Global horizontal irradiance, mean over the interval or at `sunTimeUtcMs` [W/m²]. */
  ghiWM2: Float32Array;
  /** Direct normal irradiance [W/m²]; NaN everywhere when `hasBeamDiffuse` is false. */
  dniWM2: Float32Array;
  /** Diffuse horizontal irradiance [W/m²]; NaN everywhere when `hasBeamDiffuse` is false. */
  dhiWM2: Float32Array;
  /** Whether the file gave DNI and DHI (false: GHI only, decompose before use). */
  hasBeamDiffuse: boolean;
  /**
   * Set when DNI and DHI were not read from the file but modelled from GHI by
   * {@link decomposeGhiErbs} (`'erbs'`); absent when they come from the file.
   */
  decomposition?: 'erbs';
  /** Air temperature (EPW dry bulb, PVGIS T2m at 2 m) [°C]. */
  tempAirC: Float32Array;
  /** Wind speed (EPW at the station, PVGIS WS10m at 10 m) [m/s]. */
  windSpeedMS: Float32Array;
  /** Ground albedo [0–1] when the file gives it for every hour. */
  albedo?: Float32Array;
  /** What the parser substituted or assumed, one sentence each. */
  warnings: string[];
}
