import type { EdgeSnap } from '../graph/nearest-edge.js';
import type { StreetGraph } from '../graph/street-graph.js';
import { radiusShortestPaths, type ShortestPathWorkspace } from './radius-dijkstra.js';

/**
 * Network distance from a point on an edge to every node [m] (∞ when unreachable):
 * d(v) = min(a + d(from, v), (L − a) + d(to, v)) for the point at distance a along the edge
 * of length L (two Dijkstra runs limited to `cutoffM` from the edge ends).
 *
 * @param ws - workspace reused across calls
 * @param cutoffM - search radius from the edge ends [m]; default ∞ (whole network)
 */
export function pointToNodeDistances(
  graph: StreetGraph,
  point: EdgeSnap,
  ws: ShortestPathWorkspace,
  cutoffM = Number.POSITIVE_INFINITY,
): Float64Array {
  const out = new Float64Array(graph.nodeCount).fill(Number.POSITIVE_INFINITY);
  const e = point.edge;
  const ends: [number, number][] = [
    [graph.edgeFrom[e], point.alongM],
    [graph.edgeTo[e], graph.edgeLengthM[e] - point.alongM],
  ];
  for (const [node, offset] of ends) {
    radiusShortestPaths(graph, node, cutoffM, ws);
    for (let i = 0; i < ws.settledCount; i++) {
      const v = ws.order[i];
      out[v] = Math.min(out[v], offset + ws.distM[v]);
    }
  }
  return out;
}

/**
 * Network distance from a point (given by its node distances, see {@link pointToNodeDistances},
 * and its snap) to another point on the network [m]: through either end of the other
 * point's edge, or directly along the edge when both lie on the same edge.
 */
export function pointToPointDistance(
  graph: StreetGraph,
  from: EdgeSnap,
  fromNodeDistM: Float64Array,
  to: EdgeSnap,
): number {
  const e = to.edge;
  let d = Math.min(
    fromNodeDistM[graph.edgeFrom[e]] + to.alongM,
    fromNodeDistM[graph.edgeTo[e]] + graph.edgeLengthM[e] - to.alongM,
  );
  if (from.edge === e) d = Math.min(d, Math.abs(from.alongM - to.alongM));
  return d;
}
