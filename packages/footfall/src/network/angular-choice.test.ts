import { describe, expect, it } from 'vitest';
import { buildStreetGraph, type ProjectedWay, type StreetGraph } from '../graph/street-graph.js';
import {
  ANGLE_UNIT_RAD,
  type AngularSegmentGraph,
  accumulateAngularChoice,
  angularChoice,
  angularSegmentGraph,
  angularShortestPaths,
  createAngularWorkspace,
} from './angular-choice.js';
import { heapAngularChoice } from './testing/angular-choice-heap.js';
import { edgeBetween, random, tiedGraph } from './testing/tied-graph.js';

const way = (id: string, ...xy: number[]): ProjectedWay => ({ id, xyM: Float64Array.from(xy) });

/** Choice added by one origin segment at one radius (½ δ, see accumulateAngularChoice). */
function fromSource(graph: StreetGraph, source: number, radiusM: number): Float64Array {
  const ag = angularSegmentGraph(graph);
  const ws = createAngularWorkspace(graph.edgeCount);
  const out = new Float64Array(graph.edgeCount);
  angularShortestPaths(ag, source, radiusM, ws);
  accumulateAngularChoice(ag, ws, source, out, 0);
  return out;
}

/**
 * Reference by enumeration: every route from each origin segment's midpoint that visits no
 * street node twice, its (angle, length) from the same transition costs; for each ordered pair
 * the lexicographically least routes share 1, each intermediate segment gets its share; the
 * ordered total is halved. No radius.
 */
function bruteForceChoice(ag: AngularSegmentGraph): Float64Array {
  const g = ag.graph;
  const m = g.edgeCount;
  const out = new Float64Array(m);
  const tail = (a: number) => g.arcTarget[ag.arcReverse[a]];
  for (let s = 0; s < m; s++) {
    const best: { angle: number; len: number; routes: number[][] }[] = Array.from({ length: m }, () => ({
      angle: Number.POSITIVE_INFINITY,
      len: Number.POSITIVE_INFINITY,
      routes: [],
    }));
    const visited = new Set<number>([g.edgeFrom[s], g.edgeTo[s]]);
    const walk = (a: number, angle: number, len: number, path: number[]) => {
      const e = g.arcEdge[a];
      if (e !== s) {
        const b = best[e];
        if (angle < b.angle || (angle === b.angle && len < b.len - 1e-6)) {
          best[e] = { angle, len, routes: [path.slice(0, -1)] };
        } else if (angle === b.angle && Math.abs(len - b.len) <= 1e-6) b.routes.push(path.slice(0, -1));
      }
      const v = g.arcTarget[a];
      for (let b = g.arcOffsets[v]; b < g.arcOffsets[v + 1]; b++) {
        const turn = ag.turnUnits[ag.turnOffsets[a] + b - g.arcOffsets[v]];
        const w = g.arcTarget[b];
        if (turn < 0 || visited.has(w)) continue;
        visited.add(w);
        path.push(g.arcEdge[b]);
        walk(b, angle + turn, len + 0.5 * (g.edgeLengthM[e] + g.edgeLengthM[g.arcEdge[b]]), path);
        path.pop();
        visited.delete(w);
      }
    };
    for (let a = 0; a < 2 * m; a++) {
      if (g.arcEdge[a] !== s) continue;
      // Leave s through the head of arc a; its tail is behind the route.
      if (tail(a) === g.arcTarget[a]) continue;
      walk(a, 0, 0, []);
    }
    for (const b of best) {
      for (const route of b.routes) for (const e of route) out[e] += 0.5 / b.routes.length;
    }
  }
  return out;
}

describe('angularSegmentGraph', () => {
  it('counts junction turns and half the interior corners of both segments', () => {
    // e1 (0,0)→(100,0) straight; e2 (100,0)→(200,0)→(200,100) with a 90° interior corner.
    // Continuing from e1 onto e2 at (100,0): θ = 0, κ(e1) = 0, κ(e2) = π/2 → c = π/4 = 128 units
    // of 2π/1024 (sDNA angular metric, corners on links; half of the destination's corners).
    const { graph } = buildStreetGraph([way('e1', 0, 0, 100, 0), way('e2', 100, 0, 200, 0, 200, 100)]);
    const ag = angularSegmentGraph(graph);
    const e1 = edgeBetween(graph, 0, 0, 100, 0);
    const b = Array.from(graph.nodeXM).indexOf(100);
    for (let a = 0; a < 2 * graph.edgeCount; a++) {
      if (graph.arcEdge[a] !== e1 || graph.arcTarget[a] !== b) continue;
      const costs = Array.from(
        ag.turnUnits.subarray(ag.turnOffsets[a], ag.turnOffsets[a + 1]),
        (u) => u * ANGLE_UNIT_RAD,
      ).filter((c) => c >= 0);
      expect(costs).toEqual([expect.closeTo(Math.PI / 4, 12)]);
    }
    expect(ANGLE_UNIT_RAD * 256).toBeCloseTo(Math.PI / 2, 15);
  });
});

