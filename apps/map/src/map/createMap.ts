import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

/**
 * The offline base style: a plain background and nothing fetched (no tiles, glyphs or
 * sprites); the town's layers are added on top once computed.
 */
const OFFLINE_STYLE = {
  version: 8 as const,
  sources: {},
  layers: [{ id: 'background', type: 'background' as const, paint: { 'background-color': '#eeeae2' } }],
};

/**
 * A MapLibre map in a container, working offline, with zoom buttons and a metric scale.
 * @param container the map element
 * @example const map = createMap(document.querySelector('#map'));
 */
export function createMap(container: HTMLElement): MapLibreMap {
  setWorkerUrl(workerUrl);
  const map = new MapLibreMap({
    container,
    style: OFFLINE_STYLE,
    center: [2.1437, 43.9273],
    zoom: 16,
    attributionControl: false,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
}
