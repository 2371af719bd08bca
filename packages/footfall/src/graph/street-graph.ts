/**
 * A street network as compact typed arrays (compressed sparse rows). Every array is a plain
 * typed array, so the whole graph can be posted to a worker with its buffers transferred.
 *
 * Nodes are junctions and dead ends; edges ("segments") are the pieces of ways between two
 * nodes, undirected, stored once in `edge*` and as two arcs (one per direction) in the CSR.
 * Coordinates are metres in a local projection (see `geo/local-projection.ts`).
 */
export interface StreetGraph {
  nodeCount: number;
  edgeCount: number;
  /** Node x [m east]. */
  nodeXM: Float64Array;
  /** Node y [m north]. */
  nodeYM: Float64Array;
  /** CSR row offsets: arcs of node v are `arcOffsets[v] … arcOffsets[v+1]-1` (length nodeCount+1). */
  arcOffsets: Int32Array;
  /** Arc head node (length 2·edgeCount). */
  arcTarget: Int32Array;
  /** Arc → its edge (length 2·edgeCount). */
  arcEdge: Int32Array;
  /** Arc length [m] (copy of the edge length, for locality in Dijkstra). */
  arcLengthM: Float64Array;
  /** Edge end nodes. */
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  /** Edge length along its polyline [m]. */
  edgeLengthM: Float64Array;
  /** Edge → index of the way it was cut from (see {@link BuiltStreetGraph.wayIds}). */
  edgeWay: Int32Array;
  /** Edge polyline vertex offsets into `edgeXYM` (in vertices; length edgeCount+1). */
  edgeVertexOffsets: Int32Array;
  /** Edge polyline vertices, interleaved x, y [m], from `edgeFrom` to `edgeTo`. */
  edgeXYM: Float64Array;
}

/** A way in local metric coordinates, ready to be cut into segments. */
export interface ProjectedWay {
  id: string;
  /** Interleaved x, y [m]. */
  xyM: Float64Array;
}

/** A way (or part of it) removed while building the graph. */
export interface DroppedWay {
  wayId: string;
  reason: string;
}

/** Result of {@link buildStreetGraph}. */
export interface BuiltStreetGraph {
  graph: StreetGraph;
  /** Way ids indexed by `edgeWay`. */
  wayIds: string[];
  /** Ways (or fragments) dropped: collapsed by snapping, or outside the largest component. */
  dropped: DroppedWay[];
}

/** Options for {@link buildStreetGraph}. */
export interface BuildStreetGraphOptions {
  /**
   * Vertices closer than this are merged into one [m]. Default 1 m: below OSM's typical
   * digitising precision, merges duplicated junction vertices of separately drawn ways
   * without merging the two sidewalks of a street.
   */
  snapToleranceM?: number;
}

/** Greedy snapping of points within `tol` to the first representative found (hash grid). */
class VertexSnapper {
  readonly xs: number[] = [];
  readonly ys: number[] = [];
  private readonly cells = new Map<string, number[]>();
  constructor(private readonly tol: number) {}

  snap(x: number, y: number): number {
    const cx = Math.floor(x / this.tol);
    const cy = Math.floor(y / this.tol);
    let best = -1;
    let bestD2 = this.tol * this.tol;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const list = this.cells.get(`${cx + dx},${cy + dy}`);
        if (!list) continue;
        for (const r of list) {
          const ex = this.xs[r] - x;
          const ey = this.ys[r] - y;
          const d2 = ex * ex + ey * ey;
          if (d2 <= bestD2) {
            bestD2 = d2;
            best = r;
          }
        }
      }
    }
    if (best >= 0) return best;
    const id = this.xs.length;
    this.xs.push(x);
    this.ys.push(y);
    const key = `${cx},${cy}`;
    const list = this.cells.get(key);
    if (list) list.push(id);
    else this.cells.set(key, [id]);
    return id;
  }
}

