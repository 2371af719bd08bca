import type { StreetGraph } from '../graph/street-graph.js';
import { heapSiftDown, heapSiftUp } from './indexed-heap.js';

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
  /**
   * Nodes settled, the source first, in a topological order of the shortest-path DAG
   * (every predecessor before its successors; by distance up to the bucket width); the
   * first `settledCount` entries are valid.
   */
  order: Int32Array;
  settledCount: number;
  stamp: Int32Array;
  currentStamp: number;
  /** Binary min-heap of nodes with their keys (distances) alongside, for locality. */
  heap: Int32Array;
  heapKeyM: Float64Array;
  /** Position in the heap of a reached node (≥ 0 in either queue), −1 once settled. */
  heapPos: Int32Array;
  /**
   * Shortest-path predecessors: the arcs from `order[i]` to its predecessors are
   * `predArc[predEnd[i-1] … predEnd[i]-1]` (from 0 for i = 0, the source, which has none).
   */
  predArc: Int32Array;
  predEnd: Int32Array;
  /** Arc lengths the buffers were set up for (compared by identity), or null. */
  arcLengthFor: Float64Array | null;
  /** Bucket width [m]: just below the shortest arc; ≤ 0 when buckets cannot be used. */
  bucketWidthM: number;
  /** Buckets of the current run (0: the 4-ary heap of indexed-heap.ts), heap size. */
  bucketCount: number;
  heapSize: number;
  /**
   * Dial's buckets as linked lists of entries: first entry of each bucket (−1: empty), bucket
   * of each queued node, node and next entry of each entry, entries used in this run.
   */
  bucketHead: Int32Array;
  bucketOf: Int32Array;
  entryNode: Int32Array;
  entryNext: Int32Array;
  entryCount: number;
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
    heapKeyM: new Float64Array(nodeCount),
    heapPos: new Int32Array(nodeCount),
    predArc: new Int32Array(0),
    predEnd: new Int32Array(nodeCount),
    arcLengthFor: null,
    bucketWidthM: 0,
    bucketCount: 0,
    heapSize: 0,
    bucketHead: new Int32Array(0),
    bucketOf: new Int32Array(nodeCount),
    entryNode: new Int32Array(0),
    entryNext: new Int32Array(0),
    entryCount: 0,
  };
}

/**
 * Set up the buffers sized by the graph's arcs (once per `graph.arcLengthM` array) and the
 * queue of this run: Dial's buckets of width `ws.bucketWidthM` covering [0, cutoffM], or the
 * 4-ary heap (indexed-heap.ts) when buckets cannot be used (infinite cutoff, arcs shorter than twice the tie
 * tolerance, or more buckets than about the nodes of the graph).
 */
function prepare(graph: StreetGraph, cutoffM: number, ws: ShortestPathWorkspace): void {
  if (ws.arcLengthFor !== graph.arcLengthM) {
    let shortest = Number.POSITIVE_INFINITY;
    for (const l of graph.arcLengthM) if (l < shortest) shortest = l;
    ws.arcLengthFor = graph.arcLengthM;
    ws.bucketWidthM = shortest - 2 * PATH_TIE_TOLERANCE_M;
    if (ws.entryNode.length < graph.arcTarget.length + 1) {
      ws.entryNode = new Int32Array(graph.arcTarget.length + 1);
      ws.entryNext = new Int32Array(graph.arcTarget.length + 1);
      ws.predArc = new Int32Array(graph.arcTarget.length);
    }
  }
  const count = Math.floor(cutoffM / ws.bucketWidthM) + 1;
  ws.bucketCount = ws.bucketWidthM > 0 && count <= 4 * graph.nodeCount + 64 ? count : 0;
  if (ws.bucketHead.length < ws.bucketCount) ws.bucketHead = new Int32Array(ws.bucketCount);
  ws.bucketHead.fill(-1, 0, ws.bucketCount);
  ws.entryCount = 0;
  ws.heapSize = 0;
}

/** Queue node `w` at distance `dw` (first time, or after a decrease). */
function push(ws: ShortestPathWorkspace, w: number, dw: number, first: boolean): void {
  if (ws.bucketCount === 0) {
    heapSiftUp(ws, first ? ws.heapSize++ : ws.heapPos[w], w, dw);
    return;
  }
  const b = Math.floor(dw / ws.bucketWidthM);
  if (!first && b === ws.bucketOf[w]) return;
  ws.heapPos[w] = 0;
  ws.bucketOf[w] = b;
  const entry = ws.entryCount++;
  ws.entryNode[entry] = w;
  ws.entryNext[entry] = ws.bucketHead[b];
  ws.bucketHead[b] = entry;
}

