import type { StreetGraph } from '../graph/street-graph.js';
import {
  DEFAULT_WALK_DECAY_PER_M,
  featureCutoffM,
  type NetworkFeatureOptions,
  streetLengthOrigins,
} from './network-features.js';
import {
  createShortestPathWorkspace,
  PATH_TIE_TOLERANCE_M,
  radiusShortestPaths,
  type ShortestPathWorkspace,
} from './radius-dijkstra.js';
import { accumulateWeightedDependencies } from './weighted-dependency.js';

/** Change of every network feature when one segment's impedance changes (see {@link edgeChangeDelta}). */
export interface EdgeChangeDelta {
  /** Sources whose terms changed (their trees without the segment were computed). */
  recomputedSources: number;
  /** Change of the edge betweenness, radius-major like `NetworkFeatures.edgeBetweenness` [paths]. */
  edgeBetweenness: Float64Array;
  /** Change of the harmonic closeness [1/m]. */
  nodeCloseness: Float64Array;
  /** Change of the attractor reach [weight]. */
  nodeReach: Float64Array;
  /** Change of the demand flow [origin weight units]. */
  edgeFlow: Float64Array;
}

const TOL = PATH_TIE_TOLERANCE_M;

/** The nodes settled in `ws`, by increasing distance. */
function byDistance(ws: ShortestPathWorkspace): Int32Array {
  return ws.order.slice(0, ws.settledCount).sort((p, q) => ws.distM[p] - ws.distM[q]);
}

/**
 * Exact change of the network features (`createSourceAccumulator`: betweenness, closeness,
 * reach, flow) when the impedance of segment u–v changes from `oldImpedanceM` to
 * `newImpedanceM` (`Infinity` = closed), from shortest-path trees of the graph G₀ WITHOUT
 * the segment only, so that each affected source needs one tree instead of two.
 *
 * With a(t), σₐ(t) the distance and path count from s in G₀, b_u, σ_u and b_v, σ_v those from
 * u and v in G₀ (the graph is undirected: a(u) = b_u(s)), the tree of s in G_w (segment of
 * impedance w) is, for every node t,
 *
 *   d_w(t) = min(a(t), a(u) + w + b_v(t), a(v) + w + b_u(t))
 *   σ_w(t) = [a ≐ d_w] σₐ(t) + [a(u)+w+b_v(t) ≐ d_w] σₐ(u) σ_v(t) + [a(v)+w+b_u(t) ≐ d_w] σₐ(v) σ_u(t)
 *
 * (≐: equal within {@link PATH_TIE_TOLERANCE_M}; a shortest path uses the segment at most
 * once, and its parts before and after are shortest paths of G₀). The shortest paths s→t of
 * G_w are therefore those of G₀ (fraction [a ≐ d_w] σₐ/σ_w), or s→u in G₀, the segment, v→t
 * in G₀, or the mirror. A feature term Σ_t q(t) · (paths through each edge)/σ_w(t) of s
 * then splits into one Brandes accumulation on the G₀ tree of s with target weights
 * q(t)·[a ≐ d_w]σₐ/σ_w, plus Γ = Σ_t q(t)·σₐ(u)σ_v(t)/σ_w put on target u and on the segment,
 * plus target weights q(t)·σₐ(u)σ_v(t)/σ_w on the G₀ tree of v — summed over every source
 * and accumulated once at the end (and the mirror on u). The change is the new term minus
 * the old one; targets with the same distance and path fractions in both cancel exactly, so
 * only nodes within reach of the segment (the "candidates") are visited besides the tree
 * itself, and the flow target weights are dense only when the normaliser z of the source
 * changes.
 *
 * A source is affected only if the segment is on one of its shortest paths within the
 * cutoff before or after: min(a(u), a(v)) + w ≤ cutoff and |a(u) − a(v)| ≥ w, read from
 * the trees of u and v.
 *
 * @param graph0 - the graph with the segment closed (its arcs at `Infinity`)
 * @param options - as in the state (`radiiM` and `nodeOrigin` explicit)
 * @param edge - the segment; `graph0.edgeFrom[edge]`, `graph0.edgeTo[edge]` are u, v
 * @param oldImpedanceM - impedance before [m], `Infinity` if it was closed
 * @param newImpedanceM - impedance after [m], `Infinity` to close it
 * @returns the changes to add to the features (closeness and reach change only at sources
 *   whose distances to candidates change) and the number of sources recomputed
 * @see Brandes U., "A faster algorithm for betweenness centrality", J. Math. Sociol.
 *   25(2):163–177, 2001 (path counting, dependency accumulation); Ramalingam G., Reps T.,
 *   "On the computational complexity of dynamic graph problems", Theor. Comput. Sci.
 *   158(1–2):233–277, 1996 (updating shortest paths after one edge change).
 */
