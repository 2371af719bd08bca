import type { StreetGraph } from '../graph/street-graph.js';
import { heapSiftDown, heapSiftUp } from './indexed-heap.js';
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
  /** Half the length of each arc's segment, ½ℓ [m] (length 2·edgeCount). */
  arcHalfLengthM: Float64Array;
  /** Largest entry of `turnUnits` (0 when there is no transition). */
  maxTurnUnits: number;
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
  const arcHalfLengthM = new Float64Array(arcCount);
  for (let a = 0; a < arcCount; a++) arcHalfLengthM[a] = 0.5 * graph.edgeLengthM[arcEdge[a]];
  let maxTurnUnits = 0;
  for (const u of turnUnits) if (u > maxTurnUnits) maxTurnUnits = u;
  return { graph, arcReverse, turnOffsets, turnUnits, arcHalfLengthM, maxTurnUnits };
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
  /** Dependency δ of the Brandes accumulation. */
  delta: Float64Array;
  /** Arcs settled, in non-decreasing (angle, length); the first `settledCount` are valid. */
  order: Int32Array;
  settledCount: number;
  stamp: Int32Array;
  currentStamp: number;
  /**
   * 4-ary heap (children of i at 4i + 1 … 4i + 4) of the arcs at the current angle, by length;
   * `heapKeyM[i]` = lengthM of `heap[i]`.
   */
  heap: Int32Array;
  heapKeyM: Float64Array;
  /** Position of an arc in `heap`; −1 settled, −2 waiting in an angle bucket. */
  heapPos: Int32Array;
  /**
   * Dial's angle buckets, circular over `maxTurnUnits + 1` angles: first entry of each bucket's
   * list (−1 empty); entries are arc `entryArc[i]`, next entry `entryNext[i]`.
   */
  bucketHead: Int32Array;
  entryArc: Int32Array;
  entryNext: Int32Array;
  /**
   * Predecessors of each reached arc (the arcs whose routes σ counts): first entry `predHead`
   * (−1 none), entries `predArc[i]`, next `predNext[i]`.
   */
  predHead: Int32Array;
  predArc: Int32Array;
  predNext: Int32Array;
}

/** Allocate an {@link AngularWorkspace} for a graph of `edgeCount` segments. */
export function createAngularWorkspace(edgeCount: number): AngularWorkspace {
  const n = 2 * edgeCount;
  return {
    angleUnits: new Int32Array(n),
    lengthM: new Float64Array(n),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
    settledCount: 0,
    stamp: new Int32Array(n),
    currentStamp: 0,
    heap: new Int32Array(n),
    heapKeyM: new Float64Array(n),
    heapPos: new Int32Array(n),
    bucketHead: new Int32Array(0),
    entryArc: new Int32Array(0),
    entryNext: new Int32Array(0),
    predHead: new Int32Array(n),
    predArc: new Int32Array(0),
    predNext: new Int32Array(0),
  };
}

/** Lexicographic (angle, length) order of two arcs' labels. */
function before(ws: AngularWorkspace, a: number, b: number): boolean {
  const da = ws.angleUnits[a] - ws.angleUnits[b];
  return da < 0 || (da === 0 && ws.lengthM[a] < ws.lengthM[b]);
}

/**
 * Least-angle routes from the midpoint of segment `source` to every segment within the metric
 * radius, counting the routes (σ) as in Brandes' algorithm. Routes are ordered by angular cost,
 * then by metric length; routes equal in both (angle in whole {@link ANGLE_UNIT_RAD}, length
 * within {@link PATH_TIE_TOLERANCE_M}) are all shortest. The metric radius follows depthmapX's
 * segment analysis: a route is extended to the next segment only while its length, midpoint to
 * midpoint (½ℓ(s) + Σ ℓ(intermediate) + ½ℓ(t)), stays ≤ `radiusM` — a label-setting search on
 * angle pruned by length, not an exact length-constrained shortest path. Each arc's
 * predecessors (the arcs whose σ it sums) are recorded for {@link accumulateAngularChoice}.
 *
 * The queue is Dial's: one bucket per whole angle, circular over the largest transition cost + 1
 * angles (every queued angle lies within that of the current one); the arcs of the current
 * angle, zero-turn continuations included, are settled by length from a 4-ary heap.
 *
 * @param source - origin segment (edge index); both of its arcs start at angle 0
 * @param radiusM - metric radius R [m], finite
 * @param ws - from {@link createAngularWorkspace}; filled in place
 * @see Turner A., Environment and Planning B 34(3):539–555, 2007 (angular segment analysis with
 *   metric radius); depthmapX `salalib/segmmodules/segmtulip.cpp` (radius test
 *   `metricdepth + ½·seglength > radius`). Brandes U., "A faster algorithm for betweenness
 *   centrality", J. Math. Sociol. 25(2):163–177, 2001. Dial R.B., "Algorithm 360: shortest-path
 *   forest with topological ordering", Communications of the ACM 12(11):632–633, 1969.
 */