/**
 * Settle `v` (σ complete, all its predecessors settled): record its predecessor arcs from
 * `preds` on, relax its other arcs; returns the new end of the predecessor list.
 */
function settle(graph: StreetGraph, ws: ShortestPathWorkspace, v: number, cutoffM: number, preds: number): number {
  const { arcOffsets, arcTarget, arcLengthM } = graph;
  const { distM, sigma, stamp, heapPos, predArc } = ws;
  const st = ws.currentStamp;
  heapPos[v] = -1;
  const dv = distM[v];
  const sv = sigma[v];
  const end = arcOffsets[v + 1];
  let p = preds;
  for (let a = arcOffsets[v]; a < end; a++) {
    const w = arcTarget[a];
    const l = arcLengthM[a];
    if (stamp[w] === st && heapPos[w] < 0) {
      const dw = distM[w];
      if (dw < dv && Math.abs(dw + l - dv) <= PATH_TIE_TOLERANCE_M) predArc[p++] = a;
      continue;
    }
    const dw = dv + l;
    if (dw > cutoffM) continue;
    if (stamp[w] !== st) {
      stamp[w] = st;
      distM[w] = dw;
      sigma[w] = sv;
      push(ws, w, dw, true);
    } else if (dw < distM[w] - PATH_TIE_TOLERANCE_M) {
      distM[w] = dw;
      sigma[w] = sv;
      push(ws, w, dw, false);
    } else if (dw <= distM[w] + PATH_TIE_TOLERANCE_M) {
      sigma[w] += sv;
    }
  }
  return p;
}

/**
 * Dijkstra's shortest paths from `source`, limited to nodes within `cutoffM` of it, counting
 * shortest paths (σ) as in Brandes' algorithm: σ(s) = 1, σ(w) = Σ σ(v) over predecessors v
 * of w on shortest paths (equal lengths within {@link PATH_TIE_TOLERANCE_M}), and listing
 * each node's predecessor arcs.
 * With a finite cutoff, Dial's bucket queue with buckets narrower than the shortest arc (the
 * nodes of a bucket are final once the earlier buckets are settled, and no shortest path
 * joins two of them): O(n_r + m_r + cutoff / width) for the n_r nodes and m_r arcs inside
 * the radius; otherwise (or with very short arcs) a 4-ary heap with decrease-key,
 * O((n_r + m_r) log n_r). The set-up is done once per `graph.arcLengthM` array seen by `ws`:
 * do not modify arc lengths in place between calls (copy the array, as
 * `rescoreAfterEdgeChange` does).
 *
 * @param source - source node index
 * @param cutoffM - network radius [m]; nodes farther are not settled
 * @param ws - workspace from {@link createShortestPathWorkspace}; filled in place
 * @see Dijkstra E.W., "A note on two problems in connexion with graphs", Numerische
 *   Mathematik 1:269–271, 1959. Dial R.B., "Algorithm 360: shortest-path forest with
 *   topological ordering", Commun. ACM 12(11):632–633, 1969, doi:10.1145/363269.363610.
 *   Brandes U., "A faster algorithm for betweenness centrality", J. Math. Sociol.
 *   25(2):163–177, 2001, doi:10.1080/0022250X.2001.9990249.
 */
export function radiusShortestPaths(
  graph: StreetGraph,
  source: number,
  cutoffM: number,
  ws: ShortestPathWorkspace,
): void {
  prepare(graph, cutoffM, ws);
  const { distM, sigma, order, stamp, heap, heapPos, predEnd, bucketHead, bucketOf, entryNode, entryNext } = ws;
  stamp[source] = ++ws.currentStamp;
  distM[source] = 0;
  sigma[source] = 1;
  push(ws, source, 0, true);
  let settled = 0;
  let preds = 0;
  if (ws.bucketCount === 0) {
    while (ws.heapSize > 0) {
      const v = heap[0];
      if (ws.heapSize > 1) heapSiftDown(ws, ws.heapSize);
      ws.heapSize--;
      preds = settle(graph, ws, v, cutoffM, preds);
      order[settled] = v;
      predEnd[settled++] = preds;
    }
  } else {
    for (let b = 0; b < ws.bucketCount; b++) {
      while (bucketHead[b] >= 0) {
        const entry = bucketHead[b];
        bucketHead[b] = entryNext[entry];
        const v = entryNode[entry];
        if (heapPos[v] < 0 || bucketOf[v] !== b) continue;
        preds = settle(graph, ws, v, cutoffM, preds);
        order[settled] = v;
        predEnd[settled++] = preds;
      }
    }
  }
  ws.settledCount = settled;
}
