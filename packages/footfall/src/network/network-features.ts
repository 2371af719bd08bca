import type { StreetGraph } from '../graph/street-graph.js';
import {
  createShortestPathWorkspace,
  PATH_TIE_TOLERANCE_M,
  radiusShortestPaths,
  type ShortestPathWorkspace,
} from './radius-dijkstra.js';

/**
 * Default exponential distance-decay rate for walking [1/m]: β = ln 2 / 804.672 m, so that
 * half of the trips are shorter than 0.5 mile, the median walking-trip distance of the 2009
 * US National Household Travel Survey (Yang Y., Diez-Roux A.V., "Walking distance by trip
 * purpose and population subgroups", Am. J. Prev. Med. 43(1):11–19, 2012,
 * doi:10.1016/j.amepre.2012.03.015). For an exponential trip-length distribution
 * P(d) ∝ e^(−βd) the median is ln 2 / β.
 */
export const DEFAULT_WALK_DECAY_PER_M = Math.LN2 / 804.672;

/** Default network radii for the centralities [m] (5, 10, 15 minutes at ≈ 1.33 m/s). */
export const DEFAULT_RADII_M: readonly number[] = [400, 800, 1200];

/** Options for {@link networkFeatures}. */
export interface NetworkFeatureOptions {
  /** Network radii [m], ascending; default {@link DEFAULT_RADII_M}. */
  radiiM?: readonly number[];
  /**
   * Attractor weight at each node (length nodeCount) [dimensionless, e.g. number of shops];
   * default none (no flow, no reach).
   */
  nodeAttraction?: Float64Array;
  /** Trip origin weight at each node (length nodeCount); default half the incident street length [m]. */
  nodeOrigin?: Float64Array;
  /** Distance-decay rate of the demand flow [1/m]; default {@link DEFAULT_WALK_DECAY_PER_M}. */
  decayPerM?: number;
  /** Radius of the demand flow [m]; default the largest of `radiiM`. */
  flowRadiusM?: number;
}

/**
 * Network features, flat typed arrays. Radius k of R is stored at `[k·edgeCount + e]`
 * for edge arrays and `[k·nodeCount + v]` for node arrays.
 */
export interface NetworkFeatures {
  radiiM: number[];
  /** Edge betweenness per radius: shortest paths (unordered node pairs) through the edge [paths]. */
  edgeBetweenness: Float64Array;
  /** Harmonic closeness of nodes per radius: Σ 1/d over nodes within the radius [1/m]. */
  nodeCloseness: Float64Array;
  /** Attractor weight reachable within each radius, the node's own included [weight]. */
  nodeReach: Float64Array;
  /** Demand-weighted gravity flow through each edge [origin weight units, e.g. m of street]. */
  edgeFlow: Float64Array;
}

/** Allocate zeroed {@link NetworkFeatures} for a graph. */
export function createNetworkFeatures(graph: StreetGraph, radiiM: readonly number[]): NetworkFeatures {
  const k = radiiM.length;
  return {
    radiiM: [...radiiM],
    edgeBetweenness: new Float64Array(k * graph.edgeCount),
    nodeCloseness: new Float64Array(k * graph.nodeCount),
    nodeReach: new Float64Array(k * graph.nodeCount),
    edgeFlow: new Float64Array(graph.edgeCount),
  };
}

/**
 * Origin weight of each node: half the total length of its incident edges [m], so that
 * trip origins are spread uniformly along the streets (Σ weights = network length).
 */
export function streetLengthOrigins(graph: StreetGraph): Float64Array {
  const w = new Float64Array(graph.nodeCount);
  for (let e = 0; e < graph.edgeCount; e++) {
    w[graph.edgeFrom[e]] += graph.edgeLengthM[e] / 2;
    w[graph.edgeTo[e]] += graph.edgeLengthM[e] / 2;
  }
  return w;
}