describe('angular choice', () => {
  it('a straight street with a side branch: only the middle segment carries through routes', () => {
    // A(0,0)—B(100,0)—C(200,0)—D(300,0), branch B—E(100,100). Routes through BC: AB→CD (angle 0,
    // 50 + 100 + 50 = 200 m) and BE→CD (90° at B, 200 m). Every other pair is adjacent.
    // R = 1200 and 250 m: BC = 2, others 0. R = 150 m: no 200 m route → all 0.
    const { graph } = buildStreetGraph([
      way('ab', 0, 0, 100, 0),
      way('bc', 100, 0, 200, 0),
      way('cd', 200, 0, 300, 0),
      way('be', 100, 0, 100, 100),
    ]);
    const m = graph.edgeCount;
    const c = angularChoice(graph, [150, 250, 1200]);
    const bc = edgeBetween(graph, 100, 0, 200, 0);
    for (let e = 0; e < m; e++) {
      expect(c[2 * m + e]).toBe(e === bc ? 2 : 0);
      expect(c[m + e]).toBe(e === bc ? 2 : 0);
      expect(c[e]).toBe(0);
    }
  });

  // Diamond: s = S0(0,−100)–O(0,0); a = O–L(−100,100), b = O–R(100,100); c = L–N(0,200),
  // d = R–N; t = N–T(0,300).
  const diamond = buildStreetGraph([
    way('s', 0, -100, 0, 0),
    way('a', 0, 0, -100, 100),
    way('b', 0, 0, 100, 100),
    way('c', -100, 100, 0, 200),
    way('d', 100, 100, 0, 200),
    way('t', 0, 200, 0, 300),
  ]).graph;
  const [s, a, b, c, d, t] = [
    edgeBetween(diamond, 0, -100, 0, 0),
    edgeBetween(diamond, 0, 0, -100, 100),
    edgeBetween(diamond, 0, 0, 100, 100),
    edgeBetween(diamond, -100, 100, 0, 200),
    edgeBetween(diamond, 100, 100, 0, 200),
    edgeBetween(diamond, 0, 200, 0, 300),
  ];

  it('a diamond: equal least-angle routes share the pair (Brandes splitting)', () => {
    // Turns: s↔a, s↔b 45° at O; a↔b 90° at O; a↔c 90° at L; b↔d 90° at R; c↔d 90° and c↔t,
    // d↔t 45° at N. Least-angle routes (hand): s–c via a (135°), s–d via b, a–t via c (135°),
    // b–t via d; s–t via a,c or b,d (180°, equal lengths) → ½ each; a–d via b or via c (180°,
    // both 70.7 + 141.4 + 70.7 m) → ½ each; b–c via a or d → ½ each. All other pairs adjacent.
    // a = 1 + ½ + ½ = 2, b = 2, c = 1 + ½ + ½ = 2, d = 2, s = t = 0.
    const m = diamond.edgeCount;
    const choice = angularChoice(diamond, [10_000]);
    const expected = new Float64Array(m);
    for (const e of [a, b, c, d]) expected[e] = 2;
    expect(Array.from(choice)).toEqual(Array.from(expected, (v) => expect.closeTo(v, 12)));
    // From s alone (½ δ): a carries c and half of t → ½(1 + ½) = 0.75, b 0.75, c ½·½ = 0.25, d 0.25.
    const one = fromSource(diamond, s, 10_000);
    expect([one[a], one[b], one[c], one[d], one[t], one[s]]).toEqual([0.75, 0.75, 0.25, 0.25, 0, 0]);
  });

  it('follows the least-angle route where the metric shortest route turns more, within the radius', () => {
    // S = (−100,0)–O(0,0) heading east; T = P(300,200)–(300,300) heading north.
    // Route A: A1 O–X(300,0), A2 X–P: one 90° turn at X, 50 + 300 + 200 + 50 = 600 m to T.
    // Route B: B1 O–Q(100,100), B2 Q–R(200,100), B3 R–P: four 45° turns (180°), 50 + 141.42
    // + 100 + 141.42 + 50 = 482.8 m to T — metric shortest, angularly longer.
    const { graph } = buildStreetGraph([
      way('s', -100, 0, 0, 0),
      way('a1', 0, 0, 300, 0),
      way('a2', 300, 0, 300, 200),
      way('b1', 0, 0, 100, 100),
      way('b2', 100, 100, 200, 100),
      way('b3', 200, 100, 300, 200),
      way('t', 300, 200, 300, 300),
    ]);
    const e = (x1: number, y1: number, x2: number, y2: number) => edgeBetween(graph, x1, y1, x2, y2);
    const src = e(-100, 0, 0, 0);
    const [a1, a2, b1, b2, b3, tt] = [
      e(0, 0, 300, 0),
      e(300, 0, 300, 200),
      e(0, 0, 100, 100),
      e(100, 100, 200, 100),
      e(200, 100, 300, 200),
      e(300, 200, 300, 300),
    ];
    // R = 1200 m, from S: A1 (0°), A2 (90°), T via A (90°); B1 (45°), B2 (90°), B3 (135°; via
    // A2 it would be 90° + 135°). δ: A1 = A2 + T = 2, A2 = 1, B1 = B2 + B3 = 2, B2 = 1 → ½ δ.
    const far = fromSource(graph, src, 1200);
    expect([far[a1], far[a2], far[b1], far[b2], far[b3], far[tt]]).toEqual([1, 0.5, 1, 0.5, 0, 0]);
    // R = 500 m: route A to T is 600 m long and is cut; T is reached along B (482.8 m, 180°).
    // A2 is 50 + 300 + 100 = 450 m away: δ A1 = 1, A2 = 0; B1 = B2 + B3 + T = 3, B2 = 2, B3 = 1.
    const near = fromSource(graph, src, 500);
    expect([near[a1], near[a2], near[b1], near[b2], near[b3], near[tt]]).toEqual([0.5, 0, 1.5, 1, 0.5, 0]);
  });

  it('equals enumeration of all routes on a small irregular grid and on the diamond', () => {
    const xs = [0, 100, 250];
    const ys = [0, 80, 200, 260];
    const ways: ProjectedWay[] = [];
    for (const y of ys) ways.push(way(`r${y}`, ...xs.flatMap((x) => [x, y])));
    for (const x of xs) ways.push(way(`c${x}`, ...ys.flatMap((y) => [x, y])));
    ways.push(way('diagonal', 0, 0, 100, 80), way('kinked', 250, 260, 320, 300, 330, 380));
    for (const graph of [buildStreetGraph(ways).graph, diamond]) {
      const reference = bruteForceChoice(angularSegmentGraph(graph));
      const choice = angularChoice(graph, [100_000]);
      expect(Array.from(choice)).toEqual(Array.from(reference, (v) => expect.closeTo(v, 9)));
    }
  });
});

