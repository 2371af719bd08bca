/**
 * Perez sky-diffuse model coefficients, "allsitescomposite1990" set.
 *
 * Source: Perez R., Ineichen P., Seals R., Michalsky J., Stewart R., "Modeling daylight
 * availability and irradiance components from direct and global irradiance", Solar
 * Energy 44(5):271–289, 1990, doi:10.1016/0038-092X(90)90055-H, Table 6 (irradiance
 * coefficients). One row per sky-clearness bin ε (1: overcast, < 1.065 … 8: clear,
 * ≥ 6.2): f11, f12, f13, f21, f22, f23. Transcribed as facts; the same set is pvlib's
 * 'allsitescomposite1990'.
 */

/** Upper bounds of clearness bins 1…7 (bin 8 is ε ≥ 6.2), Perez et al. 1990 Table 1. */
export const PEREZ_EPSILON_BIN_EDGES: readonly number[] = [1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2];

/** f11, f12, f13, f21, f22, f23 per clearness bin (8 rows × 6). */
// biome-ignore format: one clearness bin per line
export const PEREZ_ALLSITES_1990: readonly number[] = [
  -0.008, 0.588, -0.062, -0.06, 0.072, -0.022,
  0.13, 0.683, -0.151, -0.019, 0.066, -0.029,
  0.33, 0.487, -0.221, 0.055, -0.064, -0.026,
  0.568, 0.187, -0.295, 0.109, -0.152, -0.014,
  0.873, -0.392, -0.362, 0.226, -0.462, 0.001,
  1.132, -1.237, -0.412, 0.288, -0.823, 0.056,
  1.06, -1.6, -0.359, 0.264, -1.127, 0.131,
  0.678, -0.327, -0.25, 0.156, -1.377, 0.251,
];
