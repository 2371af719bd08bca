/** Clear-sky irradiance components [W/m²], shared by the clear-sky models. */
export interface ClearSkyIrradiance {
  /** Global horizontal irradiance [W/m²]. */
  ghiWm2: number;
  /** Direct (beam) normal irradiance [W/m²]. */
  dniWm2: number;
  /** Diffuse horizontal irradiance [W/m²]. */
  dhiWm2: number;
}

/** A zero-filled record, to be reused as `out` argument in loops. */
export function createClearSkyIrradiance(): ClearSkyIrradiance {
  return { ghiWm2: 0, dniWm2: 0, dhiWm2: 0 };
}
