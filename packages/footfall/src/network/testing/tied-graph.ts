/** Street graphs for the network tests (not exported by the package). */
import { buildStreetGraph, type ProjectedWay, type StreetGraph } from '../../graph/street-graph.js';

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 14 × 14 grid of 40 m blocks with 15 % of the blocks' sides missing and some diagonals: many equal paths. */
export function tiedGraph(seed: number): StreetGraph {
  const rnd = random(seed);
  const ways: ProjectedWay[] = [];
  for (let i = 0; i < 14; i++) {
    for (let k = 0; k < 14; k++) {
      const x = 40 * i;
      const y = 40 * k;
      if (i < 13 && rnd() > 0.15) ways.push({ id: `h${i},${k}`, xyM: Float64Array.of(x, y, x + 40, y) });
      if (k < 13 && rnd() > 0.15) ways.push({ id: `v${i},${k}`, xyM: Float64Array.of(x, y, x, y + 40) });
      if (i < 13 && k < 13 && rnd() < 0.1) ways.push({ id: `d${i},${k}`, xyM: Float64Array.of(x, y, x + 40, y + 40) });
    }
  }
  return buildStreetGraph(ways).graph;
}

/** Index of the edge joining the nodes at (x1, y1) and (x2, y2) [m]; throws when there is none. */
export function edgeBetween(g: StreetGraph, x1: number, y1: number, x2: number, y2: number): number {
  const node = (x: number, y: number) => {
    for (let v = 0; v < g.nodeCount; v++) if (g.nodeXM[v] === x && g.nodeYM[v] === y) return v;
    throw new Error(`no node at ${x},${y}`);
  };
  const a = node(x1, y1);
  const b = node(x2, y2);
  for (let e = 0; e < g.edgeCount; e++) {
    if ((g.edgeFrom[e] === a && g.edgeTo[e] === b) || (g.edgeFrom[e] === b && g.edgeTo[e] === a)) return e;
  }
  throw new Error(`no edge between ${x1},${y1} and ${x2},${y2}`);
}
