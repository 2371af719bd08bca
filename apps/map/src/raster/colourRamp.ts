/** One stop of a colour ramp: a value [layer unit] and its colour (sRGB, 0–255). */
export interface ColourStop {
  value: number;
  rgb: readonly [number, number, number];
}

/** A piecewise-linear colour ramp; stops in strictly ascending value order. */
export interface ColourRamp {
  stops: readonly ColourStop[];
}

/**
 * Colour of a value: linear interpolation in sRGB between the two surrounding stops, clamped
 * to the first/last stop outside their range. NaN (nodata) is transparent.
 * @param ramp the ramp (at least one stop)
 * @param value value [layer unit]
 * @param out RGBA output (0–255, written through Uint8ClampedArray rounding)
 * @param offset index of R in `out`
 * @example rampColour({ stops: [{ value: 0, rgb: [0, 0, 0] }, { value: 10, rgb: [255, 255, 255] }] }, 5, px, 0); // px = 128,128,128,255
 */
export function rampColour(ramp: ColourRamp, value: number, out: Uint8ClampedArray, offset: number): void {
  const stops = ramp.stops;
  if (Number.isNaN(value)) {
    out[offset] = 0;
    out[offset + 1] = 0;
    out[offset + 2] = 0;
    out[offset + 3] = 0;
    return;
  }
  let upper = 0;
  while (upper < stops.length && stops[upper].value < value) upper++;
  const hi = stops[Math.min(upper, stops.length - 1)];
  const lo = stops[Math.max(upper - 1, 0)];
  const t = hi.value === lo.value ? 0 : (value - lo.value) / (hi.value - lo.value);
  for (let k = 0; k < 3; k++) out[offset + k] = lo.rgb[k] + t * (hi.rgb[k] - lo.rgb[k]);
  out[offset + 3] = 255;
}

/**
 * RGBA pixels of a raster through a ramp (row-major, NaN → transparent).
 * @param values raster values [layer unit]
 * @param ramp the ramp
 * @param out caller-owned RGBA pixels, length = 4 × `values.length`
 * @example colourise(slopeDeg, SLOPE_RAMP, imageData.data);
 */
export function colourise(values: Float32Array, ramp: ColourRamp, out: Uint8ClampedArray): void {
  if (out.length !== values.length * 4) {
    throw new RangeError(`out must have ${values.length * 4} bytes (RGBA), got ${out.length}`);
  }
  for (let i = 0; i < values.length; i++) rampColour(ramp, values[i], out, i * 4);
}

/**
 * CSS colour of a value, for legends.
 * @param ramp the ramp
 * @param value value [layer unit]
 * @returns `rgb(r, g, b)`
 * @example cssColour(SLOPE_RAMP, 0) // 'rgb(255, 255, 178)'
 */
export function cssColour(ramp: ColourRamp, value: number): string {
  const px = new Uint8ClampedArray(4);
  rampColour(ramp, value, px, 0);
  return `rgb(${px[0]}, ${px[1]}, ${px[2]})`;
}
