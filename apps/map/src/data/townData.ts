import type { FeatureCollection } from 'geojson';
import type { FootfallLayers, RoofPlanes, TerrainLayers } from '../worker/protocol.js';
import type { Footprints } from './footprints.js';

/** Everything the map shows of one town: computed rasters and vector layers (WGS 84). */
export interface TownData {
  terrain: TerrainLayers;
  buildings: Footprints;
  streets: FeatureCollection | null;
  counters: FeatureCollection | null;
  shops: FeatureCollection | null;
  candidates: FeatureCollection | null;
  /** Footfall of the streets and scored premises, once computed (null without streets and counts). */
  footfall: FootfallLayers | null;
}

/**
 * The id a building is shown and selected by: its feature `id`, else its `id` property, else
 * its 1-based position in the file.
 * @example buildingLabel({ type: 'Feature', id: 'B01', properties: {}, geometry }, 0) // 'B01'
 */
export function buildingLabel(
  feature: { id?: string | number; properties: Record<string, unknown> | null },
  index: number,
): string {
  if (feature.id !== undefined) return String(feature.id);
  const id = feature.properties?.id;
  if (typeof id === 'string' || typeof id === 'number') return String(id);
  return String(index + 1);
}

/**
 * The footprints as the map draws them: geometry only, with the feature's position as numeric
 * id (MapLibre feature ids must be numbers); properties stay in {@link TownData} and are shown
 * by the panel as text.
 * @example buildingMapFeatures(fc).features[3].id // 3
 */
export function buildingMapFeatures(buildings: Footprints): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: buildings.features.map((f, i) => ({
      type: 'Feature',
      id: i,
      properties: {},
      geometry: f.geometry,
    })),
  };
}

/**
 * The roof planes as the map draws them: one feature per plane (id = plane index), its
 * polygons as a MultiPolygon, its suitability class index as the only property.
 * @example roofPlaneFeatures(town.terrain.roofs).features[0].properties // { classIndex: 3 }
 */
export function roofPlaneFeatures(roofs: RoofPlanes): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: roofs.outlinesLonLat.map((polygons, k) => ({
      type: 'Feature',
      id: k,
      properties: { classIndex: roofs.classIndex[k] },
      geometry: {
        type: 'MultiPolygon',
        coordinates: polygons.map((rings) =>
          rings.map((ring) => Array.from({ length: ring.length / 2 }, (_, i) => [ring[2 * i], ring[2 * i + 1]])),
        ),
      },
    })),
  };
}
