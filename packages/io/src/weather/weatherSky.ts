import type { SkyTimeSeries } from '@gisement/core';
import { decomposeGhiErbs } from './decomposeGhi.js';
import type { WeatherSeries } from './types.js';

/** Weather files farther than this from the DSM get a warning [km] (issue 3). */
export const WEATHER_WARNING_DISTANCE_KM = 50;

/**
 * The sky input of the solar engine from a parsed weather file: its instants of the sun,
 * interval and GHI/DNI/DHI [W/m²]; a GHI-only file is first decomposed (`decomposeGhiErbs`).
 * Used by `gisement solar --weather` and by the map's worker.
 * @param parsed the series of `parseWeather` (or any of the format parsers)
 * @returns the sky series and the weather series actually used (with its warnings, air
 *   temperature [°C] and wind speed [m/s] for the PV yield)
 * @example const { sky } = weatherSky(parseWeather(text, 'lyon.epw'));
 */
export function weatherSky(parsed: WeatherSeries): { sky: SkyTimeSeries; weather: WeatherSeries } {
  const weather = decomposeGhiErbs(parsed);
  return {
    weather,
    sky: {
      sunTimeUtcMs: weather.sunTimeUtcMs,
      intervalHours: weather.intervalMinutes / 60,
      ghiWM2: weather.ghiWM2,
      dniWM2: weather.dniWM2,
      dhiWM2: weather.dhiWM2,
    },
  };
}
