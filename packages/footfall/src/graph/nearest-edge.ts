import type { StreetGraph } from './street-graph.js';

/**
 * A uniform-grid index of the graph's polyline pieces, for nearest-segment queries.
 * Pieces are registered in every cell their bounding box touches.
 */
export interface EdgeIndex {
  cellSizeM: number;
  minXM: number;
  minYM: number;
  columns: number;
  rows: number;
  /** CSR over cells: pieces of cell c are `cellOffsets[c] … cellOffsets[c+1]-1`. */
  cellOffsets: Int32Array;
  /** Piece → its first vertex index in `graph.edgeXYM` (the piece runs to the next vertex). */
  cellPieces: Int32Array;
  /** Vertex index → edge (for pieces). */
  vertexEdge: Int32Array;
}

/** A point snapped to the nearest edge. */
export interface EdgeSnap {
  edge: number;
  /** Distance from the point to the edge [m]. */
  distanceM: number;
  /** Distance along the edge from `edgeFrom` to the snapped point [m]. */
  alongM: number;
}

/**
 * Build an {@link EdgeIndex} over the graph's polylines.
 *
 * @param cellSizeM - grid cell size [m]; default 50 m (a city block face)
 */
export function buildEdgeIndex(graph: StreetGraph, cellSizeM = 50): EdgeIndex {
  const xy = graph.edgeXYM;
  const nv = xy.length / 2;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let v = 0; v < nv; v++) {
    minX = Math.min(minX, xy[2 * v]);
    maxX = Math.max(maxX, xy[2 * v]);
    minY = Math.min(minY, xy[2 * v + 1]);
    maxY = Math.max(maxY, xy[2 * v + 1]);
  }
  if (nv === 0) minX = minY = maxX = maxY = 0;
  const columns = Math.max(1, Math.floor((maxX - minX) / cellSizeM) + 1);
  const rows = Math.max(1, Math.floor((maxY - minY) / cellSizeM) + 1);
  const vertexEdge = new Int32Array(nv).fill(-1);
  for (let e = 0; e < graph.edgeCount; e++) {
    for (let v = graph.edgeVertexOffsets[e]; v < graph.edgeVertexOffsets[e + 1] - 1; v++) {
      vertexEdge[v] = e;
    }
  }
  const counts = new Int32Array(columns * rows + 1);
  const visit = (v: number, add: (cell: number) => void) => {
    const c0 = Math.floor((Math.min(xy[2 * v], xy[2 * v + 2]) - minX) / cellSizeM);
    const c1 = Math.floor((Math.max(xy[2 * v], xy[2 * v + 2]) - minX) / cellSizeM);
    const r0 = Math.floor((Math.min(xy[2 * v + 1], xy[2 * v + 3]) - minY) / cellSizeM);
    const r1 = Math.floor((Math.max(xy[2 * v + 1], xy[2 * v + 3]) - minY) / cellSizeM);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) add(r * columns + c);
  };
  for (let v = 0; v < nv; v++) if (vertexEdge[v] >= 0) visit(v, (cell) => counts[cell + 1]++);
  const cellOffsets = new Int32Array(columns * rows + 1);
  for (let c = 0; c < columns * rows; c++) cellOffsets[c + 1] = cellOffsets[c] + counts[c + 1];
  const fill = cellOffsets.slice(0, columns * rows);
  const cellPieces = new Int32Array(cellOffsets[columns * rows]);
  for (let v = 0; v < nv; v++) {
    if (vertexEdge[v] >= 0) visit(v, (cell) => (cellPieces[fill[cell]++] = v));
  }
  return {
    cellSizeM,
    minXM: minX,
    minYM: minY,
    columns,
    rows,
    cellOffsets,
    cellPieces,
    vertexEdge,
  };
}

/**
 * Nearest edge to a point within `maxDistanceM`, or `null` when none is that close.
 * Exact (every piece within reach is tested); ties go to the lowest edge index.
 *
 * @param xM - point x [m]
 * @param yM - point y [m]
 * @param maxDistanceM - search radius [m]
 */
export function nearestEdge(
  graph: StreetGraph,
  index: EdgeIndex,
  xM: number,
  yM: number,
  maxDistanceM: number,
): EdgeSnap | null {
  return edgesNear(graph, index, xM, yM, maxDistanceM)[0] ?? null;
}

/**
 * Every edge within `maxDistanceM` of a point, each with its closest position, sorted by
 * distance (ties by edge index).
 *
 * @param xM - point x [m]
 * @param yM - point y [m]
 * @param maxDistanceM - search radius [m]
 */
export function edgesNear(
  graph: StreetGraph,
  index: EdgeIndex,
  xM: number,
  yM: number,
  maxDistanceM: number,
): EdgeSnap[] {
  const xy = graph.edgeXYM;
  const s = index.cellSizeM;
  const c0 = Math.max(0, Math.floor((xM - maxDistanceM - index.minXM) / s));
  const c1 = Math.min(index.columns - 1, Math.floor((xM + maxDistanceM - index.minXM) / s));
  const r0 = Math.max(0, Math.floor((yM - maxDistanceM - index.minYM) / s));
  const r1 = Math.min(index.rows - 1, Math.floor((yM + maxDistanceM - index.minYM) / s));
  const best = new Map<number, EdgeSnap>();
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const cell = r * index.columns + c;
      for (let p = index.cellOffsets[cell]; p < index.cellOffsets[cell + 1]; p++) {
        const v = index.cellPieces[p];
        const ax = xy[2 * v];
        const ay = xy[2 * v + 1];
        const dx = xy[2 * v + 2] - ax;
        const dy = xy[2 * v + 3] - ay;
        const l2 = dx * dx + dy * dy;
        const t = l2 > 0 ? Math.min(1, Math.max(0, ((xM - ax) * dx + (yM - ay) * dy) / l2)) : 0;
        const d = Math.hypot(ax + t * dx - xM, ay + t * dy - yM);
        if (d > maxDistanceM) continue;
        const e = index.vertexEdge[v];
        const prev = best.get(e);
        if (prev !== undefined && prev.distanceM <= d) continue;
        let along = t * Math.sqrt(l2);
        for (let u = graph.edgeVertexOffsets[e]; u < v; u++) {
          along += Math.hypot(xy[2 * u + 2] - xy[2 * u], xy[2 * u + 3] - xy[2 * u + 1]);
        }
        best.set(e, { edge: e, distanceM: d, alongM: along });
      }
    }
  }
  return [...best.values()].sort((a, b) => a.distanceM - b.distanceM || a.edge - b.edge);
}