export function edgeChangeDelta(
  graph0: StreetGraph,
  options: NetworkFeatureOptions & { radiiM: readonly number[] },
  edge: number,
  oldImpedanceM: number,
  newImpedanceM: number,
): EdgeChangeDelta {
  const n = graph0.nodeCount;
  const m = graph0.edgeCount;
  const radii = options.radiiM;
  const nk = radii.length;
  const attraction = options.nodeAttraction;
  const channels = nk + (attraction ? 1 : 0);
  const origins = options.nodeOrigin ?? streetLengthOrigins(graph0);
  const decay = options.decayPerM ?? DEFAULT_WALK_DECAY_PER_M;
  const flowRadius = options.flowRadiusM ?? radii[nk - 1];
  const cutoff = featureCutoffM(radii, options);
  const u = graph0.edgeFrom[edge];
  const v = graph0.edgeTo[edge];
  const impedances = [oldImpedanceM, newImpedanceM];
  const minImpedance = Math.min(oldImpedanceM, newImpedanceM);

  const edgeOut = new Float64Array(channels * m);
  const nodeCloseness = new Float64Array(nk * n);
  const nodeReach = new Float64Array(nk * n);
  const fromU = createShortestPathWorkspace(n);
  const fromV = createShortestPathWorkspace(n);
  radiusShortestPaths(graph0, u, cutoff, fromU);
  radiusShortestPaths(graph0, v, cutoff, fromV);
  const nearU = byDistance(fromU);
  const nearV = byDistance(fromV);
  const endWeightU = new Float64Array(channels * n);
  const endWeightV = new Float64Array(channels * n);

  const ws = createShortestPathWorkspace(n);
  const weight = new Float64Array(channels * n);
  const gravity = new Float64Array(n);
  // e^(−β d) along each tree as a product of per-arc factors: one exp per arc per change,
  // not one per node and source.
  const arcDecay = new Float64Array(attraction ? graph0.arcLengthM.length : 0);
  for (let a = 0; a < arcDecay.length; a++) arcDecay[a] = Math.exp(-decay * graph0.arcLengthM[a]);
  const decayed = new Float64Array(n);
  const candidate = new Int32Array(n);
  const candidateStamp = new Int32Array(n);
  const net = new Float64Array(3 * channels);
  const gamma = new Float64Array(2 * channels);
  const st = new Float64Array(4);

  const distOr = (w: ShortestPathWorkspace, t: number) =>
    w.stamp[t] === w.currentStamp ? w.distM[t] : Number.POSITIVE_INFINITY;
  const gravityAt = (t: number, d: number) =>
    attraction && d <= flowRadius && attraction[t] > 0 ? attraction[t] * Math.exp(-decay * d) : 0;

  let recomputed = 0;
  let candidateRound = 0;
  const addSource = (s: number) => {
    recomputed++;
    radiusShortestPaths(graph0, s, cutoff, ws);
    const { distM, sigma, order, settledCount } = ws;
    const cu = distOr(ws, u);
    const cv = distOr(ws, v);
    const sigmaU = cu <= cutoff ? sigma[u] : 0;
    const sigmaV = cv <= cutoff ? sigma[v] : 0;
    // `weight` is all zero here: the previous accumulation consumed it.
    let zA = 0;
    if (attraction) {
      const { predArc, predEnd } = ws;
      decayed[s] = 1;
      gravity[s] = gravityAt(s, 0);
      zA = gravity[s];
      for (let i = 1; i < settledCount; i++) {
        const t = order[i];
        // Through the first predecessor when it gives d(t) exactly, else exp (ties within tolerance).
        const a = predEnd[i - 1] < predEnd[i] ? predArc[predEnd[i - 1]] : -1;
        const p = a >= 0 ? graph0.arcTarget[a] : -1;
        decayed[t] =
          a >= 0 && distM[p] + graph0.arcLengthM[a] === distM[t]
            ? decayed[p] * arcDecay[a]
            : Math.exp(-decay * distM[t]);
        gravity[t] = distM[t] <= flowRadius ? attraction[t] * decayed[t] : 0;
        zA += gravity[t];
      }
    }
    // Candidates: nodes that a path through the segment reaches within the cutoff, no
    // longer than their distance in G₀ (only their distances and path counts can change).
    const round = ++candidateRound;
    let count = 0;
    const collect = (from: ShortestPathWorkspace, near: Int32Array, c0: number) => {
      for (const t of near) {
        const via = c0 + minImpedance + from.distM[t];
        if (via > cutoff + 2 * TOL) break;
        if (via <= distOr(ws, t) + TOL && candidateStamp[t] !== round) {
          candidateStamp[t] = round;
          candidate[count++] = t;
        }
      }
    };
    if (cu <= cutoff) collect(fromV, nearV, cu);
    if (cv <= cutoff) collect(fromU, nearU, cv);
    // st ← [d_w(t) (Infinity beyond the cutoff), paths of G₀, via u→v, via v→u].
    const status = (t: number, w: number) => {
      const a = distOr(ws, t);
      const x = cu + w + distOr(fromV, t);
      const y = cv + w + distOr(fromU, t);
      const d = Math.min(a, x, y);
      if (d > cutoff) {
        st[0] = Number.POSITIVE_INFINITY;
        return;
      }
      st[0] = d;
      st[1] = a <= d + TOL ? sigma[t] : 0;
      st[2] = x <= d + TOL ? sigmaU * fromV.sigma[t] : 0;
      st[3] = y <= d + TOL ? sigmaV * fromU.sigma[t] : 0;
    };
    // Pass 1: closeness, reach and the flow normaliser z of each version.
    let z0 = zA;
    let z1 = zA;
    for (let j = 0; j < count; j++) {
      const t = candidate[j];
      const a = distOr(ws, t);
      const ga = a <= cutoff ? gravity[t] : 0;
      for (let k = 0; k < 2; k++) {
        status(t, impedances[k]);
        const d = st[0];
        if (d === a) continue;
        const sign = k === 0 ? -1 : 1;
        const dGravity = gravityAt(t, d) - ga;
        if (k === 0) z0 += dGravity;
        else z1 += dGravity;
        for (let r = 0; r < nk; r++) {
          const inR = d <= radii[r];
          if (t !== s && d > 0 && inR) nodeCloseness[r * n + s] += sign / d;
          if (t !== s && a > 0 && a <= radii[r]) nodeCloseness[r * n + s] -= sign / a;
          if (attraction) nodeReach[r * n + s] += sign * attraction[t] * ((inR ? 1 : 0) - (a <= radii[r] ? 1 : 0));
        }
      }
    }
    const trips0 = z0 > 0 ? origins[s] / z0 : 0;
    const trips1 = z1 > 0 ? origins[s] / z1 : 0;
    if (attraction && trips0 !== trips1) {
      for (let i = 0; i < settledCount; i++) {
        const t = order[i];
        weight[t * channels + nk] = gravity[t] * (trips1 - trips0);
      }
    }
    // Pass 2: target weights (new minus old) on the tree of s, on u and v, and on the end trees.
    for (let c = 0; c < gamma.length; c++) gamma[c] = 0;
    for (let j = 0; j < count; j++) {
      const t = candidate[j];
      const a = distOr(ws, t);
      for (let c = 0; c < net.length; c++) net[c] = 0;
      for (let k = 0; k < 2; k++) {
        status(t, impedances[k]);
        const d = st[0];
        if (d === Number.POSITIVE_INFINITY) continue;
        const sign = (k === 0 ? -1 : 1) / (st[1] + st[2] + st[3]);
        for (let r = 0; r < nk; r++) {
          if (d > radii[r]) continue;
          net[r] += sign * st[1];
          net[channels + r] += sign * st[2];
          net[2 * channels + r] += sign * st[3];
        }
        if (attraction) {
          const trips = (k === 0 ? trips0 : trips1) * (d === a ? gravity[t] : gravityAt(t, d));
          net[nk] += sign * trips * st[1];
          net[channels + nk] += sign * trips * st[2];
          net[2 * channels + nk] += sign * trips * st[3];
        }
      }
      const inTree = a <= cutoff;
      for (let c = 0; c < channels; c++) {
        if (inTree) weight[t * channels + c] = net[c];
        gamma[c] += net[channels + c];
        endWeightV[t * channels + c] += net[channels + c];
        gamma[channels + c] += net[2 * channels + c];
        endWeightU[t * channels + c] += net[2 * channels + c];
      }
    }
    for (let c = 0; c < channels; c++) {
      if (cu <= cutoff) weight[u * channels + c] += gamma[c];
      if (cv <= cutoff) weight[v * channels + c] += gamma[channels + c];
      edgeOut[edge * channels + c] += gamma[c] + gamma[channels + c];
    }
    accumulateWeightedDependencies(graph0, ws, channels, weight, edgeOut);
  };

  // Affected sources: the segment is on a shortest path of s within the cutoff for one of
  // the two impedances (a(u) = b_u(s), a(v) = b_v(s) by symmetry).
  const affected = (cu: number, cv: number) => {
    for (const w of impedances) {
      if (Number.isFinite(w) && Math.min(cu, cv) + w <= cutoff + 2 * TOL && Math.abs(cu - cv) >= w - 2 * TOL)
        return true;
    }
    return false;
  };
  for (let i = 0; i < fromU.settledCount; i++) {
    const s = fromU.order[i];
    const cu = fromU.distM[s];
    const cv = distOr(fromV, s);
    if (affected(cu, cv)) addSource(s);
  }
  for (let i = 0; i < fromV.settledCount; i++) {
    const s = fromV.order[i];
    if (fromU.stamp[s] === fromU.currentStamp) continue;
    const cv = fromV.distM[s];
    if (affected(Number.POSITIVE_INFINITY, cv)) addSource(s);
  }
  accumulateWeightedDependencies(graph0, fromU, channels, endWeightU, edgeOut);
  accumulateWeightedDependencies(graph0, fromV, channels, endWeightV, edgeOut);

  const edgeBetweenness = new Float64Array(nk * m);
  const edgeFlow = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    for (let r = 0; r < nk; r++) edgeBetweenness[r * m + e] = 0.5 * edgeOut[e * channels + r];
    if (attraction) edgeFlow[e] = edgeOut[e * channels + nk];
  }
  return { recomputedSources: recomputed, edgeBetweenness, nodeCloseness, nodeReach, edgeFlow };
}
