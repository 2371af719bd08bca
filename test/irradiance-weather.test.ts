/**
 * Conservation under real weather (issue 3): an open horizontal cell receives the weather file's
 * annual Σ GHI·Δt within 0.5 %. Files: the PVGIS TMY at 45°N 8°E (CSV, the documented default
 * source; ../shared/data/weather/pvgis-tmy-45N8E/PROVENANCE.md) and the Lyon-Bron EPW
 * (../shared/data/weather/lyon-epw/PROVENANCE.md), parsed by `parseWeather`. The expected value
 * is the file's own sum; the engine adds DNI·cos z (SPA at each value's `sunTimeUtcMs`) and the
 * diffuse model's horizontal DHI, so the gap measures the file's GHI = DNI·cos z + DHI closure
 * under our sun position plus the Perez circumsolar cut below 5° elevation.
 */
import { readFileSync } from 'node:fs';
import { buildSunMap, createIrradiationOutput, irradiateCells, type SkyTimeSeries } from '@gisement/core';
import { parseWeather } from '@gisement/io';
import { describe, expect, it } from 'vitest';
import { shared } from './fixtures/paths.js';

const FILES = [
  'data/weather/pvgis-tmy-45N8E/tmy_45.000_8.000_2005_2023.csv',
  'data/weather/lyon-epw/FRA_AR_Lyon-Bron.AP.074800_TMYx.2004-2018.epw',
];

describe('open horizontal cell under a weather file', () => {
  for (const file of FILES) {
    it(`receives the annual GHI of ${file.split('/').pop()} within 0.5 %`, () => {
      const path = shared(file);
      const weather = parseWeather(readFileSync(path, 'utf8'), path);
      const sky: SkyTimeSeries = {
        sunTimeUtcMs: weather.sunTimeUtcMs,
        intervalHours: weather.intervalMinutes / 60,
        ghiWM2: weather.ghiWM2,
        dniWM2: weather.dniWM2,
        dhiWM2: weather.dhiWM2,
      };
      let ghiKwh = 0;
      for (let i = 0; i < sky.ghiWM2.length; i++) ghiKwh += (sky.ghiWM2[i] * sky.intervalHours) / 1000;
      for (const diffuseModel of ['perez', 'hay-davies', 'isotropic'] as const) {
        const sunMap = buildSunMap(sky, {
          ...weather.site,
          directions: 36,
          gridConvergenceDeg: 0,
          albedo: 0.2,
          diffuseModel,
        });
        const out = createIrradiationOutput(1);
        irradiateCells(
          {
            width: 1,
            height: 1,
            slopeDeg: Float32Array.of(0),
            aspectDeg: Float32Array.of(Number.NaN),
            horizonsDeg: new Float32Array(36).fill(-90),
          },
          sunMap,
          out,
        );
        expect(Math.abs(out.globalKwhM2Yr[0] / ghiKwh - 1), diffuseModel).toBeLessThan(0.005);
        expect(out.reflectedKwhM2Yr[0]).toBe(0);
      }
    });
  }
});
