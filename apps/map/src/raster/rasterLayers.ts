import type { StringKey } from '../i18n/strings.js';
import type { ColourRamp } from './colourRamp.js';

/** A raster layer of the map. */
export type RasterLayerId = 'hillshade' | 'slope' | 'irradiation';

/**
 * A raster layer of the map: values on the Web Mercator grid coloured through a ramp, with a
 * legend in the layer's unit: relief, slope [°], annual irradiation [kWh/m²/yr].
 */
export interface RasterLayerSpec {
  id: RasterLayerId;
  ramp: ColourRamp;
  /** Unit symbol of the values (a string key: the symbol may differ by language), null when unitless. */
  unit: StringKey | null;
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
  unit: null,
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
  unit: 'unit.degree',
  legendTicks: [0, 15, 30, 45, 60],
  legendNote: null,
  opacity: 0.8,
};

/**
 * Annual irradiation on each cell's plane [kWh/m²/yr]: matplotlib's viridis, perceptually
 * uniform and readable with colour-vision deficiencies, dark blue-violet (low) to yellow (high);
 * its entries 0, 64, 128, 192 and 255 as stops (van der Walt & Smith, "A better default colormap
 * for Matplotlib", SciPy 2015; `_viridis_data` in matplotlib/_cm_listed.py), stretched over
 * 0–2400 kWh/m²/yr: from shaded yards to open clear-sky roofs at 44° N (2012 kWh/m²/yr on open
 * 5–20° roofs at Montpellier, 43.6° N, ESRA with Linke 3: packages/cli/SOLAR.md; about 2530 on
 * a 30° south-facing plane near Albi: worker/terrainLayers.test.ts).
 */
export const IRRADIATION_LAYER: RasterLayerSpec = {
  id: 'irradiation',
  ramp: {
    stops: [
      { value: 0, rgb: [68, 1, 84] },
      { value: 600, rgb: [59, 82, 139] },
      { value: 1200, rgb: [33, 145, 140] },
      { value: 1800, rgb: [94, 201, 98] },
      { value: 2400, rgb: [253, 231, 37] },
    ],
  },
  unit: 'unit.irradiation',
  legendTicks: [0, 1200, 2400],
  legendNote: 'legend.irradiation',
  opacity: 0.85,
};

/** Raster layers, bottom to top. */
export const RASTER_LAYERS: readonly RasterLayerSpec[] = [HILLSHADE_LAYER, SLOPE_LAYER, IRRADIATION_LAYER];