/**
 * Brandes' dependency accumulation for edge betweenness at several radii, from the shortest
 * path tree in `ws` (source s). With radius r, only pairs (s, t) with d(s,t) ≤ r count
 * (Sevtsuk & Mekonnen 2012):
 *
 *   δ_r(v) = Σ_{w : v ∈ P(w)} σ(v)/σ(w) · ([d(w) ≤ r] + δ_r(w)),   C_B,r(e=(v,w)) += σ(v)/σ(w) · ([d(w) ≤ r] + δ_r(w))
 *
 * Each unordered pair is reached from both ends, so every contribution is halved here.
 *
 * @param delta - scratch, length radii·nodeCount
 * @param out - edge betweenness accumulated in place (radius-major)
 * @see Brandes U., "On variants of shortest-path betweenness centrality and their generic
 *   computation", Social Networks 30(2):136–145, 2008 (edge betweenness, §3.1).
 *   Sevtsuk A., Mekonnen M., "Urban network analysis: a new toolbox for ArcGIS", Revue
 *   internationale de géomatique 22(2):287–305, 2012, doi:10.3166/rig.22.287-305.
 */
export function accumulateBrandesEdgeBetweenness(
  graph: StreetGraph,
  ws: ShortestPathWorkspace,
  radiiM: readonly number[],
  delta: Float64Array,
  out: Float64Array,
): void {
  const { arcOffsets, arcTarget, arcLengthM, arcEdge, nodeCount, edgeCount } = graph;
  const { distM, sigma, order, stamp, currentStamp } = ws;
  const nk = radiiM.length;
  const n = ws.settledCount;
  for (let i = 0; i < n; i++) for (let k = 0; k < nk; k++) delta[k * nodeCount + order[i]] = 0;
  for (let i = n - 1; i > 0; i--) {
    const w = order[i];
    const dw = distM[w];
    for (let a = arcOffsets[w]; a < arcOffsets[w + 1]; a++) {
      const v = arcTarget[a];
      if (stamp[v] !== currentStamp) continue;
      const dv = distM[v];
      if (dv >= dw || Math.abs(dv + arcLengthM[a] - dw) > PATH_TIE_TOLERANCE_M) continue;
      const ratio = sigma[v] / sigma[w];
      const e = arcEdge[a];
      for (let k = 0; k < nk; k++) {
        const c = ratio * ((dw <= radiiM[k] ? 1 : 0) + delta[k * nodeCount + w]);
        delta[k * nodeCount + v] += c;
        out[k * edgeCount + e] += 0.5 * c;
      }
    }
  }
}

/**
 * Harmonic closeness of the source at several radii, from the tree in `ws`:
 *
 *   C_H,r(s) = Σ_{t ≠ s, d(s,t) ≤ r} 1 / d(s,t)   [1/m]
 *
 * @see Marchiori M., Latora V., "Harmony in the small-world", Physica A 285(3–4):539–546,
 *   2000, doi:10.1016/S0378-4371(00)00311-3; Boldi P., Vigna S., "Axioms for centrality",
 *   Internet Mathematics 10(3–4):222–262, 2014.
 */
export function accumulateHarmonicCloseness(
  graph: StreetGraph,
  ws: ShortestPathWorkspace,
  source: number,
  radiiM: readonly number[],
  out: Float64Array,
): void {
  const { distM, order } = ws;
  for (let i = 1; i < ws.settledCount; i++) {
    const d = distM[order[i]];
    if (d <= 0) continue;
    for (let k = 0; k < radiiM.length; k++) {
      if (d <= radiiM[k]) out[k * graph.nodeCount + source] += 1 / d;
    }
  }
}

/**
 * Attractor reach of the source at several radii (Sevtsuk & Mekonnen 2012, "Reach"):
 *
 *   Reach_r(s) = Σ_{t : d(s,t) ≤ r} A(t)   (the source's own attractors included)
 *
 * @param attraction - attractor weight per node
 */
