import type { StreetGraph } from '../graph/street-graph.js';
import {
  createNetworkFeatures,
  createSourceAccumulator,
  DEFAULT_RADII_M,
  featureCutoffM,
  type NetworkFeatureOptions,
  type NetworkFeatures,
  streetLengthOrigins,
} from './network-features.js';
import {
  createShortestPathWorkspace,
  PATH_TIE_TOLERANCE_M,
  radiusShortestPaths,
  type ShortestPathWorkspace,
} from './radius-dijkstra.js';

/**
 * Network features of a graph with the options that produced them, so that they can be
 * updated after a change of one street. `graph.arcLengthM` holds the walking impedance of
 * each arc [m]: the geometric length times the street's impedance factor.
 */
export interface NetworkFeatureState {
  graph: StreetGraph;
  /** Options with `radiiM` and `nodeOrigin` made explicit (origins stay fixed across changes). */
  options: NetworkFeatureOptions & { radiiM: readonly number[]; nodeOrigin: Float64Array };
  features: NetworkFeatures;
}

/**
 * A change of one street segment. The walking impedance of the segment becomes
 * `edgeLengthM[edge] × impedanceFactor`:
 * - closing the street: `Infinity` (no path uses it);
 * - pedestrianising it: a factor below 1, the street being perceived as shorter (more
 *   pleasant) than its length — e.g. the route-choice coefficients of pedestrian streets
 *   in path-size logit models of walking (Broach & Dill 2015);
 * - reopening or undoing: 1.
 */
export interface EdgeChange {
  edge: number;
  impedanceFactor: number;
}

/** Result of {@link rescoreAfterEdgeChange}. */
export interface EdgeChangeResult {
  /** The state after the change (new graph arc lengths and features; the input is unchanged). */
  state: NetworkFeatureState;
  /** Sources whose shortest-path tree was recomputed. */
  recomputedSources: number;
}

/**
 * Compute the network features of a graph and keep what {@link rescoreAfterEdgeChange}
 * needs to update them.
 *
 * @example const state = networkFeatureState(graph, { radiiM: [400, 800, 1200], nodeAttraction });
 */
export function networkFeatureState(graph: StreetGraph, options: NetworkFeatureOptions = {}): NetworkFeatureState {
  const full = {
    ...options,
    radiiM: [...(options.radiiM ?? DEFAULT_RADII_M)],
    nodeOrigin: options.nodeOrigin ?? streetLengthOrigins(graph),
  };
  const features = createNetworkFeatures(graph, full.radiiM);
  const addSource = createSourceAccumulator(graph, full, features);
  for (let s = 0; s < graph.nodeCount; s++) addSource(s);
  return { graph, options: full, features };
}

/**
 * Mark sources s for which the arc u→v (impedance `lengthM`) lies on a shortest path of the
 * tree of s within the cutoff: d(s,u) + ℓ = d(s,v) ≤ cutoff, with d(s,·) = d(·,s) read from
 * the trees of u and v (the graph is undirected). A tie tolerance 10 × the one of the trees
 * keeps the test conservative: marking too many sources costs time, never accuracy.
 */
function markTightSources(
  graph: StreetGraph,
  u: number,
  v: number,
  lengthM: number,
  cutoffM: number,
  fromU: ShortestPathWorkspace,
  fromV: ShortestPathWorkspace,
  marked: Uint8Array,
): void {
  if (!Number.isFinite(lengthM)) return;
  radiusShortestPaths(graph, u, cutoffM, fromU);
  radiusShortestPaths(graph, v, cutoffM, fromV);
  const tol = 10 * PATH_TIE_TOLERANCE_M;
  for (let i = 0; i < fromV.settledCount; i++) {
    const s = fromV.order[i];
    if (fromU.stamp[s] !== fromU.currentStamp) continue;
    const du = fromU.distM[s];
    const dv = fromV.distM[s];
    if (Math.abs(du + lengthM - dv) <= tol || Math.abs(dv + lengthM - du) <= tol) marked[s] = 1;
  }
}

/** A copy of the graph sharing every array except `arcLengthM`, where edge `e` is set to `impedanceM`. */
function withEdgeImpedance(graph: StreetGraph, e: number, impedanceM: number): StreetGraph {
  const arcLengthM = graph.arcLengthM.slice();
  for (const v of [graph.edgeFrom[e], graph.edgeTo[e]]) {
    for (let a = graph.arcOffsets[v]; a < graph.arcOffsets[v + 1]; a++) {
      if (graph.arcEdge[a] === e) arcLengthM[a] = impedanceM;
    }
  }
  return { ...graph, arcLengthM };
}

