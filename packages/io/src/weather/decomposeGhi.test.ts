import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dayOfYearUtc, erbs, extraterrestrialSpencer, solarPositionSpa } from '@gisement/core';
import { describe, expect, it } from 'vitest';
import { decomposeGhiErbs } from './decomposeGhi.js';
import { parseWeather } from './parseWeather.js';

// The shared PVGIS TMY (../shared/data/weather/pvgis-tmy-45N8E, see its PROVENANCE.md) with its
// Gb(n) and Gd(h) columns dropped: a GHI-only file, as some stations publish.
const csvPath = fileURLToPath(
  new URL('../../../../../shared/data/weather/pvgis-tmy-45N8E/tmy_45.000_8.000_2005_2023.csv', import.meta.url),
);
const full = readFileSync(csvPath, 'utf8');
const ghiOnlyText = (() => {
  const lines = full.split(/\r?\n/);
  const header = lines.findIndex((l) => l.startsWith('time(UTC),'));
  const names = (lines[header] as string).split(',');
  const keep = names.map((n, i) => (n === 'Gb(n)' || n === 'Gd(h)' ? -1 : i)).filter((i) => i >= 0);
  return lines
    .map((line, row) => {
      if (row < header || line.trim() === '' || !/^(time|\d{8}:)/.test(line)) return line;
      const fields = line.split(',');
      return keep.map((i) => fields[i]).join(',');
    })
    .join('\n');
})();

describe('decomposeGhiErbs', () => {
  const ghiOnly = parseWeather(ghiOnlyText, 'ghi-only.csv');
  const decomposed = decomposeGhiErbs(ghiOnly);

  it('flags the series and leaves the input alone', () => {
    expect(ghiOnly.hasBeamDiffuse).toBe(false);
    expect(Number.isNaN(ghiOnly.dniWM2[4000])).toBe(true);
    expect(decomposed.hasBeamDiffuse).toBe(true);
    expect(decomposed.decomposition).toBe('erbs');
    expect(decomposed.warnings.at(-1)).toMatch(/Erbs et al\. \(1982\)/);
    expect(decomposed.ghiWM2).toBe(ghiOnly.ghiWM2);
  });

  it('returns a series that has DNI and DHI unchanged', () => {
    const original = parseWeather(full, 'tmy.csv');
    expect(decomposeGhiErbs(original)).toBe(original);
  });

  it('equals the scalar Erbs model with the scalar SPA, hour by hour, and keeps closure', () => {
    // Equivalence (STYLE habit 7d): the series step against erbs() + solarPositionSpa() called
    // one instant at a time; closure GHI = DHI + DNI·cos z is eq. 1 of Erbs et al. (1982).
    let checked = 0;
    for (let i = 0; i < ghiOnly.ghiWM2.length; i += 97) {
      const t = ghiOnly.sunTimeUtcMs[i] as number;
      const { zenithDeg } = solarPositionSpa({
        timeUtcMs: t,
        latitudeDeg: ghiOnly.site.latitudeDeg,
        longitudeDeg: ghiOnly.site.longitudeDeg,
        elevationM: ghiOnly.site.elevationM,
      });
      const ghi = ghiOnly.ghiWM2[i] as number;
      const ref = erbs({ ghiWm2: ghi, zenithDeg, dniExtraWm2: extraterrestrialSpencer(dayOfYearUtc(t)) });
      expect(decomposed.dniWM2[i]).toBe(Math.fround(ref.dniWm2));
      expect(decomposed.dhiWM2[i]).toBe(Math.fround(ref.dhiWm2));
      const closure =
        (decomposed.dhiWM2[i] as number) + (decomposed.dniWM2[i] as number) * Math.cos((zenithDeg * Math.PI) / 180);
      expect(closure).toBeCloseTo(ghi, 3);
      checked++;
    }
    expect(checked).toBe(91);
  });
});
