/**
 * The sun map: a year of sun positions and sky energies binned by azimuth and sorted by
 * altitude, so that a cell's shaded beam is one binary search and one dot product per azimuth
 * sub-sector (see README.md, "Sun map").
 */
import { dayOfYearUtc, extraterrestrialSpencer } from '../solar/extraterrestrial.js';
import { sunPositionsForInstants } from '../solar/sunPositions.js';
import { DEG_PER_RAD, RAD_PER_DEG } from '../units/angles.js';
import type { SkyTimeSeries } from './clearSkySeries.js';
import { type DiffuseModel, type SkyDiffuseCoefficients, skyDiffuseCoefficients } from './skyDiffuseCoefficients.js';

/** Azimuth sub-sectors per horizon direction when the options do not say. */
export const DEFAULT_SUB_SECTORS_PER_DIRECTION = 4;

/**
 * Values per sun-map row: beam vector (3), sun hours (1), then for each month m the
 * beam + circumsolar vector (3) — see {@link SunMap.blockedPrefix}.
 */
export const SUN_MAP_ROW_LENGTH = 40;
/** Offset of the hours value in a sun-map row. */
export const SUN_MAP_HOURS = 3;
/** Offset of January's beam + circumsolar vector in a sun-map row (month m at + 3m). */
export const SUN_MAP_MONTHS = 4;

/** Options of {@link buildSunMap}. */
export interface SunMapOptions {
  /** Site latitude [°], north positive, WGS84 (e.g. the tile centre). */
  latitudeDeg: number;
  /** Site longitude [°], east positive, WGS84. */
  longitudeDeg: number;
  /** Site elevation above sea level [m]. */
  elevationM: number;
  /** Number N of horizon directions of the cells (direction i at grid azimuth i·360/N). */
  directions: number;
  /**
   * Meridian convergence γ of the grid at the site [°]: the angle from true north to grid north,
   * clockwise positive, so that grid azimuth = true azimuth − γ. γ > 0 east of the central
   * meridian in the northern hemisphere for Lambert-93 or UTM. From a projection: step a short
   * distance true north from the site; its grid displacement (ΔE, ΔN) gives
   * γ = −atan2(ΔE, ΔN). 0 for a grid whose columns run true north.
   */
  gridConvergenceDeg: number;
  /** Ground albedo ρ [0–1] for the reflected irradiance. */
  albedo: number;
  /** Sky diffuse model: Perez 1990 (default of the CLI), Hay–Davies 1980 or isotropic. */
  diffuseModel: DiffuseModel;
  /** Azimuth sub-sectors K per horizon direction (default 4); more is finer and slower. */
  subSectorsPerDirection?: number;
}

/**
 * The binned sky of a series, ready for {@link irradiateCells}. Only numbers and typed arrays,
 * so it structured-clones (or transfers) to workers.
 *
 * Geometry: S = N·K azimuth sub-sectors; sub-sector j covers grid azimuths [jΔ, (j+1)Δ),
 * Δ = 360°/S, and lies between horizon directions ⌊j/K⌋ and ⌊j/K⌋ + 1 (mod N). Sun vectors
 * s = (east, north, up) are in grid axes (unit, apparent sun). Energies are in Wh/m²
 * (W/m² × hours).
 */
export interface SunMap {
  /** Number N of horizon directions. */
  directions: number;
  /** Sub-sectors K per direction. */
  subSectorsPerDirection: number;
  /** Ground albedo ρ [0–1]. */
  albedo: number;
  /**
   * Sun positions of sub-sector j are rows `sectorStart[j]` … `sectorStart[j + 1] − 1` of
   * {@link elevationDeg} and {@link blockedPrefix}; length S + 1.
   */
  sectorStart: Int32Array;
  /** Apparent elevation of each binned sun position [°], ascending within its sub-sector. */
  elevationDeg: Float64Array;
  /**
   * Inclusive prefix sums within each sub-sector, row r = Σ over the positions q ≤ r of the
   * same sub-sector of: [DNI·Δt·s (3) [Wh/m²], Δt [h], then for each month m (UTC)
   * (DNI + W)·Δt·s (3) [Wh/m²]], W being the circumsolar coefficient; row-major,
   * {@link SUN_MAP_ROW_LENGTH} values per row. A cell whose horizon hides the p lowest positions
   * of a sub-sector loses row p − 1.
   */
  blockedPrefix: Float64Array;
  /** The same sums over every binned position (nothing blocked), one row. */
  openTotal: Float64Array;
  /** Per month: Σ A·Δt, the isotropic sky term before the sky view factor [Wh/m²]. */
  isotropicWhM2: Float64Array;
  /** Per month: Σ H·Δt, the horizon-brightening term before sin β [Wh/m²]. */
  horizonWhM2: Float64Array;
  /** Per month: Σ GHI·Δt [Wh/m²]. */
  ghiWhM2: Float64Array;
}

