import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseWeather } from './parseWeather.js';
import type { WeatherSeries } from './types.js';

// Real third-party files in ../shared/data/weather (see their PROVENANCE.md), never copied.
const WEATHER_DIR = new URL('../../../../../shared/data/weather/', import.meta.url);
const LYON_TMYX = 'lyon-epw/FRA_AR_Lyon-Bron.AP.074800_TMYx.2004-2018.epw';
const LYON_IWEC = 'lyon-epw/FRA_Lyon.074810_IWEC.epw';
const PVGIS_CSV = 'pvgis-tmy-45N8E/tmy_45.000_8.000_2005_2023.csv';
const PVGIS_JSON = 'pvgis-tmy-45N8E/tmy_45.000_8.000_2005_2023.json';
const PVGIS_EPW = 'pvgis-tmy-45N8E/tmy_45.000_8.000_2005_2023.epw';

function load(relative: string): WeatherSeries {
  const path = fileURLToPath(new URL(relative, WEATHER_DIR));
  return parseWeather(readFileSync(path, 'utf8'), relative);
}

/** Float64 sum of a Float32 series (exact here: every GHI value of these files is an integer). */
function sum(values: Float32Array): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

const iso = (ms: number): string => new Date(ms).toISOString();

describe('EnergyPlus EPW, Lyon', () => {
  const tmyx = load(LYON_TMYX);
  const iwec = load(LYON_IWEC);

  it('reads the LOCATION record', () => {
    // FRA_AR_Lyon-Bron…TMYx.epw line 1: LOCATION,Lyon Bron AP,AR,FRA,ISD-TMYx,074800,45.72610,4.93780,1.0,198.0
    expect(tmyx.source.format).toBe('epw');
    expect(tmyx.site).toEqual({
      latitudeDeg: 45.7261,
      longitudeDeg: 4.9378,
      elevationM: 198,
      name: 'Lyon Bron AP',
      utcOffsetHours: 1,
    });
    // FRA_Lyon.074810_IWEC.epw line 1: LOCATION,LYON,-,FRA,IWEC Data,074810,45.73,5.08,1.0,240.0
    expect(iwec.site).toEqual({
      latitudeDeg: 45.73,
      longitudeDeg: 5.08,
      elevationM: 240,
      name: 'LYON',
      utcOffsetHours: 1,
    });
  });

  it('sums GHI over the year exactly as an independent awk pass over field 14', () => {
    // awk -F, 'NR>8{s+=$14} END{printf "%.2f\n", s}' <file>  →  1320954.00 (TMYx), 1203487.00 (IWEC)
    expect(tmyx.ghiWM2.length).toBe(8760);
    expect(sum(tmyx.ghiWM2)).toBe(1320954);
    expect(iwec.ghiWM2.length).toBe(8760);
    expect(sum(iwec.ghiWM2)).toBe(1203487);
  });

  it('lays the mixed-year TMY on 2019 in local standard time UTC+1', () => {
    // First row "2004,1,1,1,…" (line 9) is 1 January 00:00–01:00 at UTC+1 (LOCATION time zone 1.0);
    // last row "2006,12,31,24,…" (line 8768) is 31 December 23:00–24:00 at UTC+1. Sun at mid-hour.
    for (const series of [tmyx, iwec]) {
      expect(iso(series.timeUtcMs[0])).toBe('2018-12-31T23:00:00.000Z');
      expect(iso(series.sunTimeUtcMs[0])).toBe('2018-12-31T23:30:00.000Z');
      expect(iso(series.timeUtcMs[8759])).toBe('2019-12-31T22:00:00.000Z');
      expect(iso(series.sunTimeUtcMs[8759])).toBe('2019-12-31T22:30:00.000Z');
      expect(series.intervalMinutes).toBe(60);
      expect(series.hasBeamDiffuse).toBe(true);
      expect(series.warnings.some((w) => w.includes('laid on the non-leap year 2019'))).toBe(true);
    }
  });

  it('keeps the TMYx albedo and drops the all-zero IWEC albedo with a warning', () => {
    // TMYx line 9 field 33: 0.200. IWEC field 33 is 0.000 in every row (awk -F, 'NR>8 && $33!=0' prints nothing).
    expect(tmyx.albedo?.[0]).toBe(Math.fround(0.2));
    expect(iwec.albedo).toBeUndefined();
    expect(iwec.warnings.some((w) => w.startsWith('field 33 (albedo): zero in every row'))).toBe(true);
  });
});