export function angularShortestPaths(
  ag: AngularSegmentGraph,
  source: number,
  radiusM: number,
  ws: AngularWorkspace,
): void {
  const { arcOffsets, arcTarget, arcEdge } = ag.graph;
  const { turnOffsets, turnUnits, arcReverse, arcHalfLengthM } = ag;
  const bucketCount = ag.maxTurnUnits + 1;
  if (ws.bucketHead.length < bucketCount) ws.bucketHead = new Int32Array(bucketCount);
  ws.bucketHead.fill(-1, 0, bucketCount);
  if (ws.entryArc.length < turnUnits.length) {
    ws.entryArc = new Int32Array(turnUnits.length);
    ws.entryNext = new Int32Array(turnUnits.length);
    ws.predArc = new Int32Array(turnUnits.length);
    ws.predNext = new Int32Array(turnUnits.length);
  }
  const { angleUnits, lengthM, sigma, order, stamp, heapPos, heap, bucketHead, entryArc, entryNext } = ws;
  const { predHead, predArc, predNext } = ws;
  const st = ++ws.currentStamp;
  let size = 0;
  let settled = 0;
  let entries = 0;
  let preds = 0;
  let queued = 0;
  let current = 0;
  let start = arcOffsets[ag.graph.edgeFrom[source]];
  while (arcEdge[start] !== source) start++;
  const reverse = arcReverse[start];
  stamp[start] = st;
  stamp[reverse] = st;
  angleUnits[start] = 0;
  angleUnits[reverse] = 0;
  lengthM[start] = 0;
  lengthM[reverse] = 0;
  sigma[start] = 1;
  sigma[reverse] = 1;
  predHead[start] = -1;
  predHead[reverse] = -1;
  heapSiftUp(ws, size++, start, 0);
  heapSiftUp(ws, size++, reverse, 0);
  for (;;) {
    if (size === 0) {
      if (queued === 0) break;
      // Next angle: its bucket's live entries (arcs still waiting at that angle) enter the heap.
      current++;
      const slot = current % bucketCount;
      for (let i = bucketHead[slot]; i >= 0; i = entryNext[i]) {
        const b = entryArc[i];
        if (heapPos[b] !== -2 || angleUnits[b] !== current) continue;
        queued--;
        heapSiftUp(ws, size++, b, lengthM[b]);
      }
      bucketHead[slot] = -1;
      continue;
    }
    const a = heap[0];
    heapSiftDown(ws, size);
    size--;
    heapPos[a] = -1;
    order[settled++] = a;
    const v = arcTarget[a];
    const lenA = lengthM[a] + arcHalfLengthM[a];
    const angA = angleUnits[a];
    const sigmaA = sigma[a];
    const base = turnOffsets[a] - arcOffsets[v];
    const end = arcOffsets[v + 1];
    for (let b = arcOffsets[v]; b < end; b++) {
      const turn = turnUnits[base + b];
      if (turn < 0) continue;
      const len = lenA + arcHalfLengthM[b];
      if (len > radiusM) continue;
      const ang = angA + turn;
      if (stamp[b] !== st) {
        stamp[b] = st;
        angleUnits[b] = ang;
        lengthM[b] = len;
        sigma[b] = sigmaA;
        predHead[b] = preds;
      } else {
        const pos = heapPos[b];
        if (pos === -1) continue;
        const angB = angleUnits[b];
        if (ang > angB) continue;
        if (ang === angB) {
          if (len < lengthM[b] - PATH_TIE_TOLERANCE_M) {
            lengthM[b] = len;
            sigma[b] = sigmaA;
            predHead[b] = preds;
            predArc[preds] = a;
            predNext[preds++] = -1;
            if (pos >= 0) heapSiftUp(ws, pos, b, len);
          } else if (len <= lengthM[b] + PATH_TIE_TOLERANCE_M) {
            sigma[b] += sigmaA;
            predArc[preds] = a;
            predNext[preds] = predHead[b];
            predHead[b] = preds++;
          }
          continue;
        }
        // A smaller angle for an arc waiting in a later bucket: it moves to bucket `ang`.
        angleUnits[b] = ang;
        lengthM[b] = len;
        sigma[b] = sigmaA;
        predHead[b] = preds;
        queued--;
      }
      predArc[preds] = a;
      predNext[preds++] = -1;
      if (ang === current) heapSiftUp(ws, size++, b, len);
      else {
        heapPos[b] = -2;
        queued++;
        const slot = ang % bucketCount;
        entryArc[entries] = b;
        entryNext[entries] = bucketHead[slot];
        bucketHead[slot] = entries++;
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
 * with P(y) the predecessors the search recorded for y, the arcs whose routes σ(y) sums; so a
 * segment gains the share of the s–t routes that pass through it, origin and destination
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
  const { arcEdge } = ag.graph;
  const { arcReverse } = ag;
  const { sigma, delta, order, stamp, currentStamp, predHead, predArc, predNext } = ws;
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
    const sigmaY = sigma[y];
    for (let k = predHead[y]; k >= 0; k = predNext[k]) {
      const x = predArc[k];
      delta[x] += (sigma[x] / sigmaY) * carried;
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
