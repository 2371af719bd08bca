/**
 * Golden test: esraClearSky against GRASS GIS r.sun on a horizontal cell.
 * Fixture: fixtures/rsun-esra.json, produced by fixtures/generate-rsun-esra.sh (GRASS 8.2.1,
 * r.sun mode 1); regenerate only by running that script by hand.
 * The sun altitude is rebuilt with r.sun's own geometry (its declination formula,
 * hour angle (t − 12)·15°, and the latitude r.sun reports for the cell).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEG_PER_RAD, RAD_PER_DEG } from '../units/angles.js';
import { esraClearSky } from './esraClearSky.js';
import { declinationRsunDeg, extraterrestrialRsun } from './extraterrestrial.js';

interface RsunCase {
  day: number;
  time: number;
  linke: number;
  elevation: number;
  latitude: number;
  altitude: number;
  beam: number;
  diffuse: number;
  global: number;
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/rsun-esra.json', import.meta.url), 'utf8'));
/** r.sun stores Float32 rasters: one float32 ULP relative (2^-23). */
const FLOAT32_ULP = 2 ** -23;

describe('esraClearSky vs r.sun (fixtures/rsun-esra.json)', () => {
  it.each(fixture.cases as RsunCase[])('day $day, $time h, TL $linke, $elevation m', (c) => {
    const phi = c.latitude * RAD_PER_DEG;
    const delta = declinationRsunDeg(c.day) * RAD_PER_DEG;
    const hourAngle = (c.time - 12) * 15 * RAD_PER_DEG;
    const sinH = Math.sin(phi) * Math.sin(delta) + Math.cos(phi) * Math.cos(delta) * Math.cos(hourAngle);
    const h = Math.asin(sinH) * DEG_PER_RAD;
    // r.sun prints the altitude with 4 decimals.
    expect(Math.abs(h - c.altitude)).toBeLessThanOrEqual(5e-5);
    const r = esraClearSky({
      solarElevationDeg: h,
      elevationM: c.elevation,
      linkeTurbidity: c.linke,
      extraterrestrialWm2: extraterrestrialRsun(c.day),
    });
    expect(Math.abs(r.dniWm2 * sinH - c.beam)).toBeLessThanOrEqual(c.beam * FLOAT32_ULP);
    expect(Math.abs(r.dhiWm2 - c.diffuse)).toBeLessThanOrEqual(c.diffuse * FLOAT32_ULP);
    expect(Math.abs(r.ghiWm2 - c.global)).toBeLessThanOrEqual(c.global * FLOAT32_ULP);
  });
});
