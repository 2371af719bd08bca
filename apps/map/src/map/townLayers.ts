import type { GeoJSONSource, ImageSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { buildingMapFeatures, roofPlaneFeatures, type TownData } from '../data/townData.js';
import { colourise } from '../raster/colourRamp.js';
import { RASTER_LAYERS, type RasterLayerSpec } from '../raster/rasterLayers.js';
import type { LayerId } from '../state/appState.js';
import type { RoofClasses, TerrainLayers } from '../worker/protocol.js';
import {
  BUILDING_FILL,
  BUILDING_OUTLINE,
  CANDIDATE_COLOUR,
  COUNTER_COLOUR,
  FOOTFALL_STOPS,
  ROOF_NO_CLASS_COLOUR,
  roofClassColours,
  SELECTED_OUTLINE,
  SHOP_COLOUR,
  STREET_STYLES,
} from './vectorStyles.js';

/** MapLibre layers drawing each app layer. */
export const MAP_LAYERS: Readonly<Record<LayerId, readonly string[]>> = {
  hillshade: ['hillshade'],
  slope: ['slope'],
  irradiation: ['irradiation'],
  streets: ['streets'],
  footfall: ['footfall'],
  buildings: ['buildings-fill', 'buildings-outline'],
  roofs: ['roofs'],
  candidates: ['candidates'],
  shops: ['shops'],
  counters: ['counters'],
};

/** The layer the user clicks buildings on. */
export const BUILDING_CLICK_LAYER = 'buildings-fill';
/** The layer of footfall segments (clickable). */
export const FOOTFALL_LAYER = 'footfall';
/** The layer of candidate premises (clickable once scored). */
export const PREMISES_LAYER = 'candidates';

/** A MapLibre `interpolate` expression on `footfallDaily` giving one field of the segment style. */
function byFootfall(field: 'colour' | 'widthPx'): never {
  return [
    'interpolate',
    ['linear'],
    ['get', 'footfallDaily'],
    ...FOOTFALL_STOPS.flatMap((s) => [s.daily, s[field]]),
  ] as never;
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A MapLibre `match` expression on a roof plane's `classIndex` giving its fill (`roofClassColours`), grey for none. */
function byRoofClass(list: RoofClasses): never {
  const colours = roofClassColours(list.classes.length);
  if (colours.length === 0) return ROOF_NO_CLASS_COLOUR as never;
  return [
    'match',
    ['get', 'classIndex'],
    ...colours.flatMap((colour, i) => [i, colour]),
    ROOF_NO_CLASS_COLOUR,
  ] as never;
}

/**
 * A MapLibre `match` expression on a street's `highway` tag giving one field of its style.
 * Typed `never` because maplibre-gl does not export its expression type; the style is checked
 * by MapLibre when the layer is added.
 */
function byHighway(field: 'colour' | 'widthPx'): never {
  const { other, ...known } = STREET_STYLES;
  return [
    'match',
    ['get', 'highway'],
    ...Object.entries(known).flatMap(([highway, s]) => [highway, s[field]]),
    other[field],
  ] as never;
}

function circle(id: string, colour: string, radiusPx: number): LayerSpecification {
  return {
    id,
    type: 'circle',
    source: id,
    paint: {
      'circle-color': colour,
      'circle-radius': radiusPx,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  };
}

/** Image of a raster layer: values coloured through its ramp. */
function rasterImage(spec: RasterLayerSpec, terrain: TerrainLayers): ImageData {
  const image = new ImageData(terrain.width, terrain.height);
  colourise(terrain.values[spec.id], spec.ramp, image.data);
  return image;
}

function corners(terrain: TerrainLayers): [[number, number], [number, number], [number, number], [number, number]] {
  const { west, north, east, south } = terrain.bounds;
  return [
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ];
}

/**
 * Add the town's sources and layers to a loaded map (once), empty until {@link showTown}.
 * Order bottom to top: relief, slope, annual irradiation, streets, footfall, buildings, roof planes, premises, shops, counters.
 * @example map.on('load', () => addTownLayers(map));
 */
export function addTownLayers(map: MapLibreMap, terrain: TerrainLayers): void {
  for (const spec of RASTER_LAYERS) {
    map.addSource(spec.id, { type: 'image', coordinates: corners(terrain) });
    map.addLayer({
      id: spec.id,
      type: 'raster',
      source: spec.id,
      paint: { 'raster-opacity': spec.opacity, 'raster-fade-duration': 0 },
    });
  }
  for (const id of ['streets', 'footfall', 'buildings', 'roofs', 'candidates', 'shops', 'counters']) {
    map.addSource(id, { type: 'geojson', data: EMPTY });
  }
  map.addLayer({
    id: 'streets',
    type: 'line',
    source: 'streets',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': byHighway('colour'),
      'line-width': byHighway('widthPx'),
      'line-opacity': 0.85,
    },
  });
  map.addLayer({
    id: FOOTFALL_LAYER,
    type: 'line',
    source: 'footfall',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': byFootfall('colour'), 'line-width': byFootfall('widthPx') },
  });
  map.addLayer({
    id: 'buildings-fill',
    type: 'fill',
    source: 'buildings',
    paint: { 'fill-color': BUILDING_FILL, 'fill-opacity': 0.55 },
  });
  map.addLayer({
    id: 'buildings-outline',
    type: 'line',
    source: 'buildings',
    paint: {
      'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], SELECTED_OUTLINE, BUILDING_OUTLINE],
      'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 1.2],
    },
  });
  map.addLayer({
    id: 'roofs',
    type: 'fill',
    source: 'roofs',
    paint: {
      'fill-color': byRoofClass(terrain.roofs.classes),
      'fill-opacity': 0.85,
      'fill-outline-color': '#3d3d3d',
    },
  });
  map.addLayer(circle('candidates', CANDIDATE_COLOUR, 6));
  map.addLayer(circle('shops', SHOP_COLOUR, 5));
  map.addLayer(circle('counters', COUNTER_COLOUR, 7));
}

/**
 * Put a town's data in the map's sources: raster images (coloured here from the warped values)
 * and GeoJSON; the roof planes' fill follows the town's classes.
 * @example showTown(map, town);
 */
export function showTown(map: MapLibreMap, town: TownData): void {
  for (const spec of RASTER_LAYERS) {
    (map.getSource(spec.id) as ImageSource).updateImage({
      image: rasterImage(spec, town.terrain),
      coordinates: corners(town.terrain),
    });
  }
  (map.getSource('buildings') as GeoJSONSource).setData(buildingMapFeatures(town.buildings));
  (map.getSource('roofs') as GeoJSONSource).setData(roofPlaneFeatures(town.terrain.roofs));
  map.setPaintProperty('roofs', 'fill-color', byRoofClass(town.terrain.roofs.classes));
  for (const id of ['streets', 'shops', 'counters'] as const) {
    (map.getSource(id) as GeoJSONSource).setData(town[id] ?? EMPTY);
  }
  showFootfall(map, town);
}

/**
 * Put a town's footfall in the map: the segments, and the scored premises in place of the
 * raw candidates (same points) once computed.
 * @example showFootfall(map, town);
 */
export function showFootfall(map: MapLibreMap, town: TownData): void {
  (map.getSource('footfall') as GeoJSONSource).setData(town.footfall?.segments ?? EMPTY);
  const premises = town.footfall?.premises;
  (map.getSource('candidates') as GeoJSONSource).setData(
    premises && premises.features.length > 0 ? premises : (town.candidates ?? EMPTY),
  );
}

/**
 * Show or hide the map layers of each app layer.
 * @example setLayerVisibility(map, state.layers);
 */
export function setLayerVisibility(map: MapLibreMap, layers: Readonly<Record<LayerId, boolean>>): void {
  for (const [id, mapLayers] of Object.entries(MAP_LAYERS) as [LayerId, readonly string[]][]) {
    for (const layer of mapLayers) {
      if (map.getLayer(layer)) {
        map.setLayoutProperty(layer, 'visibility', layers[id] ? 'visible' : 'none');
      }
    }
  }
}

/**
 * Outline one building (by its position in the footprints) as selected, or none.
 * @example setSelectedBuilding(map, previousIndex, 3);
 */
export function setSelectedBuilding(map: MapLibreMap, previous: number | null, next: number | null): void {
  if (previous !== null) map.setFeatureState({ source: 'buildings', id: previous }, { selected: false });
  if (next !== null) map.setFeatureState({ source: 'buildings', id: next }, { selected: true });
}
