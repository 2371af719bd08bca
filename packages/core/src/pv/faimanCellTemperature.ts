/**
 * Faiman module temperature model (the model of PVGIS and IEC 61853-2).
 */

/**
 * Module (cell) temperature with the Faiman model, T = Ta + G / (U0 + U1·ws).
 *
 * @param poaGlobalWm2 plane-of-array global irradiance [W/m²]
 * @param airTemperatureC ambient air temperature [°C]
 * @param windSpeedMs wind speed [m/s]
 * @param u0 constant heat transfer coefficient [W/(m²·°C)], default 25.0
 * @param u1 convective heat transfer coefficient [W·s/(m³·°C)], default 6.84
 * @returns module temperature [°C]
 * @see Faiman D., "Assessing the outdoor operating temperature of photovoltaic modules",
 *   Progress in Photovoltaics 16(4):307–315, 2008, doi:10.1002/pip.813 (defaults: pvlib
 *   `temperature.faiman`, from IEC 61853-2)
 * @example faimanCellTemperature(900, 20, 5); // 35.203 °C
 */
export function faimanCellTemperature(
  poaGlobalWm2: number,
  airTemperatureC: number,
  windSpeedMs: number,
  u0 = 25.0,
  u1 = 6.84,
): number {
  return airTemperatureC + poaGlobalWm2 / (u0 + u1 * windSpeedMs);
}
