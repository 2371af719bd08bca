import type { StreetGraph } from '../graph/street-graph.js';
import { edgeChangeDelta } from './edge-change-delta.js';
import {
  createNetworkFeatures,
  createSourceAccumulator,
  DEFAULT_RADII_M,
  type NetworkFeatureOptions,
  type NetworkFeatures,
  streetLengthOrigins,
} from './network-features.js';

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
 * d(s,u) + ℓ(u,v) = d(s,v) ≤ cutoff (or u and v swapped), which is read for every s from two
 * trees, of u and of v. For those sources the new term minus the old one is computed
 * exactly from ONE tree of s in the graph without the segment (see `edgeChangeDelta`):
 *
 *   F′ = F + Σ_{s ∈ S} (f_s(G′) − f_s(G))
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
  let oldImpedanceM = Number.POSITIVE_INFINITY;
  for (let a = graph.arcOffsets[u]; a < graph.arcOffsets[u + 1]; a++) {
    if (graph.arcEdge[a] === e) oldImpedanceM = Math.min(oldImpedanceM, graph.arcLengthM[a]);
  }
  const newImpedanceM = graph.edgeLengthM[e] * change.impedanceFactor;
  const delta =
    oldImpedanceM === newImpedanceM
      ? null
      : edgeChangeDelta(
          withEdgeImpedance(graph, e, Number.POSITIVE_INFINITY),
          options,
          e,
          oldImpedanceM,
          newImpedanceM,
        );
  const plus = (f: Float64Array, d: Float64Array | undefined) => {
    const out = f.slice();
    if (d) for (let i = 0; i < out.length; i++) out[i] += d[i];
    return out;
  };
  return {
    state: {
      graph: withEdgeImpedance(graph, e, newImpedanceM),
      options,
      features: {
        radiiM: [...features.radiiM],
        edgeBetweenness: plus(features.edgeBetweenness, delta?.edgeBetweenness),
        nodeCloseness: plus(features.nodeCloseness, delta?.nodeCloseness),
        nodeReach: plus(features.nodeReach, delta?.nodeReach),
        edgeFlow: plus(features.edgeFlow, delta?.edgeFlow),
      },
    },
    recomputedSources: delta?.recomputedSources ?? 0,
  };
}
