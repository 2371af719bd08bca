/**
 * Test-only reference for `angular-choice.ts`: the least-angle search as first written, one
 * binary heap keyed by angle·(⌈R⌉ + 1) + length over all queued arcs, and its Brandes
 * accumulation, kept to check that the bucket-queue search gives the same choice.
 */
import type { StreetGraph } from '../../graph/street-graph.js';
import { type AngularSegmentGraph, angularSegmentGraph } from '../angular-choice.js';
import { PATH_TIE_TOLERANCE_M } from '../radius-dijkstra.js';

/**
 * Reusable buffers for least-angle route searches on one AngularSegmentGraph; entries
 * are valid for arcs whose `stamp` equals `currentStamp`.
 */
interface HeapWorkspace {
  /** Angular cost of the route to the arc's segment midpoint [units of ANGLE_UNIT_RAD]. */
  angleUnits: Int32Array;
  /** Metric length of that route, midpoint to midpoint [m]. */
  lengthM: Float64Array;
  /** Number of least-angle routes (σ). */
  sigma: Float64Array;
  /**
   * Heap key angle·(⌈R⌉ + 1) + length: orders arcs by angle, then length, as one number (the
   * length of a route inside the radius R is below ⌈R⌉ + 1).
   */
  key: Float64Array;
  /** Dependency δ of the Brandes accumulation. */
  delta: Float64Array;
  /** Arcs settled, in non-decreasing (angle, length); the first `settledCount` are valid. */
  order: Int32Array;
  settledCount: number;
  stamp: Int32Array;
  currentStamp: number;
  heap: Int32Array;
  heapPos: Int32Array;
}

/** Allocate an {@link HeapWorkspace} for a graph of `edgeCount` segments. */
function createHeapWorkspace(edgeCount: number): HeapWorkspace {
  const n = 2 * edgeCount;
  return {
    angleUnits: new Int32Array(n),
    lengthM: new Float64Array(n),
    sigma: new Float64Array(n),
    key: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
    settledCount: 0,
    stamp: new Int32Array(n),
    currentStamp: 0,
    heap: new Int32Array(n),
    heapPos: new Int32Array(n),
  };
}

/** Lexicographic (angle, length) order of two arcs' labels. */
function before(ws: HeapWorkspace, a: number, b: number): boolean {
  const da = ws.angleUnits[a] - ws.angleUnits[b];
  return da < 0 || (da === 0 && ws.lengthM[a] < ws.lengthM[b]);
}

function siftUp(ws: HeapWorkspace, i0: number): void {
  const { heap, heapPos, key } = ws;
  let i = i0;
  const v = heap[i];
  const k = key[v];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (key[heap[p]] <= k) break;
    heap[i] = heap[p];
    heapPos[heap[i]] = i;
    i = p;
  }
  heap[i] = v;
  heapPos[v] = i;
}

function siftDown(ws: HeapWorkspace, size: number): void {
  const { heap, heapPos, key } = ws;
  let i = 0;
  const v = heap[0];
  const k = key[v];
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const r = l + 1;
    const c = r < size && key[heap[r]] < key[heap[l]] ? r : l;
    if (key[heap[c]] >= k) break;
    heap[i] = heap[c];
    heapPos[heap[i]] = i;
    i = c;
  }
  heap[i] = v;
  heapPos[v] = i;
}

function push(ws: HeapWorkspace, arc: number, size: number): number {
  ws.heap[size] = arc;
  ws.heapPos[arc] = size;
  siftUp(ws, size);
  return size + 1;
}

/**
 * Least-angle routes from the midpoint of segment `source` to every segment within the metric
 * radius, counting the routes (σ) as in Brandes' algorithm. Routes are ordered by angular cost,
 * then by metric length; routes equal in both (angle in whole ANGLE_UNIT_RAD, length
 * within PATH_TIE_TOLERANCE_M) are all shortest. The metric radius follows depthmapX's
 * segment analysis: a route is extended to the next segment only while its length, midpoint to
 * midpoint (½ℓ(s) + Σ ℓ(intermediate) + ½ℓ(t)), stays ≤ `radiusM` — a label-setting search on
 * angle pruned by length, not an exact length-constrained shortest path.
 *
 * @param source - origin segment (edge index); both of its arcs start at angle 0
 * @param radiusM - metric radius R [m], finite
 * @param ws - from createHeapWorkspace; filled in place
 * @see Turner A., Environment and Planning B 34(3):539–555, 2007 (angular segment analysis with
 *   metric radius); depthmapX `salalib/segmmodules/segmtulip.cpp` (radius test
 *   `metricdepth + ½·seglength > radius`). Brandes U., "A faster algorithm for betweenness
 *   centrality", J. Math. Sociol. 25(2):163–177, 2001.
 */
