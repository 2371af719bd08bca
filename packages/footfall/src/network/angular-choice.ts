import type { StreetGraph } from '../graph/street-graph.js';
import { DEFAULT_RADII_M } from './network-features.js';
import { PATH_TIE_TOLERANCE_M } from './radius-dijkstra.js';

/**
 * Angular resolution of the route search [rad]: turns are counted in whole units of 2π/1024
 * (≈ 0.35°), the resolution of Turner's "tulip" angular segment analysis with 1024 bins
 * (Turner 2007; depthmapX `salalib/segmmodules/segmtulip.cpp`, which floors where we round). Counting in integers makes equal-angle
 * routes tie exactly, so that choice is split between them, and treats the sub-degree kinks
 * of digitised streets as straight.
 */
export const ANGLE_UNIT_RAD = (2 * Math.PI) / 1024;

/**
 * The segment (dual) graph of a street graph for angular analysis. Its states are the arcs of
 * the street graph (a segment entered in one direction: the turn onto the next segment depends
 * on the end it is left by); from arc a arriving at node v the route may continue on every arc
 * b leaving v along another segment (no U-turn). Typed arrays, built once per graph.
 */
export interface AngularSegmentGraph {
  graph: StreetGraph;
  /** The opposite arc of the same segment (length 2·edgeCount). */
  arcReverse: Int32Array;
  /**
   * Transition costs of arc a: `turnUnits[turnOffsets[a] + (b − arcOffsets[v])]` for each arc b
   * of v = arcTarget[a] (−1 for b on the same segment) [units of {@link ANGLE_UNIT_RAD}].
   */
  turnOffsets: Int32Array;
  turnUnits: Int32Array;
}

/** Angle between two direction vectors [rad], 0 … π. */
function angleBetween(ax: number, ay: number, bx: number, by: number): number {
  return Math.atan2(Math.abs(ax * by - ay * bx), ax * bx + ay * by);
}

/**
 * Build the {@link AngularSegmentGraph} of a street graph. The cost of moving from segment e to
 * segment f at their common node is
 *
 *   c(e→f) = θ(e, f) + ½ κ(e) + ½ κ(f)   [rad, rounded to whole {@link ANGLE_UNIT_RAD}]
 *
 * where θ is the turn between the last piece of e's polyline and the first piece of f's (0
 * straight on, π/2 a right-angle turn), and κ the sum of the turns at the interior vertices of
 * a polyline ("corners on links and turns at junctions", sDNA manual §4.1). A route's cost is
 * then its turns at junctions plus the corners of its segments, half of those of the origin and
 * destination segments, whose midpoints are the route's ends — symmetric in the two ends.
 *
 * @see Turner A., "From axial to road-centre lines: a new representation for space syntax and
 *   a new model of route choice for transport network analysis", Environment and Planning B
 *   34(3):539–555, 2007, doi:10.1068/b32067. Cooper C.H.V., Chiaradia A.J., "sDNA: 3-d spatial
 *   network analysis for GIS, CAD, Command Line & Python", SoftwareX 12:100525, 2020 (manual
 *   §4.1, angular metric).
 */
export function angularSegmentGraph(graph: StreetGraph): AngularSegmentGraph {
  const { edgeCount, arcOffsets, arcTarget, arcEdge, edgeTo, edgeFrom, edgeVertexOffsets, edgeXYM } = graph;
  const arcCount = 2 * edgeCount;
  // The two arcs of each edge; the first one met in CSR order of a loop is taken as forward.
  const firstArc = new Int32Array(edgeCount).fill(-1);
  const arcReverse = new Int32Array(arcCount);
  for (let a = 0; a < arcCount; a++) {
    const e = arcEdge[a];
    if (firstArc[e] < 0) firstArc[e] = a;
    else {
      arcReverse[a] = firstArc[e];
      arcReverse[firstArc[e]] = a;
    }
  }
  // Unit directions of each arc where it leaves its tail and where it arrives at its head.
  const leaveX = new Float64Array(arcCount);
  const leaveY = new Float64Array(arcCount);
  const arriveX = new Float64Array(arcCount);
  const arriveY = new Float64Array(arcCount);
  const cornersRad = new Float64Array(edgeCount);
  for (let a = 0; a < arcCount; a++) {
    const e = arcEdge[a];
    const v0 = edgeVertexOffsets[e];
    const v1 = edgeVertexOffsets[e + 1] - 1;
    const forward = arcTarget[a] === edgeTo[e] && (edgeFrom[e] !== edgeTo[e] || a < arcReverse[a]);
    // Vertex i of the polyline in the arc's own order is at xy[2·(first + step·i)].
    const first = forward ? v0 : v1;
    const step = forward ? 1 : -1;
    const last = v1 - v0;
    const x = (i: number) => edgeXYM[2 * (first + step * i)];
    const y = (i: number) => edgeXYM[2 * (first + step * i) + 1];
    let len = Math.hypot(x(1) - x(0), y(1) - y(0));
    leaveX[a] = (x(1) - x(0)) / len;
    leaveY[a] = (y(1) - y(0)) / len;
    len = Math.hypot(x(last) - x(last - 1), y(last) - y(last - 1));
    arriveX[a] = (x(last) - x(last - 1)) / len;
    arriveY[a] = (y(last) - y(last - 1)) / len;
    if (forward) {
      let k = 0;
      for (let i = 1; i < last; i++)
        k += angleBetween(x(i) - x(i - 1), y(i) - y(i - 1), x(i + 1) - x(i), y(i + 1) - y(i));
      cornersRad[e] = k;
    }
  }
  const turnOffsets = new Int32Array(arcCount + 1);
  for (let a = 0; a < arcCount; a++) {
    const v = arcTarget[a];
    turnOffsets[a + 1] = turnOffsets[a] + arcOffsets[v + 1] - arcOffsets[v];
  }
  const turnUnits = new Int32Array(turnOffsets[arcCount]);
  for (let a = 0; a < arcCount; a++) {
    const v = arcTarget[a];
    const e = arcEdge[a];
    for (let b = arcOffsets[v]; b < arcOffsets[v + 1]; b++) {
      const f = arcEdge[b];
      const t = turnOffsets[a] + b - arcOffsets[v];
      if (f === e) {
        turnUnits[t] = -1;
        continue;
      }
      const theta = angleBetween(arriveX[a], arriveY[a], leaveX[b], leaveY[b]);
      turnUnits[t] = Math.round((theta + 0.5 * (cornersRad[e] + cornersRad[f])) / ANGLE_UNIT_RAD);
    }
  }
  return { graph, arcReverse, turnOffsets, turnUnits };
}

