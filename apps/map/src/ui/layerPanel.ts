import { type Locale, type StringKey, translate } from '../i18n/strings.js';
import { roofClassSwatches, VECTOR_LEGENDS } from '../map/vectorStyles.js';
import { RASTER_LAYERS } from '../raster/rasterLayers.js';
import { type AppState, LAYER_IDS, type LayerId } from '../state/appState.js';
import type { Store } from '../state/store.js';
import type { RoofClasses } from '../worker/protocol.js';
import { element } from './dom.js';
import { rasterLegend, swatchLegend } from './legend.js';

function legendOf(id: LayerId, locale: Locale, classes: RoofClasses): HTMLElement {
  const raster = RASTER_LAYERS.find((spec) => spec.id === id);
  if (raster) return rasterLegend(raster, locale);
  if (id === 'roofs') return swatchLegend(roofClassSwatches(classes, locale), locale);
  return swatchLegend(VECTOR_LEGENDS[id as keyof typeof VECTOR_LEGENDS], locale);
}

function render(container: HTMLElement, state: AppState, store: Store, classes: RoofClasses): void {
  const items = [...LAYER_IDS].reverse().map((id) => {
    const inputId = `layer-toggle-${id}`;
    const input = element('input', { attributes: { type: 'checkbox', id: inputId } });
    input.checked = state.layers[id];
    input.addEventListener('change', () =>
      store.dispatch({ type: 'setLayerVisible', layer: id, visible: input.checked }),
    );
    const label = element('label', {
      text: translate(state.locale, `layer.${id}` as StringKey),
      attributes: { for: inputId },
    });
    return element('li', { className: 'layer-item' }, [
      element('div', { className: 'layer-toggle' }, [input, label]),
      legendOf(id, state.locale, classes),
    ]);
  });
  container.setAttribute('aria-label', translate(state.locale, 'layersTitle'));
  container.replaceChildren(
    element('h2', { text: translate(state.locale, 'layersTitle') }),
    element('ul', { className: 'layer-list' }, items),
  );
}

/**
 * The layer list: a checkbox (keyboard reachable, labelled) and a legend per layer, in map
 * order top first; the roof planes' legend lists the shown town's classes. Rebuilt when the
 * language changes and on `refresh()` (a new town), checkboxes kept in step with the state.
 * @param container element to fill
 * @param store app state
 * @param roofClasses the classes of the town shown (`RoofPlanes.classes`)
 * @returns `refresh()`, to call when the town changes
 * @example const layers = mountLayerPanel(document.querySelector('#layers'), store, () => town.terrain.roofs.classes);
 */
export function mountLayerPanel(
  container: HTMLElement,
  store: Store,
  roofClasses: () => RoofClasses,
): { refresh(): void } {
  const rebuild = () => {
    const focusedId = document.activeElement?.id;
    render(container, store.getState(), store, roofClasses());
    if (focusedId) document.getElementById(focusedId)?.focus();
  };
  rebuild();
  store.subscribe((next, previous) => {
    if (next.locale !== previous.locale) {
      rebuild();
      return;
    }
    for (const id of LAYER_IDS) {
      const input = container.querySelector<HTMLInputElement>(`#layer-toggle-${id}`);
      if (input) input.checked = next.layers[id];
    }
  });
  return { refresh: rebuild };
}
