/**
 * Issue 5 performance targets on a 50 000-edge graph: all network features at three radii
 * (400/800/1200 m) in ≤ 20 s on 2 cores, and re-scoring after one street is closed or
 * pedestrianised in ≤ 1 s. The graph is a 159 × 159 grid (50 244 edges) with 34 m blocks,
 * the node density of the Sydney CBD OSM extract (≈ 2 500 nodes within 1 200 m of a node),
 * every node an attractor; the changed street is in the middle of the grid, where the most
 * sources reach it. Run: `npx vitest bench packages/footfall`. One core runs the full
 * computation here; sources split over two workers with `accumulateNetworkFeatures` halve it.
 */
import { bench, describe } from 'vitest';
import { buildStreetGraph, type ProjectedWay } from '../graph/street-graph.js';
import { networkFeatureState, rescoreAfterEdgeChange } from './edge-change.js';
import { networkFeatures } from './network-features.js';

const side = 159;
const blockM = 34;
const ways: ProjectedWay[] = [];
for (let i = 0; i < side; i++) {
  const row = new Float64Array(2 * side);
  const col = new Float64Array(2 * side);
  for (let k = 0; k < side; k++) {
    row[2 * k] = k * blockM;
    row[2 * k + 1] = i * blockM;
    col[2 * k] = i * blockM;
    col[2 * k + 1] = k * blockM;
  }
  ways.push({ id: `r${i}`, xyM: row }, { id: `c${i}`, xyM: col });
}
const { graph } = buildStreetGraph(ways);
const attraction = new Float64Array(graph.nodeCount).fill(1);
const options = { radiiM: [400, 800, 1200], nodeAttraction: attraction };
const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };

/** The edge whose midpoint is nearest the centre of the grid. */
function centralEdge(): number {
  const c = ((side - 1) * blockM) / 2;
  let best = 0;
  let bestD = Number.POSITIVE_INFINITY;
  for (let e = 0; e < graph.edgeCount; e++) {
    const x = (graph.nodeXM[graph.edgeFrom[e]] + graph.nodeXM[graph.edgeTo[e]]) / 2;
    const y = (graph.nodeYM[graph.edgeFrom[e]] + graph.nodeYM[graph.edgeTo[e]]) / 2;
    const d = Math.hypot(x - c, y - c);
    if (d < bestD) {
      bestD = d;
      best = e;
    }
  }
  return best;
}

describe(`network features, ${graph.edgeCount} edges`, () => {
  bench(
    'betweenness + closeness + reach + flow at 400/800/1200 m',
    () => {
      networkFeatures(graph, options);
    },
    once,
  );
});

describe(`re-scoring one street, ${graph.edgeCount} edges`, () => {
  const state = networkFeatureState(graph, options);
  const edge = centralEdge();
  bench(
    'close the central street',
    () => {
      const r = rescoreAfterEdgeChange(state, { edge, impedanceFactor: Number.POSITIVE_INFINITY });
      process.stderr.write(`closing: ${r.recomputedSources} of ${graph.nodeCount} sources recomputed\n`);
    },
    once,
  );
  bench(
    'pedestrianise the central street (impedance × 0.7)',
    () => {
      const r = rescoreAfterEdgeChange(state, { edge, impedanceFactor: 0.7 });
      process.stderr.write(`pedestrianising: ${r.recomputedSources} of ${graph.nodeCount} sources recomputed\n`);
    },
    once,
  );
});