export function accumulateAttractorReach(
  graph: StreetGraph,
  ws: ShortestPathWorkspace,
  source: number,
  radiiM: readonly number[],
  attraction: Float64Array,
  out: Float64Array,
): void {
  const { distM, order } = ws;
  for (let i = 0; i < ws.settledCount; i++) {
    const t = order[i];
    const a = attraction[t];
    if (a === 0) continue;
    for (let k = 0; k < radiiM.length; k++) {
      if (distM[t] <= radiiM[k]) out[k * graph.nodeCount + source] += a;
    }
  }
}

/**
 * Demand-weighted flow from one origin (a production-constrained gravity model assigned to
 * shortest paths): the origin's O(s) trips are shared among destinations t within the flow
 * radius R in proportion to A(t)·e^(−β d(s,t)), then spread over the shortest paths to t as
 * in Brandes' accumulation:
 *
 *   T(s,t) = O(s) · A(t) e^(−β d(s,t)) / Σ_{u : d(s,u) ≤ R} A(u) e^(−β d(s,u))
 *   F(e=(v,w)) += σ(v)/σ(w) · (T(s,w) + δ(w)),   δ(v) = Σ_w σ(v)/σ(w) · (T(s,w) + δ(w))
 *
 * Trips to attractors at the origin node itself take their share but cross no edge.
 *
 * @param origin - O(s) [origin weight, e.g. m of street]
 * @param attraction - A per node [dimensionless]
 * @param decayPerM - β [1/m]
 * @param radiusM - R [m], ≤ the cutoff used for `ws`
 * @param delta - scratch, length nodeCount
 * @param out - edge flow accumulated in place
 * @see Wilson A.G., "A family of spatial interaction models, and associated developments",
 *   Environment and Planning A 3(1):1–32, 1971 (production-constrained model);
 *   Sevtsuk A., "Path and place: a study of urban geography and retail", PhD thesis, MIT,
 *   2010 (gravity-weighted betweenness of pedestrian trips).
 */
export function accumulateGravityFlow(
  graph: StreetGraph,
  ws: ShortestPathWorkspace,
  origin: number,
  attraction: Float64Array,
  decayPerM: number,
  radiusM: number,
  delta: Float64Array,
  out: Float64Array,
): void {
  const { arcOffsets, arcTarget, arcLengthM, arcEdge } = graph;
  const { distM, sigma, order, stamp, currentStamp } = ws;
  const n = ws.settledCount;
  let z = 0;
  for (let i = 0; i < n; i++) {
    const t = order[i];
    delta[t] = 0;
    if (distM[t] <= radiusM && attraction[t] > 0) z += attraction[t] * Math.exp(-decayPerM * distM[t]);
  }
  if (z === 0 || origin === 0) return;
  const scale = origin / z;
  for (let i = n - 1; i > 0; i--) {
    const w = order[i];
    const dw = distM[w];
    const own = dw <= radiusM ? scale * attraction[w] * Math.exp(-decayPerM * dw) : 0;
    const carried = own + delta[w];
    if (carried === 0) continue;
    for (let a = arcOffsets[w]; a < arcOffsets[w + 1]; a++) {
      const v = arcTarget[a];
      if (stamp[v] !== currentStamp) continue;
      const dv = distM[v];
      if (dv >= dw || Math.abs(dv + arcLengthM[a] - dw) > PATH_TIE_TOLERANCE_M) continue;
      const c = (sigma[v] / sigma[w]) * carried;
      delta[v] += c;
      out[arcEdge[a]] += c;
    }
  }
}

/**
 * A function adding the contribution of one source (its radius-limited shortest-path tree)
 * to every feature of `out`, with the buffers allocated once. Each source's contribution
 * depends only on its own tree, so features are sums over sources.
 *
 * @param graph - street graph
 * @param out - from {@link createNetworkFeatures}; its `radiiM` are used
 * @returns `(source) => void`, accumulating into `out`
 */