describe('PVGIS TMY 45°N 8°E in its three output formats', () => {
  const csv = load(PVGIS_CSV);
  const json = load(PVGIS_JSON);
  const epw = load(PVGIS_EPW);

  it('recognises each format from its content', () => {
    expect([csv.source.format, json.source.format, epw.source.format]).toEqual([
      'pvgis-csv',
      'pvgis-json',
      'pvgis-epw',
    ]);
  });

  it('reads the same site from the three files', () => {
    // CSV lines 1–3, JSON inputs.location, EPW LOCATION …,45.000000,8.000000,1,250 (time zone ignored: UTC rows).
    const site = { latitudeDeg: 45, longitudeDeg: 8, elevationM: 250, utcOffsetHours: 0 };
    expect(csv.site).toEqual(site);
    expect(json.site).toEqual(site);
    expect(epw.site).toEqual(site);
    expect(epw.warnings.some((w) => w.startsWith('LOCATION time zone 1 h ignored'))).toBe(true);
  });

  it('sums GHI over the year exactly as independent passes over the raw files', () => {
    // awk -F, '/^[0-9]+:[0-9]+,/{s+=$4} END{printf "%.2f\n", s}' tmy_…csv                 → 1435861.00
    // python3 -c "import json;print(sum(r['G(h)'] for r in json.load(open('tmy_….json'))['outputs']['tmy_hourly']))" → 1435861.0
    // awk -F, 'NR>8{s+=$14} END{printf "%.2f\n", s}' tmy_…epw                              → 1435861.00
    for (const series of [csv, json, epw]) expect(sum(series.ghiWM2)).toBe(1435861);
  });

  it('puts the UTC stamps on 2019 and the sun at the irradiance time offset', () => {
    // CSV line 19 "20180101:0000" and line 8778 "20161231:2300" (UTC, mixed TMY years → 2019);
    // offset 0.1761 h = 633.96 s (CSV line 4, JSON irradiance_time_offset; EPW COMMENTS 2: −0.8239 h
    // after the hour-ending label, the same instant).
    for (const series of [csv, json, epw]) {
      expect(iso(series.timeUtcMs[0])).toBe('2019-01-01T00:00:00.000Z');
      expect(iso(series.sunTimeUtcMs[0])).toBe('2019-01-01T00:10:33.960Z');
      expect(iso(series.timeUtcMs[8759])).toBe('2019-12-31T23:00:00.000Z');
      expect(iso(series.sunTimeUtcMs[8759])).toBe('2019-12-31T23:10:33.960Z');
    }
  });

  it('gives identical instants and GHI/DNI/DHI/temperature arrays from CSV, JSON and EPW', () => {
    for (const other of [json, epw]) {
      expect(other.timeUtcMs).toEqual(csv.timeUtcMs);
      expect(other.sunTimeUtcMs).toEqual(csv.sunTimeUtcMs);
      expect(other.ghiWM2).toEqual(csv.ghiWM2);
      expect(other.dniWM2).toEqual(csv.dniWM2);
      expect(other.dhiWM2).toEqual(csv.dhiWM2);
      expect(other.tempAirC).toEqual(csv.tempAirC);
    }
    // CSV line 28: 20180101:0900,3.23,99.4,149.0,125.3,117.0,… (EPW line 18: hour 10 ending, same values).
    expect([csv.ghiWM2[9], csv.dniWM2[9], csv.dhiWM2[9], csv.tempAirC[9]]).toEqual(
      [149, 125.3, 117, 3.23].map(Math.fround),
    );
  });

  it('agrees on wind speed to the EPW print precision', () => {
    // EPW writes WS10m with one decimal (line 9: 0.7 for CSV 0.75), CSV with two: |Δ| ≤ 0.05 + 0.005.
    let maxDiff = 0;
    for (let i = 0; i < 8760; i++) maxDiff = Math.max(maxDiff, Math.abs(epw.windSpeedMS[i] - csv.windSpeedMS[i]));
    expect(maxDiff).toBeLessThanOrEqual(0.055);
    expect(json.windSpeedMS).toEqual(csv.windSpeedMS);
  });
});
