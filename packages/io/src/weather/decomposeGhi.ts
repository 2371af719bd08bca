import { DEG_PER_RAD, dayOfYearUtc, erbs, extraterrestrialSpencer, sunPositionsForInstants } from '@gisement/core';
import type { WeatherSeries } from './types.js';

/**
 * Give a GHI-only weather series its DNI and DHI with the Erbs, Klein & Duffie (1982)
 * diffuse-fraction correlation (`erbs` in `@gisement/core`), evaluated hour by hour with the
 * true sun zenith at `sunTimeUtcMs[i]` (NREL SPA at the file's site) and Spencer's (1971)
 * extraterrestrial irradiance. Closure GHI = DHI + DNI·cos z holds for every hour (Erbs puts
 * everything into DHI beyond 87° zenith). A series that already has DNI and DHI is returned
 * unchanged.
 *
 * References: Erbs D.G., Klein S.A., Duffie J.A., "Estimation of the diffuse radiation fraction
 * for hourly, daily and monthly-average global radiation", Solar Energy 28(4):293–302, 1982,
 * doi:10.1016/0038-092X(82)90302-4; Spencer J.W., "Fourier series representation of the
 * position of the sun", Search 2(5):172, 1971.
 *
 * @param series a parsed weather series (GHI [W/m²] on `sunTimeUtcMs` [epoch ms, UTC])
 * @returns a new series with `dniWM2`, `dhiWM2` [W/m²] filled, `hasBeamDiffuse: true`,
 *   `decomposition: 'erbs'` and a warning saying so; the input is not modified
 * @example
 * const s = decomposeGhiErbs(parseWeather(text, 'ghi-only.epw'));
 * s.decomposition; // 'erbs'
 */
export function decomposeGhiErbs(series: WeatherSeries): WeatherSeries {
  if (series.hasBeamDiffuse) return series;
  const { site, sunTimeUtcMs, ghiWM2 } = series;
  const sun = sunPositionsForInstants(sunTimeUtcMs, {
    latitudeDeg: site.latitudeDeg,
    longitudeDeg: site.longitudeDeg,
    elevationM: site.elevationM,
  });
  const count = ghiWM2.length;
  const dniWM2 = new Float32Array(count);
  const dhiWM2 = new Float32Array(count);
  const input = { ghiWm2: 0, zenithDeg: 0, dniExtraWm2: 0 };
  const split = { dniWm2: 0, dhiWm2: 0, kt: 0 };
  for (let i = 0; i < count; i++) {
    input.ghiWm2 = ghiWM2[i] as number;
    input.zenithDeg = (sun.zenithRad[i] as number) * DEG_PER_RAD;
    input.dniExtraWm2 = extraterrestrialSpencer(dayOfYearUtc(sunTimeUtcMs[i] as number));
    erbs(input, split);
    dniWM2[i] = split.dniWm2;
    dhiWM2[i] = split.dhiWm2;
  }
  return {
    ...series,
    dniWM2,
    dhiWM2,
    hasBeamDiffuse: true,
    decomposition: 'erbs',
    warnings: [
      ...series.warnings,
      'DNI and DHI are not in the file: modelled from GHI with the Erbs et al. (1982) decomposition',
    ],
  };
}