/**
 * Build the sun map of a sky series for one site and grid.
 *
 * For each step i (sun at `sunTimeUtcMs[i]`, NREL SPA at the site, apparent position):
 * - the diffuse model gives A, W, H with plane diffuse = A·(1 + cos β)/2 + W·max(n·s, 0) + H·sin β
 *   (Perez et al. 1990: A = DHI(1 − F1), W = DHI·F1/max(cos z, cos 85°), H = DHI·F2;
 *   Hay & Davies 1980: A = DHI(1 − Ai), W = DHI·Ai/max(cos z, 0.01745), H = 0; isotropic:
 *   A = DHI), evaluated with the apparent zenith, Kasten–Young relative air mass and Spencer's
 *   extraterrestrial irradiance; with the sun down, A = DHI (twilight diffuse is isotropic);
 * - A·Δt, H·Δt and GHI·Δt add to the step's UTC month;
 * - with the sun up (apparent elevation > 0), the position goes to the sub-sector of its grid
 *   azimuth (true azimuth − γ) with DNI·Δt·s, (DNI + W)·Δt·s and Δt. DNI with the sun down is
 *   dropped (no beam can arrive).
 * Positions are then sorted by elevation within each sub-sector and prefix-summed.
 *
 * @param sky the series (W/m², one interval of `intervalHours` per value)
 * @param options site [°, m], horizon directions N, grid convergence γ [°], albedo [-],
 *   diffuse model, sub-sectors per direction K
 * @returns the sun map (≈ 1.5 MB for an hourly year with N = 36, K = 4)
 * @throws RangeError on inconsistent lengths, a non-positive interval, a negative or
 *   non-finite irradiance (naming the step), N or K not a positive integer, albedo outside [0, 1],
 *   an unknown diffuse model
 * @see Perez R. et al., Solar Energy 44(5):271–289, 1990, doi:10.1016/0038-092X(90)90055-H;
 *   Hay J.E., Davies J.A., Proc. First Canadian Solar Radiation Data Workshop, 59–72, 1980;
 *   Reda I., Andreas A., Solar Energy 76(5):577–589, 2004, doi:10.1016/j.solener.2003.12.003
 * @example
 * const map = buildSunMap(clearSkySeries({ latitudeDeg: 43.9, longitudeDeg: 2.15,
 *   elevationM: 170, year: 2023, stepMinutes: 60, model: 'esra', linkeTurbidity: 3 }),
 *   { latitudeDeg: 43.9, longitudeDeg: 2.15, elevationM: 170, directions: 36,
 *     gridConvergenceDeg: -0.58, albedo: 0.2, diffuseModel: 'perez' });
 */
