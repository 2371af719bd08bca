/**
 * Reference irradiation of one cell by looping over every time step (tests only, not exported,
 * excluded from the build).
 *
 * It re-derives what `irradiateCells` documents without the sun map: for each step the SPA sun
 * position at the site, its grid azimuth (true − γ), the terrain horizon interpolated linearly
 * at that exact azimuth between the two neighbouring directions (each raised to ≥ 0 first), the
 * sun visible when its apparent elevation is above that horizon and cos θ > 0 on the cell's
 * plane; the sky model called on the cell's own plane every step (`perezSkyDiffuse`,
 * `hayDaviesSkyDiffuse`): isotropic part × SVF/((1 + cos β)/2), circumsolar part × visibility,
 * horizon part unchanged; twilight diffuse (sun down) isotropic; reflected
 * `groundReflected(GHI, β, ρ)`; sun hours Σ Δt over visible steps.
 */
import { relativeAirmassKastenYoung } from '../../solar/atmosphere.js';
import { dayOfYearUtc, extraterrestrialSpencer } from '../../solar/extraterrestrial.js';
import { hayDaviesSkyDiffuse } from '../../solar/hayDaviesSkyDiffuse.js';
import { cosIncidence } from '../../solar/incidence.js';
import { groundReflected } from '../../solar/isotropicSkyDiffuse.js';
import { perezSkyDiffuse } from '../../solar/perezSkyDiffuse.js';
import { createSkyDiffuseParts } from '../../solar/skyDiffuseParts.js';
import { sunPositionsForInstants } from '../../solar/sunPositions.js';
import { skyViewFactor } from '../../terrain/skyViewFactor.js';
import { DEG_PER_RAD, RAD_PER_DEG } from '../../units/angles.js';
import type { SkyTimeSeries } from '../clearSkySeries.js';
import type { SunMapOptions } from '../sunMap.js';

/** One cell's results [kWh/m²; h; -]. */
export interface CellIrradiation {
  globalKwhM2: number;
  beamKwhM2: number;
  diffuseKwhM2: number;
  reflectedKwhM2: number;
  monthlyKwhM2: number[];
  sunHours: number;
  svf: number;
}

/** A cell: slope [°], aspect [° from grid north, NaN = flat], N horizons [°]. */
export interface ReferenceCell {
  slopeDeg: number;
  aspectDeg: number;
  horizonsDeg: ArrayLike<number>;
}

export function irradiationBruteForce(
  sky: SkyTimeSeries,
  options: SunMapOptions,
  cell: ReferenceCell,
): CellIrradiation {
  const n = options.directions;
  const flat = Number.isNaN(cell.aspectDeg);
  const slope = flat ? 0 : cell.slopeDeg;
  const aspect = flat ? 0 : cell.aspectDeg;
  const svfOut = new Float32Array(1);
  skyViewFactor(Float32Array.from(cell.horizonsDeg), Float32Array.of(slope), Float32Array.of(aspect), n, svfOut);
  const svf = svfOut[0];
  const tiltView = (1 + Math.cos(slope * RAD_PER_DEG)) / 2;
  const sun = sunPositionsForInstants(sky.sunTimeUtcMs, {
    latitudeDeg: options.latitudeDeg,
    longitudeDeg: options.longitudeDeg,
    elevationM: options.elevationM,
  });
  const dt = sky.intervalHours;
  const parts = createSkyDiffuseParts();
  const monthly = new Array<number>(12).fill(0);
  let beam = 0;
  let diffuse = 0;
  let reflected = 0;
  let sunHours = 0;
  for (let t = 0; t < sun.count; t++) {
    const month = new Date(sun.timesUtcMs[t]).getUTCMonth();
    const ghi = sky.ghiWM2[t];
    const dni = sky.dniWM2[t];
    const dhi = sky.dhiWM2[t];
    const zenithDeg = sun.apparentZenithRad[t] * DEG_PER_RAD;
    let gridAzimuthDeg = (sun.azimuthRad[t] * DEG_PER_RAD - options.gridConvergenceDeg) % 360;
    if (gridAzimuthDeg < 0) gridAzimuthDeg += 360;
    const stepReflected = groundReflected(ghi, slope, options.albedo);
    let stepBeam = 0;
    let stepDiffuse: number;
    if (!(sun.up[t] > 0)) {
      stepDiffuse = dhi * svf;
    } else {
      const x = (gridAzimuthDeg * n) / 360;
      const i = Math.floor(x) % n;
      const u = x - Math.floor(x);
      const horizon = (1 - u) * Math.max(cell.horizonsDeg[i], 0) + u * Math.max(cell.horizonsDeg[(i + 1) % n], 0);
      const cosTheta = cosIncidence(zenithDeg, gridAzimuthDeg, slope, aspect);
      const visible = 90 - zenithDeg > horizon && cosTheta > 0;
      if (visible) {
        stepBeam = dni * cosTheta;
        sunHours += dt;
      }
      const input = {
        surfaceSlopeDeg: slope,
        surfaceAzimuthDeg: aspect,
        dhiWm2: dhi,
        dniWm2: dni,
        dniExtraWm2: extraterrestrialSpencer(dayOfYearUtc(sun.timesUtcMs[t])),
        sunZenithDeg: zenithDeg,
        sunAzimuthDeg: gridAzimuthDeg,
        airmassRelative: relativeAirmassKastenYoung(zenithDeg),
      };
      if (options.diffuseModel === 'perez') perezSkyDiffuse(input, parts);
      else if (options.diffuseModel === 'hay-davies') hayDaviesSkyDiffuse(input, parts);
      else {
        parts.isotropicWm2 = dhi * tiltView;
        parts.circumsolarWm2 = 0;
        parts.horizonWm2 = 0;
      }
      if (!(dhi > 0)) {
        parts.isotropicWm2 = dhi * tiltView;
        parts.circumsolarWm2 = 0;
        parts.horizonWm2 = 0;
      }
      stepDiffuse = (parts.isotropicWm2 * svf) / tiltView + (visible ? parts.circumsolarWm2 : 0) + parts.horizonWm2;
    }
    beam += stepBeam * dt;
    diffuse += stepDiffuse * dt;
    reflected += stepReflected * dt;
    monthly[month] += (stepBeam + stepDiffuse + stepReflected) * dt * 1e-3;
  }
  return {
    globalKwhM2: (beam + diffuse + reflected) * 1e-3,
    beamKwhM2: beam * 1e-3,
    diffuseKwhM2: diffuse * 1e-3,
    reflectedKwhM2: reflected * 1e-3,
    monthlyKwhM2: monthly,
    sunHours,
    svf,
  };
}
