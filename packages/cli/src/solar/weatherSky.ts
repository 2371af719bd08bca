import { readFile } from 'node:fs/promises';
import type { SkyTimeSeries } from '@gisement/core';
import {
  parseWeather,
  siteDistanceKm,
  WEATHER_WARNING_DISTANCE_KM,
  type WeatherSeries,
  weatherSky,
} from '@gisement/io';
import type { SolarSite } from './solarSite.js';

/** `45° N 8° E`-style WGS84 position, with `digits` decimals when given. */
export function latLon(latitudeDeg: number, longitudeDeg: number, digits?: number): string {
  const f = (v: number) => (digits === undefined ? String(Math.abs(v)) : Math.abs(v).toFixed(digits));
  return `${f(latitudeDeg)}° ${latitudeDeg < 0 ? 'S' : 'N'} ${f(longitudeDeg)}° ${longitudeDeg < 0 ? 'W' : 'E'}`;
}

/**
 * The sky of a `gisement solar` run from a weather file: read, parsed (`parseWeather`, errors
 * name the file and line), decomposed when GHI-only, and checked against the DSM's site.
 * @param weatherFile path of the weather file
 * @param dsmFile path of the DSM (for the messages)
 * @param site the DSM's site
 * @returns the sky series, the weather series used (air temperature and wind for PV), its
 *   description for `solar-run.json`, and the warnings: the parser's
 *   and one when the file's site is more than {@link WEATHER_WARNING_DISTANCE_KM} km from the DSM
 */
export async function weatherRunSky(
  weatherFile: string,
  dsmFile: string,
  site: SolarSite,
): Promise<{ sky: SkyTimeSeries; weather: WeatherSeries; report: Record<string, unknown>; warnings: string[] }> {
  const { sky, weather } = weatherSky(parseWeather(await readFile(weatherFile, 'utf8'), weatherFile));
  const warnings = weather.warnings.map((m) => `${weatherFile}: ${m}`);
  const distanceKm = siteDistanceKm(weather.site, site.latitudeDeg, site.longitudeDeg);
  if (distanceKm > WEATHER_WARNING_DISTANCE_KM) {
    const place = weather.site.name ? `${weather.site.name}, ` : '';
    warnings.push(
      `weather file ${weatherFile} (${place}${latLon(weather.site.latitudeDeg, weather.site.longitudeDeg)}) is ` +
        `${distanceKm.toFixed(0)} km from the centre of ${dsmFile} (${latLon(site.latitudeDeg, site.longitudeDeg, 4)}), ` +
        `more than ${WEATHER_WARNING_DISTANCE_KM} km`,
    );
  }
  const report = {
    source: 'weather',
    file: weatherFile,
    format: weather.source.format,
    site: weather.site,
    distanceKm,
    decomposition: weather.decomposition ?? null,
    steps: sky.ghiWM2.length,
    intervalHours: sky.intervalHours,
  };
  return { sky, weather, report, warnings };
}
