/**
 * ESRA clear-sky model in the variant of GRASS GIS r.sun.
 */
import { DEG_PER_RAD, RAD_PER_DEG } from '../units/angles.js';
import { type ClearSkyIrradiance, createClearSkyIrradiance } from './clearSkyTypes.js';

/** Inputs of {@link esraClearSky}. */
export interface EsraClearSkyInput {
  /** Solar elevation h0 without refraction [deg] (the model adds its own refraction). */
  solarElevationDeg: number;
  /** Site elevation above sea level z [m]. */
  elevationM: number;
  /** Linke turbidity factor TL [-] (air mass 2), e.g. r.sun's default 3.0. */
  linkeTurbidity: number;
  /** Extraterrestrial normal irradiance G0 [W/m²], e.g. `extraterrestrialRsun(day)`. */
  extraterrestrialWm2: number;
}

/**
 * Clear-sky beam and diffuse irradiance by the ESRA model as implemented in r.sun.
 *
 * Beam normal B0c = G0·exp(−0.8662·TL·m·δR(m)), with the refraction-corrected elevation
 * h0ref = h0 + 0.061359·(0.1594 + 1.123·h0 + 0.065656·h0²)/(1 + 28.9344·h0 + 277.3971·h0²)
 * (radians), the elevation-corrected relative optical air mass (Kasten & Young 1989)
 * m = exp(−z/8434.5)/(sin h0ref + 0.50572·(h0ref[deg] + 6.07995)^−1.6364) and the
 * Rayleigh optical thickness of Kasten (1996):
 * δR = 1/(6.6296 + 1.7513m − 0.1202m² + 0.0065m³ − 0.00013m⁴) for m ≤ 20, else
 * 1/(10.4 + 0.718m). Diffuse horizontal Dhc = G0·Tn(TL)·Fd(h0) with the diffuse
 * transmission Tn = −0.015843 + 0.030543·TL + 0.0003797·TL² and
 * Fd = A1 + A2·sin h0 + A3·sin² h0 (A1 = 0.26463 − 0.061581·TL + 0.0031408·TL²,
 * raised to 0.0022/Tn when A1·Tn < 0.0022; A2 = 2.04020 + 0.018945·TL − 0.011161·TL²;
 * A3 = −1.3025 + 0.039231·TL + 0.0085079·TL²). GHI = B0c·sin h0 + Dhc.
 * Zero when h0 ≤ 0. Allocation-free when `out` is given.
 *
 * @param input solar elevation [deg], site elevation [m], Linke turbidity [-],
 *   extraterrestrial irradiance [W/m²]
 * @param out optional record to fill (reuse it in loops)
 * @returns GHI, DNI (= B0c), DHI (= Dhc) [W/m²]
 * @see Rigollier C., Bauer O., Wald L., "On the clear sky model of the ESRA — European
 *   Solar Radiation Atlas — with respect to the Heliosat method", Solar Energy
 *   68(1):33–48, 2000, doi:10.1016/S0038-092X(99)00055-9; Šúri M., Hofierka J.,
 *   Transactions in GIS 8(2):175–190, 2004, doi:10.1111/j.1467-9671.2004.00174.x;
 *   Kasten F., "The Linke turbidity factor based on improved values of the integral
 *   Rayleigh optical thickness", Solar Energy 56(3):239–244, 1996; GRASS r.sun rsunlib.c
 *   (`brad`, `drad`)
 * @example
 * esraClearSky({ solarElevationDeg: 68.441, elevationM: 0, linkeTurbidity: 3,
 *   extraterrestrialWm2: extraterrestrialRsun(172) }).dhiWm2; // 105.424 (r.sun, 45°N noon)
 */
export function esraClearSky(input: EsraClearSkyInput, out = createClearSkyIrradiance()): ClearSkyIrradiance {
  const h0 = input.solarElevationDeg * RAD_PER_DEG;
  if (!(h0 > 0)) {
    out.ghiWm2 = 0;
    out.dniWm2 = 0;
    out.dhiWm2 = 0;
    return out;
  }
  const tl = input.linkeTurbidity;
  const g0 = input.extraterrestrialWm2;
  const sinH0 = Math.sin(h0);

  // Beam.
  const refraction = (0.061359 * (0.1594 + h0 * (1.123 + 0.065656 * h0))) / (1 + h0 * (28.9344 + 277.3971 * h0));
  const h0ref = h0 + refraction;
  const m =
    Math.exp(-input.elevationM / 8434.5) / (Math.sin(h0ref) + 0.50572 * (h0ref * DEG_PER_RAD + 6.07995) ** -1.6364);
  const rayleigh =
    m <= 20 ? 1 / (6.6296 + m * (1.7513 + m * (-0.1202 + m * (0.0065 - m * 0.00013)))) : 1 / (10.4 + 0.718 * m);
  const dni = g0 * Math.exp(-0.8662 * tl * m * rayleigh);

  // Diffuse.
  const tn = -0.015843 + tl * (0.030543 + 0.0003797 * tl);
  const a1b = 0.26463 + tl * (-0.061581 + 0.0031408 * tl);
  const a1 = a1b * tn < 0.0022 ? 0.0022 / tn : a1b;
  const a2 = 2.0402 + tl * (0.018945 - 0.011161 * tl);
  const a3 = -1.3025 + tl * (0.039231 + 0.0085079 * tl);
  const dhi = g0 * tn * (a1 + sinH0 * (a2 + a3 * sinH0));

  out.dniWm2 = dni;
  out.dhiWm2 = dhi;
  out.ghiWm2 = dni * sinH0 + dhi;
  return out;
}
