import { formatQuantity } from '../format/quantity.js';
import { type Locale, translate } from '../i18n/strings.js';
import type { Swatch } from '../map/vectorStyles.js';
import { cssColour } from '../raster/colourRamp.js';
import type { RasterLayerSpec } from '../raster/rasterLayers.js';
import { element } from './dom.js';

/**
 * Legend of a raster layer: the ramp as a CSS gradient bar with its ticks, the layer unit
 * (on each tick for degrees, once under the bar otherwise), and its note.
 * @example rasterLegend(SLOPE_LAYER, 'fr') // bar 0°…60°
 */
export function rasterLegend(spec: RasterLayerSpec, locale: Locale): HTMLElement {
  const stops = spec.ramp.stops;
  const first = stops[0].value;
  const span = stops[stops.length - 1].value - first || 1;
  const gradient = stops
    .map((s) => `${cssColour(spec.ramp, s.value)} ${((100 * (s.value - first)) / span).toFixed(1)}%`)
    .join(', ');
  const bar = element('div', { className: 'ramp-bar', attributes: { 'aria-hidden': 'true' } });
  bar.style.background = `linear-gradient(to right, ${gradient})`;
  const unit = spec.unit ? translate(locale, spec.unit) : '';
  // Degrees stick to each number; a longer unit is written once under the bar, so the ticks fit.
  const tickUnit = unit === '°' ? unit : '';
  const ticks = element(
    'div',
    { className: 'ramp-ticks' },
    spec.legendTicks.map((v) => element('span', { text: formatQuantity(locale, v, tickUnit, 0) })),
  );
  const legend = element('div', { className: 'legend' }, [bar, ticks]);
  if (unit !== tickUnit) legend.append(element('p', { className: 'ramp-unit', text: unit }));
  if (spec.legendNote) legend.append(element('p', { text: translate(locale, spec.legendNote) }));
  return legend;
}

/**
 * Legend of a vector layer: one symbol per entry with its meaning (user text, such as a
 * configured class name, as text).
 * @example swatchLegend(VECTOR_LEGENDS.streets, 'en')
 */
export function swatchLegend(swatches: readonly Swatch[], locale: Locale): HTMLElement {
  return element(
    'ul',
    { className: 'legend swatches' },
    swatches.map((s) => {
      const symbol = element('span', {
        className: `swatch swatch-${s.shape}`,
        attributes: { 'aria-hidden': 'true' },
      });
      symbol.style.setProperty('--swatch-colour', s.colour);
      const text = typeof s.label === 'string' ? translate(locale, s.label) : s.label.text;
      return element('li', {}, [symbol, element('span', { text })]);
    }),
  );
}