function find(parent: Int32Array, a: number): number {
  let r = a;
  while (parent[r] !== r) r = parent[r];
  let x = a;
  while (parent[x] !== r) {
    const next = parent[x];
    parent[x] = r;
    x = next;
  }
  return r;
}

/**
 * Build the pedestrian graph from ways:
 * 1. vertices closer than `snapToleranceM` are merged (greedy, first representative wins);
 * 2. ways are split at every vertex shared with another way (or repeated in the same way)
 *    and at their ends — geometric crossings without a shared vertex (bridges, tunnels) are
 *    not junctions, as in OSM;
 * 3. only the connected component with the largest total length is kept; the others are
 *    listed in `dropped` with their way ids.
 *
 * @param ways - ways in local metres
 * @example buildStreetGraph([{ id: 'a', xyM: new Float64Array([0, 0, 100, 0]) }]).graph.edgeCount // 1
 */
export function buildStreetGraph(
  ways: readonly ProjectedWay[],
  options: BuildStreetGraphOptions = {},
): BuiltStreetGraph {
  const tol = options.snapToleranceM ?? 1;
  if (!(tol > 0)) throw new RangeError(`snapToleranceM must be > 0 m, received ${tol}`);
  const snapper = new VertexSnapper(tol);
  const dropped: DroppedWay[] = [];
  const seqs: Int32Array[] = [];
  const keptWays: ProjectedWay[] = [];
  for (const w of ways) {
    const n = w.xyM.length / 2;
    const seq: number[] = [];
    for (let i = 0; i < n; i++) {
      const r = snapper.snap(w.xyM[2 * i], w.xyM[2 * i + 1]);
      if (seq.length === 0 || seq[seq.length - 1] !== r) seq.push(r);
    }
    if (seq.length < 2) {
      dropped.push({ wayId: w.id, reason: `shorter than the snap tolerance (${tol} m)` });
      continue;
    }
    seqs.push(Int32Array.from(seq));
    keptWays.push(w);
  }
  const repCount = snapper.xs.length;
  const uses = new Int32Array(repCount);
  const isNode = new Uint8Array(repCount);
  for (const seq of seqs) {
    for (let i = 0; i < seq.length; i++) uses[seq[i]]++;
    isNode[seq[0]] = 1;
    isNode[seq[seq.length - 1]] = 1;
  }
  for (let r = 0; r < repCount; r++) if (uses[r] >= 2) isNode[r] = 1;

  // Cut ways into edges between nodes.
  const eFrom: number[] = [];
  const eTo: number[] = [];
  const eLen: number[] = [];
  const eWay: number[] = [];
  const vOff: number[] = [0];
  const xy: number[] = [];
  const sx = snapper.xs;
  const sy = snapper.ys;
  for (let w = 0; w < seqs.length; w++) {
    const seq = seqs[w];
    let start = 0;
    for (let i = 1; i < seq.length; i++) {
      if (!isNode[seq[i]]) continue;
      let len = 0;
      for (let k = start; k <= i; k++) {
        xy.push(sx[seq[k]], sy[seq[k]]);
        if (k > start) len += Math.hypot(sx[seq[k]] - sx[seq[k - 1]], sy[seq[k]] - sy[seq[k - 1]]);
      }
      eFrom.push(seq[start]);
      eTo.push(seq[i]);
      eLen.push(len);
      eWay.push(w);
      vOff.push(xy.length / 2);
      start = i;
    }
  }

  // Keep the component with the largest total length.
  const parent = new Int32Array(repCount);
  for (let r = 0; r < repCount; r++) parent[r] = r;
  for (let e = 0; e < eFrom.length; e++) {
    const a = find(parent, eFrom[e]);
    const b = find(parent, eTo[e]);
    if (a !== b) parent[a] = b;
  }
  const compLen = new Float64Array(repCount);
  for (let e = 0; e < eFrom.length; e++) compLen[find(parent, eFrom[e])] += eLen[e];
  let bestRoot = -1;
  for (let r = 0; r < repCount; r++) {
    if (parent[r] === r && (bestRoot < 0 || compLen[r] > compLen[bestRoot])) bestRoot = r;
  }
  const keepEdge = new Uint8Array(eFrom.length);
  const droppedWayFragment = new Set<number>();
  for (let e = 0; e < eFrom.length; e++) {
    if (find(parent, eFrom[e]) === bestRoot) keepEdge[e] = 1;
    else droppedWayFragment.add(eWay[e]);
  }
  for (const w of droppedWayFragment) {
    dropped.push({
      wayId: keptWays[w].id,
      reason: 'not connected to the largest network component',
    });
  }

  // Renumber nodes and edges, build the CSR.
  const nodeOf = new Int32Array(repCount).fill(-1);
  let nodeCount = 0;
  let edgeCount = 0;
  let vertexCount = 0;
  for (let e = 0; e < eFrom.length; e++) {
    if (!keepEdge[e]) continue;
    edgeCount++;
    vertexCount += vOff[e + 1] - vOff[e];
    for (const r of [eFrom[e], eTo[e]]) if (nodeOf[r] < 0) nodeOf[r] = nodeCount++;
  }
  const nodeXM = new Float64Array(nodeCount);
  const nodeYM = new Float64Array(nodeCount);
  for (let r = 0; r < repCount; r++) {
    if (nodeOf[r] >= 0) {
      nodeXM[nodeOf[r]] = sx[r];
      nodeYM[nodeOf[r]] = sy[r];
    }
  }
  const edgeFrom = new Int32Array(edgeCount);
  const edgeTo = new Int32Array(edgeCount);
  const edgeLengthM = new Float64Array(edgeCount);
  const edgeWay = new Int32Array(edgeCount);
  const edgeVertexOffsets = new Int32Array(edgeCount + 1);
  const edgeXYM = new Float64Array(vertexCount * 2);
  const degree = new Int32Array(nodeCount + 1);
  let k = 0;
  for (let e = 0; e < eFrom.length; e++) {
    if (!keepEdge[e]) continue;
    edgeFrom[k] = nodeOf[eFrom[e]];
    edgeTo[k] = nodeOf[eTo[e]];
    edgeLengthM[k] = eLen[e];
    edgeWay[k] = eWay[e];
    const v0 = edgeVertexOffsets[k];
    for (let v = vOff[e]; v < vOff[e + 1]; v++) {
      edgeXYM[2 * (v0 + v - vOff[e])] = xy[2 * v];
      edgeXYM[2 * (v0 + v - vOff[e]) + 1] = xy[2 * v + 1];
    }
    edgeVertexOffsets[k + 1] = v0 + vOff[e + 1] - vOff[e];
    degree[edgeFrom[k] + 1]++;
    degree[edgeTo[k] + 1]++;
    k++;
  }
  const arcOffsets = new Int32Array(nodeCount + 1);
  for (let v = 0; v < nodeCount; v++) arcOffsets[v + 1] = arcOffsets[v] + degree[v + 1];
  const fill = arcOffsets.slice(0, nodeCount);
  const arcTarget = new Int32Array(2 * edgeCount);
  const arcEdge = new Int32Array(2 * edgeCount);
  const arcLengthM = new Float64Array(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const a = fill[edgeFrom[e]]++;
    arcTarget[a] = edgeTo[e];
    arcEdge[a] = e;
    arcLengthM[a] = edgeLengthM[e];
    const b = fill[edgeTo[e]]++;
    arcTarget[b] = edgeFrom[e];
    arcEdge[b] = e;
    arcLengthM[b] = edgeLengthM[e];
  }
  return {
    graph: {
      nodeCount,
      edgeCount,
      nodeXM,
      nodeYM,
      arcOffsets,
      arcTarget,
      arcEdge,
      arcLengthM,
      edgeFrom,
      edgeTo,
      edgeLengthM,
      edgeWay,
      edgeVertexOffsets,
      edgeXYM,
    },
    wayIds: keptWays.map((w) => w.id),
    dropped,
  };
}
