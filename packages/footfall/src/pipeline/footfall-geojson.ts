import { unprojectLat, unprojectLon } from '../geo/local-projection.js';
import { nodeToEdgeMean } from '../network/network-features.js';
import type { FootfallResult } from './run-footfall.js';

/** An RFC 7946 LineString feature of one street segment. */
export interface SegmentFeature {
  type: 'Feature';
  geometry: { type: 'LineString'; coordinates: [number, number][] };
  properties: Record<string, string | number | boolean>;
}

/** RFC 7946 FeatureCollection of the segments. */
export interface SegmentFeatureCollection {
  type: 'FeatureCollection';
  features: SegmentFeature[];
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/**
 * The segments of a run as GeoJSON (RFC 7946, WGS84 lon/lat with 7 decimals ≈ 1 cm), one
 * feature per segment with: `segment` (edge index), `wayId`, `highway`, `lengthM`,
 * `footfallDaily` (median estimate), `footfallLow`/`footfallHigh` (80 % interval)
 * [pedestrians/day], `extrapolated` (true when a predictor of the model lay outside the
 * counters' range and was clamped, the interval then widened — see `predictLogCount`) and
 * `clampedPredictors` (their names, comma-separated, empty inside the domain), `profileType` and `profileSite` (the nearest typed counter, empty when
 * none), and the raw network features: `betweenness<r>` [paths],
 * `closeness<r>` [1/m], `reach<r>` [attractors] per radius r [m], `density<r>` [attractors]
 * per density radius r [m], `flow`, and with the `angular` option `angularChoice<r>` [pairs].
 */
export function footfallGeoJson(result: FootfallResult): SegmentFeatureCollection {
  const g = result.network.graph;
  const f = result.features;
  const p = result.projection;
  const closeness = f.radiiM.map((_, k) => nodeToEdgeMean(g, f.nodeCloseness, k));
  const reach = f.radiiM.map((_, k) => nodeToEdgeMean(g, f.nodeReach, k));
  const withAttractors = result.featureNames.includes('ln1p_flow');
  const pCount = result.featureNames.length;
  const features: SegmentFeature[] = [];
  for (let e = 0; e < g.edgeCount; e++) {
    const coordinates: [number, number][] = [];
    for (let v = g.edgeVertexOffsets[e]; v < g.edgeVertexOffsets[e + 1]; v++) {
      coordinates.push([round(unprojectLon(p, g.edgeXYM[2 * v]), 7), round(unprojectLat(p, g.edgeXYM[2 * v + 1]), 7)]);
    }
    const clamped = result.featureNames.filter((_, j) => result.segmentClampedPredictors[e * pCount + j] === 1);
    const properties: Record<string, string | number | boolean> = {
      segment: e,
      wayId: result.network.wayIds[g.edgeWay[e]],
      highway: result.wayHighway[g.edgeWay[e]],
      lengthM: round(g.edgeLengthM[e], 2),
      footfallDaily: Math.round(result.footfallDaily[e]),
      footfallLow: Math.round(result.footfallLow[e]),
      footfallHigh: Math.round(result.footfallHigh[e]),
      extrapolated: clamped.length > 0,
      clampedPredictors: clamped.join(','),
      profileType: result.segmentProfileType[e] ?? '',
      profileSite:
        result.segmentProfileCounter[e] >= 0 ? result.calibration.counters[result.segmentProfileCounter[e]].siteId : '',
    };
    f.radiiM.forEach((r, k) => {
      properties[`betweenness${r}`] = round(f.edgeBetweenness[k * g.edgeCount + e], 3);
      properties[`closeness${r}`] = round(closeness[k][e], 6);
      if (withAttractors) properties[`reach${r}`] = round(reach[k][e], 3);
      if (result.edgeAngularChoice) {
        properties[`angularChoice${r}`] = round(result.edgeAngularChoice[k * g.edgeCount + e], 3);
      }
    });
    result.densityRadiiM.forEach((r, k) => {
      properties[`density${r}`] = round(result.edgeAttractorDensity[k * g.edgeCount + e], 3);
    });
    if (withAttractors) properties.flow = round(f.edgeFlow[e], 3);
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates }, properties });
  }
  return { type: 'FeatureCollection', features };
}