/**
 * Reusable buffers for least-angle route searches on one {@link AngularSegmentGraph}; entries
 * are valid for arcs whose `stamp` equals `currentStamp`.
 */
export interface AngularWorkspace {
  /** Angular cost of the route to the arc's segment midpoint [units of {@link ANGLE_UNIT_RAD}]. */
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

/** Allocate an {@link AngularWorkspace} for a graph of `edgeCount` segments. */
export function createAngularWorkspace(edgeCount: number): AngularWorkspace {
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
function before(ws: AngularWorkspace, a: number, b: number): boolean {
  const da = ws.angleUnits[a] - ws.angleUnits[b];
  return da < 0 || (da === 0 && ws.lengthM[a] < ws.lengthM[b]);
}

function siftUp(ws: AngularWorkspace, i0: number): void {
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

function siftDown(ws: AngularWorkspace, size: number): void {
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

function push(ws: AngularWorkspace, arc: number, size: number): number {
  ws.heap[size] = arc;
  ws.heapPos[arc] = size;
  siftUp(ws, size);
  return size + 1;
}

/**
 * Least-angle routes from the midpoint of segment `source` to every segment within the metric
 * radius, counting the routes (σ) as in Brandes' algorithm. Routes are ordered by angular cost,
 * then by metric length; routes equal in both (angle in whole {@link ANGLE_UNIT_RAD}, length
 * within {@link PATH_TIE_TOLERANCE_M}) are all shortest. The metric radius follows depthmapX's
 * segment analysis: a route is extended to the next segment only while its length, midpoint to
 * midpoint (½ℓ(s) + Σ ℓ(intermediate) + ½ℓ(t)), stays ≤ `radiusM` — a label-setting search on
 * angle pruned by length, not an exact length-constrained shortest path.
 *
 * @param source - origin segment (edge index); both of its arcs start at angle 0
 * @param radiusM - metric radius R [m], finite
 * @param ws - from {@link createAngularWorkspace}; filled in place
 * @see Turner A., Environment and Planning B 34(3):539–555, 2007 (angular segment analysis with
 *   metric radius); depthmapX `salalib/segmmodules/segmtulip.cpp` (radius test
 *   `metricdepth + ½·seglength > radius`). Brandes U., "A faster algorithm for betweenness
 *   centrality", J. Math. Sociol. 25(2):163–177, 2001.
 */
export function angularShortestPaths(
  ag: AngularSegmentGraph,
  source: number,
  radiusM: number,
  ws: AngularWorkspace,
): void {
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
function tied(ws: AngularWorkspace, a: number, b: number): boolean {
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
export function accumulateAngularChoice(
  ag: AngularSegmentGraph,
  ws: AngularWorkspace,
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

/**
 * Angular choice of every segment at several metric radii: the number of pairs of segments
 * (origin s, destination t, unordered, both within the radius) whose least-angle route passes
 * through the segment, shared equally among equal routes. Space syntax "choice" on the segment
 * map (Hillier & Iida 2005; Turner 2007) with the angular cost of {@link angularSegmentGraph},
 * the radius of {@link angularShortestPaths} and the tie splitting of Brandes (2001). One pruned
 * search per source and radius.
 *
 * @param graph - street graph
 * @param radiiM - metric radii [m], default {@link DEFAULT_RADII_M}
 * @param sourceStart - first origin segment (default 0), for splitting the sources over workers
 * @param sourceEnd - one past the last origin segment (default edgeCount)
 * @returns choice [pairs], radius k of `radiiM` at `[k·edgeCount + e]`
 * @example angularChoice(graph, [400, 800, 1200])[2 * graph.edgeCount + e] // choice of e at 1200 m
 */
export function angularChoice(
  graph: StreetGraph,
  radiiM: readonly number[] = DEFAULT_RADII_M,
  sourceStart = 0,
  sourceEnd = graph.edgeCount,
): Float64Array {
  for (const r of radiiM) {
    if (!(r > 0 && Number.isFinite(r)))
      throw new RangeError(`angular choice radii must be finite and > 0 m, received ${r}`);
  }
  const ag = angularSegmentGraph(graph);
  const ws = createAngularWorkspace(graph.edgeCount);
  const out = new Float64Array(radiiM.length * graph.edgeCount);
  for (let s = sourceStart; s < sourceEnd; s++) {
    for (let k = 0; k < radiiM.length; k++) {
      angularShortestPaths(ag, s, radiiM[k], ws);
      accumulateAngularChoice(ag, ws, s, out, k * graph.edgeCount);
    }
  }
  return out;
}