export function createSourceAccumulator(
  graph: StreetGraph,
  options: NetworkFeatureOptions,
  out: NetworkFeatures,
): (source: number) => void {
  const radii = out.radiiM;
  for (let k = 1; k < radii.length; k++) {
    if (!(radii[k] > radii[k - 1])) throw new RangeError('radiiM must be strictly ascending');
  }
  const attraction = options.nodeAttraction;
  const origins = options.nodeOrigin ?? streetLengthOrigins(graph);
  const decay = options.decayPerM ?? DEFAULT_WALK_DECAY_PER_M;
  const flowRadius = options.flowRadiusM ?? radii[radii.length - 1];
  const cutoff = featureCutoffM(radii, options);
  const ws = createShortestPathWorkspace(graph.nodeCount);
  const delta = new Float64Array(radii.length * graph.nodeCount);
  return (s) => {
    radiusShortestPaths(graph, s, cutoff, ws);
    accumulateBrandesEdgeBetweenness(graph, ws, radii, delta, out.edgeBetweenness);
    accumulateHarmonicCloseness(graph, ws, s, radii, out.nodeCloseness);
    if (attraction) {
      accumulateAttractorReach(graph, ws, s, radii, attraction, out.nodeReach);
      accumulateGravityFlow(graph, ws, origins[s], attraction, decay, flowRadius, delta, out.edgeFlow);
    }
  };
}

/**
 * Network radius of each source's shortest-path tree [m]: the largest centrality radius, or
 * the flow radius when attractors are given and it is larger.
 */
export function featureCutoffM(radiiM: readonly number[], options: NetworkFeatureOptions): number {
  const largest = radiiM[radiiM.length - 1];
  return options.nodeAttraction ? Math.max(largest, options.flowRadiusM ?? largest) : largest;
}

/**
 * All network features for the sources `sourceStart … sourceEnd-1`, accumulated into `out`
 * (so that source ranges can run in separate workers and their outputs be summed).
 * One radius-limited shortest-path tree per source at the largest radius serves every
 * radius and every feature.
 *
 * @param graph - street graph
 * @param out - from {@link createNetworkFeatures}, accumulated in place
 */
export function accumulateNetworkFeatures(
  graph: StreetGraph,
  options: NetworkFeatureOptions,
  sourceStart: number,
  sourceEnd: number,
  out: NetworkFeatures,
): void {
  const addSource = createSourceAccumulator(graph, options, out);
  for (let s = sourceStart; s < sourceEnd; s++) addSource(s);
}

/**
 * All network features for every source: radius-limited edge betweenness (Brandes 2001 with
 * the metric cutoff of Sevtsuk & Mekonnen 2012), harmonic closeness, attractor reach and
 * demand-weighted gravity flow. See {@link accumulateNetworkFeatures}.
 *
 * @example networkFeatures(graph, { radiiM: [400, 800, 1200], nodeAttraction }).edgeBetweenness
 */
export function networkFeatures(graph: StreetGraph, options: NetworkFeatureOptions = {}): NetworkFeatures {
  const out = createNetworkFeatures(graph, options.radiiM ?? DEFAULT_RADII_M);
  accumulateNetworkFeatures(graph, options, 0, graph.nodeCount, out);
  return out;
}

/** Per-edge value of a node measure: the mean of the edge's two end nodes. */
export function nodeToEdgeMean(graph: StreetGraph, nodeValues: Float64Array, radiusIndex: number): Float64Array {
  const out = new Float64Array(graph.edgeCount);
  const base = radiusIndex * graph.nodeCount;
  for (let e = 0; e < graph.edgeCount; e++) {
    out[e] = 0.5 * (nodeValues[base + graph.edgeFrom[e]] + nodeValues[base + graph.edgeTo[e]]);
  }
  return out;
}
