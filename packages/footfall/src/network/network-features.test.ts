import { describe, expect, it } from 'vitest';
import { buildStreetGraph, type ProjectedWay } from '../graph/street-graph.js';
import { networkFeatures, nodeToEdgeMean } from './network-features.js';
import { edgeBetween } from './testing/tied-graph.js';

const way = (id: string, ...xy: number[]): ProjectedWay => ({ id, xyM: Float64Array.from(xy) });

describe('radius-limited edge betweenness and harmonic closeness', () => {
  // Path A(0,0) — B(100,0) — C(200,0) — D(300,0), three 100 m edges.
  const { graph } = buildStreetGraph([way('ab', 0, 0, 100, 0), way('bc', 100, 0, 200, 0), way('cd', 200, 0, 300, 0)]);
  const f = networkFeatures(graph, { radiiM: [150, 250, 1200] });
  const ab = edgeBetween(graph, 0, 0, 100, 0);
  const bc = edgeBetween(graph, 100, 0, 200, 0);
  const cd = edgeBetween(graph, 200, 0, 300, 0);
  const m = graph.edgeCount;

  it('counts unordered pairs whose shortest path uses the edge, within the radius', () => {
    // Hand count. r = 1200 m (all 6 pairs): AB ∈ {AB, AC, AD} = 3; BC ∈ {AC, AD, BC, BD} = 4;
    // CD ∈ {AD, BD, CD} = 3.
    expect([f.edgeBetweenness[2 * m + ab], f.edgeBetweenness[2 * m + bc], f.edgeBetweenness[2 * m + cd]]).toEqual([
      3, 4, 3,
    ]);
    // r = 150 m: only adjacent pairs (d = 100 m): 1 each.
    expect([f.edgeBetweenness[ab], f.edgeBetweenness[bc], f.edgeBetweenness[cd]]).toEqual([1, 1, 1]);
    // r = 250 m: pairs with d ≤ 200 m: AB, BC, CD, AC, BD → AB {AB, AC} = 2, BC {BC, AC, BD} = 3, CD = 2.
    expect([f.edgeBetweenness[m + ab], f.edgeBetweenness[m + bc], f.edgeBetweenness[m + cd]]).toEqual([2, 3, 2]);
  });

  it('sums 1/d over nodes within the radius', () => {
    const n = graph.nodeCount;
    const a =
      graph.edgeFrom[ab] === graph.edgeFrom[bc] || graph.edgeFrom[ab] === graph.edgeTo[bc]
        ? graph.edgeTo[ab]
        : graph.edgeFrom[ab];
    // A: r = 1200 → 1/100 + 1/200 + 1/300 = 0.0183333…; r = 150 → 1/100.
    expect(f.nodeCloseness[2 * n + a]).toBeCloseTo(1 / 100 + 1 / 200 + 1 / 300, 15);
    expect(f.nodeCloseness[a]).toBeCloseTo(0.01, 15);
    // Segment value = mean of its end nodes: AB at r = 150: (1/100 + 2/100) / 2 = 0.015.
    expect(nodeToEdgeMean(graph, f.nodeCloseness, 0)[ab]).toBeCloseTo(0.015, 15);
  });

  it('splits equal shortest paths (square of 100 m sides: every edge 2)', () => {
    // Adjacent pairs give 1 to their edge; each diagonal pair (d = 200 m) has two shortest
    // paths of two edges, ½ on each: every edge gets 1 + ½ + ½ = 2.
    const sq = buildStreetGraph([
      way('pq', 0, 0, 100, 0),
      way('qr', 100, 0, 100, 100),
      way('rs', 100, 100, 0, 100),
      way('sp', 0, 100, 0, 0),
      way('x', 0, 0, 0, -50),
    ]).graph;
    const fs = networkFeatures(sq, { radiiM: [250] });
    const spur = edgeBetween(sq, 0, 0, 0, -50);
    for (let e = 0; e < sq.edgeCount; e++) {
      if (e === spur) continue;
      // The 50 m spur adds pairs from its end X(0,-50): X–corner pairs within 250 m are
      // X–(0,0) 50 m, X–(100,0) 150, X–(0,100) 150, X–(100,100) 250 (two paths). Through the
      // square edges: X–(100,0) and X–(0,100) use one edge each (1), X–(100,100) puts ½ on
      // each of the four edges (two 2-edge paths): +1 for (0,0)–(100,0) and (0,0)–(0,100),
      // +½ for the two far edges.
      const nearCorner =
        sq.edgeFrom[e] === sq.edgeFrom[spur] ||
        sq.edgeTo[e] === sq.edgeFrom[spur] ||
        sq.edgeFrom[e] === sq.edgeTo[spur] ||
        sq.edgeTo[e] === sq.edgeTo[spur];
      expect(fs.edgeBetweenness[e]).toBeCloseTo(nearCorner ? 2 + 1 + 0.5 : 2 + 0.5, 12);
    }
    // The spur carries every pair with X within 250 m: 4 pairs.
    expect(fs.edgeBetweenness[spur]).toBe(4);
  });
});

