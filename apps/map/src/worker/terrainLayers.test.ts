import { readFileSync } from 'node:fs';
import { parseWeather } from '@gisement/io';
import { describe, expect, it } from 'vitest';
import { lambert93Ring } from '../testing/lambert93Ring.js';
import { terrainLayers } from './terrainLayers.js';

const SLOPE_DEG = 30;
const RAD = Math.PI / 180;

/** A plane rising northwards at 30° (facing south), 60 × 40 cells of 2 m in Lambert-93 near Albi. */
function southFacingPlane() {
  const width = 60;
  const height = 40;
  const cellSizeM = 2;
  const data = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      data[row * width + col] = 200 + Math.tan(SLOPE_DEG * RAD) * (height - row) * cellSizeM;
    }
  }
  const geo = { originX: 631200, originY: 6314700, cellSizeX: cellSizeM, cellSizeY: cellSizeM, epsg: 2154 };
  return { data, width, height, geo };
}

describe('terrainLayers', () => {
  it('warps the slope and relief of a plane to Web Mercator unchanged', () => {
    const stages: string[] = [];
    const layers = terrainLayers(southFacingPlane(), { azimuthDeg: 315, altitudeDeg: 45 }, [], (stage, f) => {
      if (f === 1) stages.push(stage);
    });
    expect(stages).toEqual(['terrain', 'horizons', 'irradiation', 'roofs', 'warp']);
    // Hillshade of a plane (Burrough & McDonnell 1998, as gdaldem: 1 + 254·cos i) with
    // cos i = sin 45°·cos 30° + cos 45°·sin 30°·cos(315° − 180°) = 0.612372 − 0.25.
    const cosIncidence =
      Math.sin(45 * RAD) * Math.cos(30 * RAD) + Math.cos(45 * RAD) * Math.sin(30 * RAD) * Math.cos(135 * RAD);
    const shade = 1 + 254 * cosIncidence;
    let inside = 0;
    for (let i = 0; i < layers.values.slope.length; i++) {
      if (Number.isNaN(layers.values.slope[i])) continue;
      inside++;
      // The DSM is Float32: heights near 250 m are rounded to ±7.6e-6 m (half an ulp), which moves
      // Horn's slope by up to ≈ 2e-4° here (±5e-4 allowed) and the shade, 254·Δcos i, by up to
      // ≈ 1e-3 (±5e-3 allowed).
      expect(layers.values.slope[i]).toBeCloseTo(SLOPE_DEG, 3);
      expect(layers.values.hillshade[i]).toBeCloseTo(shade, 2);
    }
    // The source covers the output box except thin slivers (0.6° meridian convergence).
    expect(inside / layers.values.slope.length).toBeGreaterThan(0.95);
    expect(layers.source).toEqual({
      width: 60,
      height: 40,
      epsg: 2154,
      cellSizeX: 2,
      geo: { originX: 631200, originY: 6314700, cellSizeX: 2, cellSizeY: 2, epsg: 2154 },
    });
  });

  it('gives a plane one irradiation, and a footprint on it the same mean', () => {
    // On an unbounded plane every cell sees the same sky: upslope its horizon is the plane's
    // own, across and downslope nothing rises above it. A footprint of 20 × 20 m in the middle
    // (cells 20–29 across, 10–19 down) averages that value; one beyond the DSM has no cell.
    const inside = lambert93Ring(631240, 6314640, 631260, 6314660);
    const outside = lambert93Ring(640000, 6314640, 640020, 6314660);
    const layers = terrainLayers(
      southFacingPlane(),
      { azimuthDeg: 315, altitudeDeg: 45 },
      [[inside], [outside]],
      () => {},
    );
    const values = layers.values.irradiation.filter((v) => !Number.isNaN(v)).sort();
    const median = values[values.length >> 1];
    // Horizons are sampled on a Float32 DSM and interpolated over sub-sectors: a spread of a
    // few tenths of a per cent between cells (checked: p5–p95 within 0.5 % of the median).
    expect(values[Math.floor(values.length * 0.05)] / median).toBeGreaterThan(0.995);
    expect(values[Math.floor(values.length * 0.95)] / median).toBeLessThan(1.005);
    expect(layers.buildingIrradiationKwhM2Yr[0] / median).toBeCloseTo(1, 2);
    expect(layers.buildingIrradiationKwhM2Yr[1]).toBeNaN();
    // Its twelve monthly means add up to its annual mean (irradiateCells.test.ts: monthly
    // values add up to the annual global; float32 sums), the other footprint has none.
    const monthly = Array.from(layers.buildingMonthlyKwhM2.subarray(0, 12));
    expect(monthly.reduce((a, b) => a + b, 0) / layers.buildingIrradiationKwhM2Yr[0]).toBeCloseTo(1, 5);
    expect(Array.from(layers.buildingMonthlyKwhM2.subarray(12)).every(Number.isNaN)).toBe(true);
    // 20 × 20 m = 10 × 10 cells of 2 m, inside the grid or beyond it.
    expect(Array.from(layers.buildingAreaM2)).toEqual([400, 400]);
  });

  it('irradiates a flat ground with a weather file’s sky, and says how far the file is', () => {
    // A flat 60 × 40 ground near Albi: every cell sees the whole sky and no ground, so its
    // annual irradiation is the file's beam on the horizontal plus its diffuse, ≈ its annual
    // GHI: the EPW's three components close to a few per cent (WMO/ASHRAE IWEC data), hence 5 %.
    const file = new URL('../../../../../shared/data/weather/lyon-epw/FRA_Lyon.074810_IWEC.epw', import.meta.url);
    const weather = parseWeather(readFileSync(file, 'utf8'), 'FRA_Lyon.074810_IWEC.epw');
    const ghiKwhM2Yr = weather.ghiWM2.reduce((sum, g) => sum + g, 0) / 1000;
    const flat = { ...southFacingPlane(), data: new Float32Array(60 * 40).fill(200) };
    const light = { azimuthDeg: 315, altitudeDeg: 45 };
    const layers = terrainLayers(flat, light, [], () => {}, { dtm: null, weather, roofs: null });
    const clear = terrainLayers(flat, light, [], () => {}).values.irradiation.find((v) => !Number.isNaN(v)) as number;
    const values = layers.values.irradiation.filter((v) => !Number.isNaN(v));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    process.stdout.write(
      `flat ground: Lyon IWEC ${mean.toFixed(1)} kWh/m²/yr (GHI ${ghiKwhM2Yr.toFixed(1)}), clear sky ${clear.toFixed(1)}\n`,
    );
    expect(mean / ghiKwhM2Yr).toBeGreaterThan(0.95);
    expect(mean / ghiKwhM2Yr).toBeLessThan(1.05);
    // A cloudless year gives far more than a measured one (Lyon's cloud cover).
    expect(clear / mean).toBeGreaterThan(1.2);
    // Lyon (45.73° N, 5.08° E, the EPW's LOCATION line) is ≈ 300 km from Albi.
    expect(layers.sky).toMatchObject({ source: 'weather', file: 'FRA_Lyon.074810_IWEC.epw' });
    const { distanceKm } = layers.sky as { distanceKm: number };
    expect(distanceKm).toBeGreaterThan(250);
    expect(distanceKm).toBeLessThan(350);
  });

  it('refuses a DSM in degrees', () => {
    const dsm = {
      ...southFacingPlane(),
      geo: { originX: 2, originY: 44, cellSizeX: 1e-5, cellSizeY: 1e-5, epsg: 4326 },
    };
    expect(() => terrainLayers(dsm, { azimuthDeg: 315, altitudeDeg: 45 }, [], () => {})).toThrow(
      /EPSG:4326 \(WGS 84\) is in degrees/,
    );
  });
});
