import type { StreetGraph } from '../graph/street-graph.js';

/**
 * Two path lengths closer than this are equal for counting shortest paths [m]. Lengths are
 * sums of float64 piece lengths, so equal routes may differ by rounding (≈1e-12 m).
 */
export const PATH_TIE_TOLERANCE_M = 1e-6;

/**
 * Reusable buffers for single-source shortest paths on one graph, so that running one
 * source after another allocates nothing. Entries are valid only for nodes whose `stamp`
 * equals `currentStamp` (no clearing between sources).
 */
export interface ShortestPathWorkspace {
  /** Distance from the source [m]. */
  distM: Float64Array;
  /** Number of shortest paths from the source (σ in Brandes 2001). */
  sigma: Float64Array;
  /** Nodes settled, in non-decreasing distance; the first `settledCount` entries are valid. */
  order: Int32Array;
  settledCount: number;
  stamp: Int32Array;
  currentStamp: number;
  heap: Int32Array;
  heapPos: Int32Array;
}

/** Allocate a {@link ShortestPathWorkspace} for a graph of `nodeCount` nodes. */
export function createShortestPathWorkspace(nodeCount: number): ShortestPathWorkspace {
  return {
    distM: new Float64Array(nodeCount),
    sigma: new Float64Array(nodeCount),
    order: new Int32Array(nodeCount),
    settledCount: 0,
    stamp: new Int32Array(nodeCount),
    currentStamp: 0,
    heap: new Int32Array(nodeCount),
    heapPos: new Int32Array(nodeCount),
  };
}

function siftUp(ws: ShortestPathWorkspace, i0: number): void {
  const { heap, heapPos, distM } = ws;
  let i = i0;
  const v = heap[i];
  const d = distM[v];
  while (i > 0) {
    const p = (i - 1) >> 1;
    const u = heap[p];
    if (distM[u] <= d) break;
    heap[i] = u;
    heapPos[u] = i;
    i = p;
  }
  heap[i] = v;
  heapPos[v] = i;
}

function siftDown(ws: ShortestPathWorkspace, size: number): void {
  const { heap, heapPos, distM } = ws;
  let i = 0;
  const v = heap[0];
  const d = distM[v];
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const r = l + 1;
    const c = r < size && distM[heap[r]] < distM[heap[l]] ? r : l;
    if (distM[heap[c]] >= d) break;
    heap[i] = heap[c];
    heapPos[heap[i]] = i;
    i = c;
  }
  heap[i] = v;
  heapPos[v] = i;
}

/**
 * Dijkstra's shortest paths from `source`, limited to nodes within `cutoffM` of it, counting
 * shortest paths (σ) as in Brandes' algorithm: σ(s) = 1, σ(w) = Σ σ(v) over predecessors v
 * of w on shortest paths (equal lengths within {@link PATH_TIE_TOLERANCE_M}).
 * Binary heap with decrease-key on typed arrays; O((n_r + m_r) log n_r) for the n_r nodes and
 * m_r arcs inside the radius.
 *
 * @param source - source node index
 * @param cutoffM - network radius [m]; nodes farther are not settled
 * @param ws - workspace from {@link createShortestPathWorkspace}; filled in place
 * @see Dijkstra E.W., "A note on two problems in connexion with graphs", Numerische
 *   Mathematik 1:269–271, 1959. Brandes U., "A faster algorithm for betweenness
 *   centrality", J. Math. Sociol. 25(2):163–177, 2001, doi:10.1080/0022250X.2001.9990249.
 */
export function radiusShortestPaths(
  graph: StreetGraph,
  source: number,
  cutoffM: number,
  ws: ShortestPathWorkspace,
): void {
  const { arcOffsets, arcTarget, arcLengthM } = graph;
  const { distM, sigma, order, stamp, heap, heapPos } = ws;
  const st = ++ws.currentStamp;
  let size = 0;
  let settled = 0;
  stamp[source] = st;
  distM[source] = 0;
  sigma[source] = 1;
  heap[0] = source;
  heapPos[source] = 0;
  size = 1;
  while (size > 0) {
    const v = heap[0];
    size--;
    heapPos[v] = -1;
    if (size > 0) {
      heap[0] = heap[size];
      heapPos[heap[0]] = 0;
      siftDown(ws, size);
    }
    order[settled++] = v;
    const dv = distM[v];
    const sv = sigma[v];
    for (let a = arcOffsets[v]; a < arcOffsets[v + 1]; a++) {
      const w = arcTarget[a];
      const dw = dv + arcLengthM[a];
      if (dw > cutoffM) continue;
      if (stamp[w] !== st) {
        stamp[w] = st;
        distM[w] = dw;
        sigma[w] = sv;
        heap[size] = w;
        heapPos[w] = size;
        siftUp(ws, size);
        size++;
      } else if (heapPos[w] >= 0) {
        if (dw < distM[w] - PATH_TIE_TOLERANCE_M) {
          distM[w] = dw;
          sigma[w] = sv;
          siftUp(ws, heapPos[w]);
        } else if (dw <= distM[w] + PATH_TIE_TOLERANCE_M) {
          sigma[w] += sv;
        }
      }
    }
  }
  ws.settledCount = settled;
}