function heapShortestPaths(ag: AngularSegmentGraph, source: number, radiusM: number, ws: HeapWorkspace): void {
  const { arcOffsets, arcTarget, arcEdge, edgeLengthM } = ag.graph;
  const { turnOffsets, turnUnits, arcReverse } = ag;
  const { angleUnits, lengthM, sigma, key, order, stamp, heapPos, heap } = ws;
  const st = ++ws.currentStamp;
  const scale = Math.ceil(radiusM) + 1;
  let size = 0;
  let settled = 0;
  let start = arcOffsets[ag.graph.edgeFrom[source]];
  while (arcEdge[start] !== source) start++;
  for (const a of [start, arcReverse[start]]) {
    stamp[a] = st;
    angleUnits[a] = 0;
    lengthM[a] = 0;
    key[a] = 0;
    sigma[a] = 1;
    size = push(ws, a, size);
  }
  while (size > 0) {
    const a = heap[0];
    size--;
    heapPos[a] = -1;
    if (size > 0) {
      heap[0] = heap[size];
      heapPos[heap[0]] = 0;
      siftDown(ws, size);
    }
    order[settled++] = a;
    const v = arcTarget[a];
    const halfA = 0.5 * edgeLengthM[arcEdge[a]];
    const base = turnOffsets[a] - arcOffsets[v];
    for (let b = arcOffsets[v]; b < arcOffsets[v + 1]; b++) {
      const turn = turnUnits[base + b];
      if (turn < 0) continue;
      const len = lengthM[a] + halfA + 0.5 * edgeLengthM[arcEdge[b]];
      if (len > radiusM) continue;
      const ang = angleUnits[a] + turn;
      if (stamp[b] !== st) {
        stamp[b] = st;
        angleUnits[b] = ang;
        lengthM[b] = len;
        key[b] = ang * scale + len;
        sigma[b] = sigma[a];
        size = push(ws, b, size);
      } else if (heapPos[b] >= 0) {
        if (ang < angleUnits[b] || (ang === angleUnits[b] && len < lengthM[b] - PATH_TIE_TOLERANCE_M)) {
          angleUnits[b] = ang;
          lengthM[b] = len;
          key[b] = ang * scale + len;
          sigma[b] = sigma[a];
          siftUp(ws, heapPos[b]);
        } else if (ang === angleUnits[b] && len <= lengthM[b] + PATH_TIE_TOLERANCE_M) {
          sigma[b] += sigma[a];
        }
      }
    }
  }
  ws.settledCount = settled;
}

/** True when arc `a`'s label equals arc `b`'s: same angle, lengths within the tie tolerance. */
function tied(ws: HeapWorkspace, a: number, b: number): boolean {
  return ws.angleUnits[a] === ws.angleUnits[b] && Math.abs(ws.lengthM[a] - ws.lengthM[b]) <= PATH_TIE_TOLERANCE_M;
}

/**
 * Brandes' dependency accumulation of angular choice from the least-angle routes in `ws`
 * (source segment s). A destination segment t is reached by whichever of its two arcs has the
 * smaller label; when both tie, the σ_t = σ(t⁺) + σ(t⁻) routes are shared between them:
 *
 *   δ(x) = Σ_{y : x ∈ P(y)} σ(x)/σ(y) · (w(y) + δ(y)),   w(y) = σ(y)/σ_t if y is a best arc of t ≠ s, else 0
 *   choice(e) += ½ Σ_{x ∈ arcs(e)} δ(x)   for e ≠ s
 *
 * so a segment gains the share of the s–t routes that pass through it, origin and destination
 * excluded, and each unordered pair, reached from both ends, counts once.
 *
 * @param out - choice per segment, accumulated in place (length ≥ offset + edgeCount)
 * @param offset - index of segment 0 in `out` (radius k at k·edgeCount)
 * @see Brandes U., "On variants of shortest-path betweenness centrality and their generic
 *   computation", Social Networks 30(2):136–145, 2008. Hillier B., Iida S., "Network and
 *   psychological effects in urban movement", COSIT 2005, LNCS 3693:475–490 (choice on least-angle
 *   routes).
 */
function heapAccumulate(
  ag: AngularSegmentGraph,
  ws: HeapWorkspace,
  source: number,
  out: Float64Array,
  offset: number,
): void {
  const { arcOffsets, arcTarget, arcEdge, edgeLengthM } = ag.graph;
  const { turnOffsets, turnUnits, arcReverse } = ag;
  const { angleUnits, lengthM, sigma, delta, order, stamp, currentStamp } = ws;
  const n = ws.settledCount;
  for (let i = 0; i < n; i++) delta[order[i]] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const y = order[i];
    const t = arcEdge[y];
    if (t === source) continue;
    const r = arcReverse[y];
    let w = 0;
    if (stamp[r] !== currentStamp) w = 1;
    else if (tied(ws, y, r)) w = sigma[y] / (sigma[y] + sigma[r]);
    else if (before(ws, y, r)) w = 1;
    const carried = w + delta[y];
    // Predecessors: arcs x arriving at y's tail u along another segment.
    const u = arcTarget[r];
    const halfY = 0.5 * edgeLengthM[t];
    for (let b = arcOffsets[u]; b < arcOffsets[u + 1]; b++) {
      const x = arcReverse[b];
      if (stamp[x] !== currentStamp || arcEdge[x] === t) continue;
      const turn = turnUnits[turnOffsets[x] + (y - arcOffsets[u])];
      if (angleUnits[x] + turn !== angleUnits[y]) continue;
      const len = lengthM[x] + 0.5 * edgeLengthM[arcEdge[x]] + halfY;
      if (Math.abs(len - lengthM[y]) > PATH_TIE_TOLERANCE_M) continue;
      delta[x] += (sigma[x] / sigma[y]) * carried;
    }
    out[offset + t] += 0.5 * delta[y];
  }
}

/** Angular choice at `radiiM` for origins `sourceStart … sourceEnd − 1`, layout of `angularChoice`. */
export function heapAngularChoice(
  graph: StreetGraph,
  radiiM: readonly number[],
  sourceStart = 0,
  sourceEnd = graph.edgeCount,
): Float64Array {
  const ag = angularSegmentGraph(graph);
  const ws = createHeapWorkspace(graph.edgeCount);
  const out = new Float64Array(radiiM.length * graph.edgeCount);
  for (let s = sourceStart; s < sourceEnd; s++) {
    for (let k = 0; k < radiiM.length; k++) {
      heapShortestPaths(ag, s, radiiM[k], ws);
      heapAccumulate(ag, ws, s, out, k * graph.edgeCount);
    }
  }
  return out;
}
