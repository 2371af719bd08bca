import type { StreetGraph } from '../graph/street-graph.js';
import type { ShortestPathWorkspace } from './radius-dijkstra.js';

/**
 * Brandes' dependency accumulation with an arbitrary weight per target and several weight
 * channels at once, from the shortest-path tree in `ws` (source s). Every target t sends its
 * weight q_c(t) back along its shortest paths from s, split in proportion to the number of
 * paths through each arc:
 *
 *   δ_c(v) = q_c(v) + Σ_{w : v ∈ P(w)} σ(v)/σ(w) · δ_c(w),   out_c(e=(v,w)) += σ(v)/σ(w) · δ_c(w)
 *
 * so that out_c(e) = Σ_t q_c(t) · σ_st(e)/σ_st. With q = [d(t) ≤ r] this is the edge
 * betweenness term of s, with q = trips to t the assigned flow.
 *
 * Nodes whose accumulated weights are all zero are skipped, so that sparse weights cost
 * one pass over the settled nodes.
 *
 * @param channels - number of weight channels C
 * @param weight - node-major weights `[t·C + c]` of the nodes settled in `ws` (read only
 *   there); consumed: those entries are zero on return, ready for the next source
 * @param out - per-edge sums, edge-major `[e·C + c]`, accumulated in place
 * @see Brandes U., "On variants of shortest-path betweenness centrality and their generic
 *   computation", Social Networks 30(2):136–145, 2008, doi:10.1016/j.socnet.2007.11.001
 *   (edge betweenness and betweenness with weighted or restricted targets).
 */
export function accumulateWeightedDependencies(
  graph: StreetGraph,
  ws: ShortestPathWorkspace,
  channels: number,
  weight: Float64Array,
  out: Float64Array,
): void {
  const { arcTarget, arcEdge } = graph;
  const { sigma, order, predArc, predEnd } = ws;
  for (let i = ws.settledCount - 1; i > 0; i--) {
    const w = order[i];
    const wb = w * channels;
    // Only the channels from the first to the last non-zero one are carried.
    let first = 0;
    while (first < channels && weight[wb + first] === 0) first++;
    if (first === channels) continue;
    let last = channels - 1;
    while (weight[wb + last] === 0) last--;
    for (let j = predEnd[i - 1]; j < predEnd[i]; j++) {
      const a = predArc[j];
      const v = arcTarget[a];
      const ratio = sigma[v] / sigma[w];
      const vb = v * channels;
      const eb = arcEdge[a] * channels;
      for (let c = first; c <= last; c++) {
        const x = ratio * weight[wb + c];
        weight[vb + c] += x;
        out[eb + c] += x;
      }
    }
    for (let c = first; c <= last; c++) weight[wb + c] = 0;
  }
  if (ws.settledCount > 0) for (let c = 0; c < channels; c++) weight[order[0] * channels + c] = 0;
}
