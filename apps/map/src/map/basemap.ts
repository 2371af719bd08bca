import type { Map as MapLibreMap } from 'maplibre-gl';

const BASEMAP = 'basemap';

/**
 * Show an online XYZ raster basemap under every other layer (above the plain background), or
 * remove it: with null nothing is fetched.
 * @param map the map, its style loaded
 * @param url tile URL template (`{z}/{x}/{y}`), or null for none
 * @example setBasemap(map, 'https://tile.openstreetmap.org/{z}/{x}/{y}.png');
 */
export function setBasemap(map: MapLibreMap, url: string | null): void {
  if (map.getLayer(BASEMAP)) map.removeLayer(BASEMAP);
  if (map.getSource(BASEMAP)) map.removeSource(BASEMAP);
  if (url === null) return;
  map.addSource(BASEMAP, { type: 'raster', tiles: [url], tileSize: 256 });
  // Just above the background: the first layer after it, if any, goes over the basemap.
  const above = map.getStyle().layers[1]?.id;
  map.addLayer({ id: BASEMAP, type: 'raster', source: BASEMAP }, above);
}