export function buildSunMap(sky: SkyTimeSeries, options: SunMapOptions): SunMap {
  const { directions, albedo, diffuseModel } = options;
  const subSectorsPerDirection = options.subSectorsPerDirection ?? DEFAULT_SUB_SECTORS_PER_DIRECTION;
  checkSky(sky);
  if (!Number.isInteger(directions) || directions < 1) {
    throw new RangeError(`directions must be a positive integer, got ${directions}`);
  }
  if (!Number.isInteger(subSectorsPerDirection) || subSectorsPerDirection < 1) {
    throw new RangeError(`subSectorsPerDirection must be a positive integer, got ${subSectorsPerDirection}`);
  }
  if (!(albedo >= 0 && albedo <= 1)) throw new RangeError(`albedo must be within [0, 1], got ${albedo}`);
  if (diffuseModel !== 'perez' && diffuseModel !== 'hay-davies' && diffuseModel !== 'isotropic') {
    throw new RangeError(`diffuseModel must be 'perez', 'hay-davies' or 'isotropic', got '${String(diffuseModel)}'`);
  }
  if (!Number.isFinite(options.gridConvergenceDeg)) {
    throw new RangeError(`gridConvergenceDeg must be finite, got ${options.gridConvergenceDeg}`);
  }
  const sun = sunPositionsForInstants(sky.sunTimeUtcMs, {
    latitudeDeg: options.latitudeDeg,
    longitudeDeg: options.longitudeDeg,
    elevationM: options.elevationM,
  });
  const steps = sun.count;
  const dt = sky.intervalHours;
  const sectors = directions * subSectorsPerDirection;
  const sectorWidthRad = (2 * Math.PI) / sectors;
  const convergenceRad = options.gridConvergenceDeg * RAD_PER_DEG;
  const isotropicWhM2 = new Float64Array(12);
  const horizonWhM2 = new Float64Array(12);
  const ghiWhM2 = new Float64Array(12);

  // Pass 1: diffuse coefficients, monthly sums, sub-sector of each sun-up step.
  const stepSector = new Int32Array(steps).fill(-1);
  const stepMonth = new Int8Array(steps);
  const stepCircumsolar = new Float64Array(steps);
  const sectorCount = new Int32Array(sectors + 1);
  const coefficients: SkyDiffuseCoefficients = { isotropicWm2: 0, circumsolarWm2: 0, horizonWm2: 0 };
  for (let i = 0; i < steps; i++) {
    const t = sun.timesUtcMs[i];
    const month = new Date(t).getUTCMonth();
    stepMonth[i] = month;
    const up = sun.up[i];
    skyDiffuseCoefficients(
      diffuseModel,
      sky.dhiWM2[i],
      sky.dniWM2[i],
      extraterrestrialSpencer(dayOfYearUtc(t)),
      sun.apparentZenithRad[i] * DEG_PER_RAD,
      sun.azimuthRad[i] * DEG_PER_RAD,
      coefficients,
    );
    isotropicWhM2[month] += coefficients.isotropicWm2 * dt;
    horizonWhM2[month] += coefficients.horizonWm2 * dt;
    ghiWhM2[month] += sky.ghiWM2[i] * dt;
    if (!(up > 0)) continue;
    stepCircumsolar[i] = coefficients.circumsolarWm2;
    let gridAzimuthRad = (sun.azimuthRad[i] - convergenceRad) % (2 * Math.PI);
    if (gridAzimuthRad < 0) gridAzimuthRad += 2 * Math.PI;
    const sector = Math.min(sectors - 1, Math.floor(gridAzimuthRad / sectorWidthRad));
    stepSector[i] = sector;
    sectorCount[sector + 1]++;
  }
  const sectorStart = new Int32Array(sectors + 1);
  for (let j = 0; j < sectors; j++) sectorStart[j + 1] = sectorStart[j] + sectorCount[j + 1];
  const positions = sectorStart[sectors];

  // Pass 2: place the positions of each sub-sector, then sort them by elevation.
  const order = new Int32Array(positions);
  const fill = sectorStart.slice(0, sectors);
  for (let i = 0; i < steps; i++) {
    const sector = stepSector[i];
    if (sector >= 0) order[fill[sector]++] = i;
  }
  const elevationDeg = new Float64Array(positions);
  for (let j = 0; j < sectors; j++) {
    const run = order.subarray(sectorStart[j], sectorStart[j + 1]);
    run.sort((a, b) => sun.up[a] - sun.up[b] || a - b);
  }
  const blockedPrefix = new Float64Array(positions * SUN_MAP_ROW_LENGTH);
  const openTotal = new Float64Array(SUN_MAP_ROW_LENGTH);
  const cosC = Math.cos(convergenceRad);
  const sinC = Math.sin(convergenceRad);
  for (let j = 0; j < sectors; j++) {
    const start = sectorStart[j];
    const end = sectorStart[j + 1];
    for (let r = start; r < end; r++) {
      const i = order[r];
      elevationDeg[r] = 90 - sun.apparentZenithRad[i] * DEG_PER_RAD;
      // Grid axes: rotate the true east/north components by −γ about the vertical.
      const east = sun.east[i] * cosC - sun.north[i] * sinC;
      const north = sun.east[i] * sinC + sun.north[i] * cosC;
      const up = sun.up[i];
      const beam = sky.dniWM2[i] * dt;
      const beamCircumsolar = beam + stepCircumsolar[i] * dt;
      const row = r * SUN_MAP_ROW_LENGTH;
      if (r > start) {
        blockedPrefix.copyWithin(row, row - SUN_MAP_ROW_LENGTH, row);
      }
      blockedPrefix[row] += beam * east;
      blockedPrefix[row + 1] += beam * north;
      blockedPrefix[row + 2] += beam * up;
      blockedPrefix[row + SUN_MAP_HOURS] += dt;
      const m = row + SUN_MAP_MONTHS + 3 * stepMonth[i];
      blockedPrefix[m] += beamCircumsolar * east;
      blockedPrefix[m + 1] += beamCircumsolar * north;
      blockedPrefix[m + 2] += beamCircumsolar * up;
    }
    if (end > start) {
      const last = (end - 1) * SUN_MAP_ROW_LENGTH;
      for (let q = 0; q < SUN_MAP_ROW_LENGTH; q++) openTotal[q] += blockedPrefix[last + q];
    }
  }
  return {
    directions,
    subSectorsPerDirection,
    albedo,
    sectorStart,
    elevationDeg,
    blockedPrefix,
    openTotal,
    isotropicWhM2,
    horizonWhM2,
    ghiWhM2,
  };
}

function checkSky(sky: SkyTimeSeries): void {
  const steps = sky.sunTimeUtcMs.length;
  if (sky.ghiWM2.length !== steps || sky.dniWM2.length !== steps || sky.dhiWM2.length !== steps) {
    throw new RangeError(
      `sky series arrays must have one value per step (${steps}), got GHI ${sky.ghiWM2.length}, DNI ${sky.dniWM2.length}, DHI ${sky.dhiWM2.length}`,
    );
  }
  if (!(sky.intervalHours > 0 && Number.isFinite(sky.intervalHours))) {
    throw new RangeError(`intervalHours must be a finite number > 0 h, got ${sky.intervalHours}`);
  }
  for (let i = 0; i < steps; i++) {
    const ghi = sky.ghiWM2[i];
    const dni = sky.dniWM2[i];
    const dhi = sky.dhiWM2[i];
    if (!(ghi >= 0 && dni >= 0 && dhi >= 0 && ghi < Infinity && dni < Infinity && dhi < Infinity)) {
      throw new RangeError(
        `sky series step ${i}: irradiances must be finite and ≥ 0 W/m², got GHI ${ghi}, DNI ${dni}, DHI ${dhi} (decompose GHI-only series first)`,
      );
    }
  }
}