/**
 * Update the network features after one street segment is closed, pedestrianised or
 * reopened, recomputing only the sources whose radius-limited shortest-path tree can change.
 *
 * Every feature is a sum over sources of a term that depends only on the source's tree
 * (`createSourceAccumulator`). The tree of s changes only if the segment u–v is on a
 * shortest path from s within the cutoff before or after the change, i.e.
 * d(s,u) + ℓ(u,v) = d(s,v) ≤ cutoff (or u and v swapped) in the old or the new graph: if it
 * is on none, the distances and path counts σ from s are those of the graph without the
 * segment, in both. Those sources are found from four trees (u and v, old and new graph);
 * their old terms are subtracted and their new terms added:
 *
 *   F′ = F − Σ_{s ∈ S} f_s(G) + Σ_{s ∈ S} f_s(G′)
 *
 * which equals a full recomputation on G′ up to floating-point rounding. Origins O(s) stay
 * those of the state (the street still generates the same trips).
 *
 * @param state - from {@link networkFeatureState} or a previous call
 * @param change - the segment and its new impedance factor (`Infinity` closes it)
 * @returns the new state and the number of sources recomputed
 * @throws RangeError for an edge index out of range or a factor that is not > 0
 * @example
 * const closed = rescoreAfterEdgeChange(state, { edge: 42, impedanceFactor: Infinity });
 * closed.state.features.edgeBetweenness;
 */
export function rescoreAfterEdgeChange(state: NetworkFeatureState, change: EdgeChange): EdgeChangeResult {
  const { graph, options, features } = state;
  const e = change.edge;
  if (!Number.isInteger(e) || e < 0 || e >= graph.edgeCount) {
    throw new RangeError(`edge ${e} is not in the graph (0…${graph.edgeCount - 1})`);
  }
  if (!(change.impedanceFactor > 0)) {
    throw new RangeError(`impedanceFactor must be > 0 (Infinity closes the street), got ${change.impedanceFactor}`);
  }
  const u = graph.edgeFrom[e];
  const v = graph.edgeTo[e];
  let oldImpedanceM = Number.POSITIVE_INFINITY;
  for (let a = graph.arcOffsets[u]; a < graph.arcOffsets[u + 1]; a++) {
    if (graph.arcEdge[a] === e) oldImpedanceM = Math.min(oldImpedanceM, graph.arcLengthM[a]);
  }
  const newImpedanceM = graph.edgeLengthM[e] * change.impedanceFactor;
  const next = withEdgeImpedance(graph, e, newImpedanceM);
  const cutoff = featureCutoffM(options.radiiM, options);

  const marked = new Uint8Array(graph.nodeCount);
  const fromU = createShortestPathWorkspace(graph.nodeCount);
  const fromV = createShortestPathWorkspace(graph.nodeCount);
  markTightSources(graph, u, v, oldImpedanceM, cutoff, fromU, fromV, marked);
  markTightSources(next, u, v, newImpedanceM, cutoff, fromU, fromV, marked);
  const sources: number[] = [];
  for (let s = 0; s < graph.nodeCount; s++) if (marked[s]) sources.push(s);

  const removed = createNetworkFeatures(graph, options.radiiM);
  const added = createNetworkFeatures(graph, options.radiiM);
  const subtractOld = createSourceAccumulator(graph, options, removed);
  const addNew = createSourceAccumulator(next, options, added);
  for (const s of sources) {
    subtractOld(s);
    addNew(s);
  }
  const combine = (f: Float64Array, minus: Float64Array, plus: Float64Array) => {
    const out = f.slice();
    for (let i = 0; i < out.length; i++) out[i] += plus[i] - minus[i];
    return out;
  };
  return {
    state: {
      graph: next,
      options,
      features: {
        radiiM: [...features.radiiM],
        edgeBetweenness: combine(features.edgeBetweenness, removed.edgeBetweenness, added.edgeBetweenness),
        nodeCloseness: combine(features.nodeCloseness, removed.nodeCloseness, added.nodeCloseness),
        nodeReach: combine(features.nodeReach, removed.nodeReach, added.nodeReach),
        edgeFlow: combine(features.edgeFlow, removed.edgeFlow, added.edgeFlow),
      },
    },
    recomputedSources: sources.length,
  };
}
