/**
 * Issue 5 performance targets on a 50 000-edge graph: all network features at three radii
 * (400/800/1200 m) in ≤ 20 s on 2 cores, and re-scoring after one street is closed or
 * pedestrianised in ≤ 1 s. The graph is a 159 × 159 grid (50 244 edges) with 34 m blocks,
 * the node density of the Sydney CBD OSM extract (≈ 2 500 nodes within 1 200 m of a node),
 * every node an attractor. The changed street is in the middle of the grid, where the most
 * sources reach it, or 3 blocks from its edge; each re-scoring prints how many sources it
 * recomputed. Run: `npx vitest bench packages/footfall`. One core runs the full
 * computation here; sources split over two workers with `accumulateNetworkFeatures` halve it.
 */
import { bench, describe } from 'vitest';
import { buildStreetGraph, type ProjectedWay } from '../graph/street-graph.js';
import {
  accumulateAngularChoice,
  angularSegmentGraph,
  angularShortestPaths,
  createAngularWorkspace,
} from './angular-choice.js';
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

/** The edge whose midpoint is nearest (x, y) [m]. */
function edgeNearest(xM: number, yM: number): number {
  let best = 0;
  let bestD = Number.POSITIVE_INFINITY;
  for (let e = 0; e < graph.edgeCount; e++) {
    const x = (graph.nodeXM[graph.edgeFrom[e]] + graph.nodeXM[graph.edgeTo[e]]) / 2;
    const y = (graph.nodeYM[graph.edgeFrom[e]] + graph.nodeYM[graph.edgeTo[e]]) / 2;
    const d = Math.hypot(x - xM, y - yM);
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
  const centreM = ((side - 1) * blockM) / 2;
  const streets = [
    { name: 'central street', edge: edgeNearest(centreM, centreM) },
    { name: 'peripheral street (3 blocks from the edge of the grid)', edge: edgeNearest(centreM, 3.5 * blockM) },
  ];
  const changes = [
    { name: 'close', impedanceFactor: Number.POSITIVE_INFINITY },
    { name: 'pedestrianise (impedance × 0.7)', impedanceFactor: 0.7 },
  ];
  for (const { name, edge } of streets) {
    for (const change of changes) {
      bench(
        `${change.name}: ${name}`,
        () => {
          const r = rescoreAfterEdgeChange(state, { edge, impedanceFactor: change.impedanceFactor });
          process.stderr.write(`${change.name} ${name}: ${r.recomputedSources} of ${graph.nodeCount} sources\n`);
        },
        { iterations: 3, warmupIterations: 0, time: 0, warmupTime: 0 },
      );
    }
  }
});

// Angular choice (optional feature, `angular` option): one least-angle search per source and
// radius (Dial's angle buckets, a length heap per bucket). A full run takes over a minute, so
// the bench times an evenly spaced sample of origin segments and extrapolates to all of them
// (one core; `gisement footfall --angular` splits the origins over worker threads).
describe(`angular choice, ${graph.edgeCount} edges`, () => {
  const sampleSize = 2000;
  const stride = Math.floor(graph.edgeCount / sampleSize);
  bench(
    `angular choice at 400/800/1200 m, ${sampleSize} origin segments`,
    () => {
      const t0 = performance.now();
      const ag = angularSegmentGraph(graph);
      const ws = createAngularWorkspace(graph.edgeCount);
      const out = new Float64Array(options.radiiM.length * graph.edgeCount);
      for (let i = 0; i < sampleSize; i++) {
        options.radiiM.forEach((r, k) => {
          angularShortestPaths(ag, i * stride, r, ws);
          accumulateAngularChoice(ag, ws, i * stride, out, k * graph.edgeCount);
        });
      }
      const perSourceMs = (performance.now() - t0) / sampleSize;
      process.stderr.write(
        `angular choice: ${perSourceMs.toFixed(2)} ms per origin segment → ${((perSourceMs * graph.edgeCount) / 1000).toFixed(0)} s for all ${graph.edgeCount} on one core\n`,
      );
    },
    once,
  );
});
