import { RAD_PER_DEG } from '../units/angles.js';

/**
 * Sky view factor of every cell from its horizon angles and its own slope and aspect: the
 * fraction of the isotropic sky's diffuse irradiance that reaches the tilted cell (Dozier &
 * Frew 1990, eq. for the view factor of a tilted surface):
 *
 *   V = (1/N) Σᵢ [cos S·sin² Hᵢ + sin S·cos(φᵢ − A)·(Hᵢ − sin Hᵢ·cos Hᵢ)]
 *
 * with φᵢ = i·360/N the azimuths, S the slope, A the aspect (downslope azimuth) and Hᵢ the
 * zenith angle of the effective horizon, Hᵢ = 90° − max(hᵢ, pᵢ, 0). The cell's own plane hides
 * the sky below pᵢ = −atan(tan S·cos(φᵢ − A)) (positive upslope), folded into the horizon so
 * that only directions in front of the surface are integrated; directions below the horizontal
 * look at the ground, never the sky, hence the 0. An open horizontal cell gives 1, an open
 * plane of slope S gives (1 + cos S)/2; a terrain horizon of −90° (no sample) counts as open.
 *
 * References: Dozier J., Frew J., "Rapid calculation of terrain parameters for radiation
 * modeling from digital elevation data", IEEE TGRS 28(5):963–969, 1990.
 *
 * @param horizonsDeg horizon angles [° above horizontal], direction-major as written by
 *   {@link horizonAngles}: azimuth i of cell k at `horizonsDeg[i * cells + k]`
 * @param slopeDeg slope of each cell [°], 0 = horizontal
 * @param aspectDeg aspect of each cell [°, clockwise from north]; ignored (may be NaN) where
 *   the slope is 0
 * @param directions number of azimuths N, azimuth i = i·360/N [°] clockwise from north
 * @param out caller-owned sky view factor [0–1]; NaN where an input is NaN
 * @example
 * const svf = new Float32Array(cells);
 * skyViewFactor(horizonsDeg, slopeDeg, aspectDeg, 36, svf);
 */
export function skyViewFactor(
  horizonsDeg: Float32Array,
  slopeDeg: Float32Array,
  aspectDeg: Float32Array,
  directions: number,
  out: Float32Array,
): void {
  const cells = out.length;
  if (!Number.isInteger(directions) || directions < 1) {
    throw new RangeError(`directions must be a positive integer, got ${directions}`);
  }
  if (slopeDeg.length !== cells || aspectDeg.length !== cells) {
    throw new RangeError(
      `slopeDeg (${slopeDeg.length}) and aspectDeg (${aspectDeg.length}) must have one value per cell (${cells})`,
    );
  }
  if (horizonsDeg.length !== directions * cells) {
    throw new RangeError(
      `horizonsDeg has ${horizonsDeg.length} values, expected directions×cells = ${directions * cells}`,
    );
  }
  const cosPhi = new Float64Array(directions);
  const sinPhi = new Float64Array(directions);
  for (let i = 0; i < directions; i++) {
    cosPhi[i] = Math.cos(((i * 360) / directions) * RAD_PER_DEG);
    sinPhi[i] = Math.sin(((i * 360) / directions) * RAD_PER_DEG);
  }
  const halfPi = Math.PI / 2;
  for (let k = 0; k < cells; k++) {
    const slopeRad = slopeDeg[k] * RAD_PER_DEG;
    const cosS = Math.cos(slopeRad);
    const sinS = Math.sin(slopeRad);
    const tanS = sinS / cosS;
    const aspectRad = sinS === 0 ? 0 : aspectDeg[k] * RAD_PER_DEG;
    const cosA = Math.cos(aspectRad);
    const sinA = Math.sin(aspectRad);
    let sum = 0;
    for (let i = 0; i < directions; i++) {
      const cosDelta = cosPhi[i] * cosA + sinPhi[i] * sinA;
      let h = horizonsDeg[i * cells + k] * RAD_PER_DEG;
      const plane = -Math.atan(tanS * cosDelta);
      if (plane > h) h = plane;
      if (h < 0) h = 0;
      // H = π/2 − h: sin H = cos h, cos H = sin h
      const cosH = Math.sin(h);
      const sinH = Math.cos(h);
      sum += cosS * sinH * sinH + sinS * cosDelta * (halfPi - h - sinH * cosH);
    }
    out[k] = sum / directions;
  }
}
