/** Sky diffuse irradiance on a tilted plane, split by sky region [W/m²]. */
export interface SkyDiffuseParts {
  /** Isotropic (uniform sky) part [W/m²]; shade it with the sky view factor. */
  isotropicWm2: number;
  /** Circumsolar part [W/m²]; shade it like the beam. */
  circumsolarWm2: number;
  /** Horizon-brightening band [W/m²] (0 for models without one). */
  horizonWm2: number;
  /** Sum of the parts [W/m²]. */
  totalWm2: number;
}

/** A zero-filled record, to be reused as `out` argument in loops. */
export function createSkyDiffuseParts(): SkyDiffuseParts {
  return { isotropicWm2: 0, circumsolarWm2: 0, horizonWm2: 0, totalWm2: 0 };
}

/** Set every part of `out` to zero and return it. */
export function zeroSkyDiffuseParts(out: SkyDiffuseParts): SkyDiffuseParts {
  out.isotropicWm2 = 0;
  out.circumsolarWm2 = 0;
  out.horizonWm2 = 0;
  out.totalWm2 = 0;
  return out;
}