describe('angular choice with the bucket queue', () => {
  /** Largest |a − b| / max(1, |b|) over two choice arrays of the same layout. */
  function maxRelativeDifference(a: Float64Array, b: Float64Array): number {
    let worst = 0;
    for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
    return worst;
  }

  /**
   * A jittered grid of 21 × 21 nodes, 25–45 m blocks, 10 % of the sides missing, a third of
   * them kinked by an interior vertex (corners up to ≈ 40°): irregular angles and lengths as
   * in the Sydney CBD extract, so that routes spread over many angle buckets.
   */
  function irregularGraph(seed: number): StreetGraph {
    const rnd = random(seed);
    const n = 21;
    const x = new Float64Array(n * n);
    const y = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < n; k++) {
        x[i * n + k] = 35 * i + 10 * (rnd() - 0.5);
        y[i * n + k] = 35 * k + 10 * (rnd() - 0.5);
      }
    }
    const ways: ProjectedWay[] = [];
    const side = (p: number, q: number, id: string) => {
      if (rnd() < 0.1) return;
      const mx = (x[p] + x[q]) / 2 + 12 * (rnd() - 0.5);
      const my = (y[p] + y[q]) / 2 + 12 * (rnd() - 0.5);
      ways.push(way(id, ...(rnd() < 0.33 ? [x[p], y[p], mx, my, x[q], y[q]] : [x[p], y[p], x[q], y[q]])));
    };
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < n; k++) {
        if (i + 1 < n) side(i * n + k, (i + 1) * n + k, `h${i},${k}`);
        if (k + 1 < n) side(i * n + k, i * n + k + 1, `v${i},${k}`);
      }
    }
    return buildStreetGraph(ways).graph;
  }

  it('gives the choice of the single-heap search (bench-style grid, tied grid, irregular graph)', () => {
    // Reference: the first implementation, one binary heap over all queued arcs keyed by
    // angle·(⌈R⌉ + 1) + length (testing/angular-choice-heap.ts). Both settle in (angle, length)
    // order with the same relaxations, so the sums of δ are bit-for-bit the same here.
    const grid: ProjectedWay[] = [];
    for (let i = 0; i < 20; i++) {
      const row: number[] = [];
      const col: number[] = [];
      for (let k = 0; k < 20; k++) {
        row.push(34 * k, 34 * i);
        col.push(34 * i, 34 * k);
      }
      grid.push(way(`r${i}`, ...row), way(`c${i}`, ...col));
    }
    const graphs = [buildStreetGraph(grid).graph, tiedGraph(3), irregularGraph(7)];
    for (const graph of graphs) {
      const radii = [150, 400, 800];
      const reference = heapAngularChoice(graph, radii);
      const choice = angularChoice(graph, radii);
      expect(Array.from(choice)).toEqual(Array.from(reference));
      expect(reference.some((v) => v > 0)).toBe(true);
    }
    // Split origins sum to the whole (the CLI's worker split), up to the reassociation of the sums.
    const g = graphs[2];
    const half = g.edgeCount >> 1;
    const second = angularChoice(g, [400], half);
    const parts = angularChoice(g, [400], 0, half).map((v, i) => v + second[i]);
    expect(maxRelativeDifference(parts, heapAngularChoice(g, [400]))).toBeLessThanOrEqual(1e-12);
  });
});