describe('demand-weighted gravity flow', () => {
  it('matches the hand-computed production-constrained assignment on a path', () => {
    // A(0,0) — B(100,0) — C(200,0); origins O = half incident length: A 50, B 100, C 50.
    // Attraction A = 1, C = 3; β = ln2/100 m so e^(−β·100) = ½, e^(−β·200) = ¼.
    // Source A: weights A 1, C 3·¼ = 0.75, Z = 1.75 → T(A,C) = 50·0.75/1.75 = 150/7 on AB and BC.
    // Source B: A 1·½, C 3·½, Z = 2 → T(B,A) = 25 on AB, T(B,C) = 75 on BC.
    // Source C: C 3, A 1·¼, Z = 3.25 → T(C,A) = 50·0.25/3.25 = 50/13 on BC and AB.
    const { graph } = buildStreetGraph([way('ab', 0, 0, 100, 0), way('bc', 100, 0, 200, 0)]);
    const attraction = new Float64Array(graph.nodeCount);
    const ab = edgeBetween(graph, 0, 0, 100, 0);
    const bc = edgeBetween(graph, 100, 0, 200, 0);
    const nodeA =
      graph.edgeFrom[ab] === graph.edgeFrom[bc] || graph.edgeFrom[ab] === graph.edgeTo[bc]
        ? graph.edgeTo[ab]
        : graph.edgeFrom[ab];
    const nodeC =
      graph.edgeFrom[bc] === graph.edgeFrom[ab] || graph.edgeFrom[bc] === graph.edgeTo[ab]
        ? graph.edgeTo[bc]
        : graph.edgeFrom[bc];
    attraction[nodeA] = 1;
    attraction[nodeC] = 3;
    const f = networkFeatures(graph, {
      radiiM: [150, 250],
      nodeAttraction: attraction,
      decayPerM: Math.LN2 / 100,
    });
    expect(f.edgeFlow[ab]).toBeCloseTo(150 / 7 + 25 + 50 / 13, 10);
    expect(f.edgeFlow[bc]).toBeCloseTo(150 / 7 + 75 + 50 / 13, 10);
    // Reach of A: r = 150 → its own 1; r = 250 → 1 + 3 = 4.
    expect(f.nodeReach[nodeA]).toBe(1);
    expect(f.nodeReach[graph.nodeCount + nodeA]).toBe(4);
  });
});

describe('equivalence with a brute-force all-pairs count', () => {
  it('agrees on a 5×5 grid with integer lengths and many ties', () => {
    // Grid lines with a shared vertex every 100 m: 25 nodes, 40 edges of 100 m (exact ties).
    const ways: ProjectedWay[] = [];
    for (let i = 0; i < 5; i++) {
      ways.push(way(`h${i}`, 0, i * 100, 100, i * 100, 200, i * 100, 300, i * 100, 400, i * 100));
      ways.push(way(`v${i}`, i * 100, 0, i * 100, 100, i * 100, 200, i * 100, 300, i * 100, 400));
    }
    const { graph } = buildStreetGraph(ways);
    const radius = 350;
    const f = networkFeatures(graph, { radiiM: [radius] });
    // Floyd–Warshall distances.
    const n = graph.nodeCount;
    const d = new Float64Array(n * n).fill(Number.POSITIVE_INFINITY);
    for (let v = 0; v < n; v++) d[v * n + v] = 0;
    for (let e = 0; e < graph.edgeCount; e++) {
      const a = graph.edgeFrom[e];
      const b = graph.edgeTo[e];
      d[a * n + b] = d[b * n + a] = graph.edgeLengthM[e];
    }
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const via = d[i * n + k] + d[k * n + j];
          if (via < d[i * n + j]) d[i * n + j] = via;
        }
      }
    }
    // Shortest-path counts σ(i, w) by dynamic programming in order of distance from i.
    const sigma = new Float64Array(n * n);
    for (let src = 0; src < n; src++) {
      const order = Array.from({ length: n }, (_, v) => v).sort((x, y) => d[src * n + x] - d[src * n + y]);
      sigma[src * n + src] = 1;
      for (const w of order) {
        if (w === src) continue;
        for (let e = 0; e < graph.edgeCount; e++) {
          const a = graph.edgeFrom[e];
          const b = graph.edgeTo[e];
          const v = a === w ? b : b === w ? a : -1;
          if (v >= 0 && d[src * n + v] + graph.edgeLengthM[e] === d[src * n + w])
            sigma[src * n + w] += sigma[src * n + v];
        }
      }
    }
    for (let e = 0; e < graph.edgeCount; e++) {
      const a = graph.edgeFrom[e];
      const b = graph.edgeTo[e];
      const l = graph.edgeLengthM[e];
      let expected = 0;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const dij = d[i * n + j];
          if (dij > radius) continue;
          if (d[i * n + a] + l + d[b * n + j] === dij)
            expected += (sigma[i * n + a] * sigma[b * n + j]) / sigma[i * n + j];
          if (d[i * n + b] + l + d[a * n + j] === dij)
            expected += (sigma[i * n + b] * sigma[a * n + j]) / sigma[i * n + j];
        }
      }
      expect(f.edgeBetweenness[e]).toBeCloseTo(expected, 9);
    }
  });
});
