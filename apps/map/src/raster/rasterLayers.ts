import type { StringKey } from '../i18n/strings.js';
import type { ColourRamp } from './colourRamp.js';

/** A raster layer of the map. */
export type RasterLayerId = 'hillshade' | 'slope';

/**
 * A raster layer of the map: values on the Web Mercator grid coloured through a ramp, with a
 * legend in the layer's unit. Relief and slope now; annual irradiation (kWh/m²/yr) takes the
 * same path with its own ramp and unit.
 */
export interface RasterLayerSpec {
  id: RasterLayerId;
  ramp: ColourRamp;
  /** Unit symbol of the values, '' when unitless. */
  unit: string;
  /** Values labelled on the legend [unit]; empty for a legend in words only. */
  legendTicks: readonly number[];
  /** Sentence under the legend, if any. */
  legendNote: StringKey | null;
  /** Layer opacity on the map [0–1]. */
  opacity: number;
}

/** Relief: gdaldem-style shade 1 (facing away) – 255 (facing the light) in greys. */
export const HILLSHADE_LAYER: RasterLayerSpec = {
  id: 'hillshade',
  ramp: {
    stops: [
      { value: 1, rgb: [40, 40, 40] },
      { value: 255, rgb: [250, 250, 250] },
    ],
  },
  unit: '',
  legendTicks: [],
  legendNote: 'legend.hillshade',
  opacity: 1,
};

/**
 * Slope [°]: ColorBrewer YlOrRd, 5 classes (Brewer, Hatchard & Harrower 2003, "ColorBrewer
 * in print", Cartography and Geographic Information Science 30(1):5–32), stretched over 0–60°.
 */
export const SLOPE_LAYER: RasterLayerSpec = {
  id: 'slope',
  ramp: {
    stops: [
      { value: 0, rgb: [255, 255, 178] },
      { value: 15, rgb: [254, 204, 92] },
      { value: 30, rgb: [253, 141, 60] },
      { value: 45, rgb: [240, 59, 32] },
      { value: 60, rgb: [189, 0, 38] },
    ],
  },
  unit: '°',
  legendTicks: [0, 15, 30, 45, 60],
  legendNote: null,
  opacity: 0.8,
};

/** Raster layers, bottom to top. */
export const RASTER_LAYERS: readonly RasterLayerSpec[] = [HILLSHADE_LAYER, SLOPE_LAYER];
