import type { SkippedItem } from './errors.js';
import { featureCollectionFeatures, featureId, isLonLat } from './geojson.js';
import { type OsmTags, parseOtherTags, walkabilityRejection } from './osm-tags.js';

/** One walkable way kept from the streets file. */
export interface StreetWay {
  /** OSM id (`osm_id`, `@id`, `id` property or feature id), suffixed `#k` for MultiLineString parts. */
  id: string;
  /** OSM `highway` value. */
  highway: string;
  /** Vertices as interleaved WGS84 [lon0, lat0, lon1, lat1, …] in degrees. */
  lonLatDeg: Float64Array;
}

/** Result of {@link parseStreets}. */
export interface ParsedStreets {
  ways: StreetWay[];
  /** Features dropped, with the reason (not walkable, bad geometry). */
  skipped: SkippedItem[];
}

const ID_PROPERTIES = ['osm_id', '@id', 'id'] as const;

/** Merge the direct properties and GDAL's `other_tags` into one tag map (direct wins). */
function tagsOf(properties: Record<string, unknown> | null): OsmTags {
  const tags = parseOtherTags(typeof properties?.other_tags === 'string' ? properties.other_tags : null);
  if (properties) {
    for (const [k, v] of Object.entries(properties)) {
      if (k !== 'other_tags' && typeof v === 'string') tags[k] = v;
    }
  }
  return tags;
}

function toLonLat(coords: unknown): Float64Array | null {
  if (!Array.isArray(coords) || coords.length < 2) return null;
  const out = new Float64Array(coords.length * 2);
  for (let i = 0; i < coords.length; i++) {
    const c = coords[i];
    if (!isLonLat(c)) return null;
    out[2 * i] = c[0];
    out[2 * i + 1] = c[1];
  }
  return out;
}

/**
 * Read walkable street ways from a GeoJSON FeatureCollection of LineStrings /
 * MultiLineStrings with OSM tags, either as properties (`highway`, `foot`, …) or in GDAL's
 * `other_tags` HSTORE string. Ways are kept or dropped by the table
 * {@link HIGHWAY_WALKABILITY}; every dropped feature is listed in `skipped` with its reason.
 *
 * @param value - parsed JSON of the streets file (WGS84 lon/lat, RFC 7946)
 * @param file - file name for messages
 * @throws FootfallInputError when `value` is not a FeatureCollection
 */
export function parseStreets(value: unknown, file: string): ParsedStreets {
  const features = featureCollectionFeatures(value, file);
  const ways: StreetWay[] = [];
  const skipped: SkippedItem[] = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    const id = featureId(f, ID_PROPERTIES) ?? `feature-${i}`;
    const tags = tagsOf(f.properties);
    const rejection = walkabilityRejection(tags);
    if (rejection !== null) {
      skipped.push({ file, line: i, id, reason: rejection });
      continue;
    }
    const g = f.geometry;
    const parts: unknown[] =
      g?.type === 'LineString'
        ? [g.coordinates]
        : g?.type === 'MultiLineString' && Array.isArray(g.coordinates)
          ? g.coordinates
          : [];
    if (parts.length === 0) {
      skipped.push({ file, line: i, id, reason: `geometry ${g?.type ?? 'null'} is not a line` });
      continue;
    }
    for (let k = 0; k < parts.length; k++) {
      const lonLatDeg = toLonLat(parts[k]);
      const partId = parts.length > 1 ? `${id}#${k}` : id;
      if (lonLatDeg === null) {
        skipped.push({
          file,
          line: i,
          id: partId,
          reason: 'line with fewer than 2 valid lon/lat vertices',
        });
        continue;
      }
      ways.push({ id: partId, highway: tags.highway, lonLatDeg });
    }
  }
  return { ways, skipped };
}
