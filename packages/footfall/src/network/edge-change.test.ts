import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localProjection, projectX, projectY } from '../geo/local-projection.js';
import { buildStreetGraph, type ProjectedWay, type StreetGraph } from '../graph/street-graph.js';
import { parseStreets } from '../input/streets.js';
import { type NetworkFeatureState, networkFeatureState, rescoreAfterEdgeChange } from './edge-change.js';
import { random, tiedGraph } from './testing/tied-graph.js';

const way = (id: string, ...xy: number[]): ProjectedWay => ({ id, xyM: Float64Array.from(xy) });

/** Features of the state recomputed from scratch on its (changed) graph. */
const fullRecomputation = (s: NetworkFeatureState) => networkFeatureState(s.graph, s.options).features;

/** Largest |a − b| over every feature array, relative to the largest |value| of that array. */
function maxRelativeDifference(a: NetworkFeatureState['features'], b: NetworkFeatureState['features']): number {
  let worst = 0;
  for (const key of ['edgeBetweenness', 'nodeCloseness', 'nodeReach', 'edgeFlow'] as const) {
    let scale = 0;
    for (const v of b[key]) scale = Math.max(scale, Math.abs(v));
    for (let i = 0; i < a[key].length; i++) {
      worst = Math.max(worst, Math.abs(a[key][i] - b[key][i]) / Math.max(scale, 1e-300));
    }
  }
  return worst;
}

function edgeBetween(g: StreetGraph, x1: number, x2: number): number {
  for (let e = 0; e < g.edgeCount; e++) {
    const xs = [g.nodeXM[g.edgeFrom[e]], g.nodeXM[g.edgeTo[e]]].sort((p, q) => p - q);
    if (xs[0] === x1 && xs[1] === x2) return e;
  }
  throw new Error('no edge');
}

describe('re-scoring after a street is closed or pedestrianised', () => {
  it('closing the middle of a path splits it (hand count)', () => {
    // A(0) — B(100) — C(200) — D(300): closing BC leaves the pairs AB and CD only.
    const { graph } = buildStreetGraph([way('ab', 0, 0, 100, 0), way('bc', 100, 0, 200, 0), way('cd', 200, 0, 300, 0)]);
    const state = networkFeatureState(graph, { radiiM: [1200] });
    const bc = edgeBetween(graph, 100, 200);
    const ab = edgeBetween(graph, 0, 100);
    // Before: AB carries AB, AC, AD = 3 (network-features.test.ts); after: only AB = 1.
    expect(state.features.edgeBetweenness[ab]).toBe(3);
    const { state: closed } = rescoreAfterEdgeChange(state, { edge: bc, impedanceFactor: Number.POSITIVE_INFINITY });
    expect(closed.features.edgeBetweenness[ab]).toBe(1);
    expect(closed.features.edgeBetweenness[bc]).toBe(0);
    // Harmonic closeness of A: 1/100 only.
    const a = graph.nodeXM.indexOf(0);
    expect(closed.features.nodeCloseness[a]).toBeCloseTo(1 / 100, 15);
    // The input state is unchanged.
    expect(state.features.edgeBetweenness[ab]).toBe(3);
  });

  it('equals a full recomputation on a small grid with attractors, then undoes exactly', () => {
    // 6 × 6 grid of 60 m blocks with 5 attractors, radii 100/200/300 m: many equal paths.
    const ways: ProjectedWay[] = [];
    for (let i = 0; i < 6; i++) {
      const h: number[] = [];
      const v: number[] = [];
      for (let k = 0; k < 6; k++) h.push(k * 60, i * 60);
      for (let k = 0; k < 6; k++) v.push(i * 60, k * 60);
      ways.push(way(`h${i}`, ...h), way(`v${i}`, ...v));
    }
    const { graph } = buildStreetGraph(ways);
    const nodeAttraction = new Float64Array(graph.nodeCount);
    for (const v of [0, 7, 14, 20, 33]) nodeAttraction[v] = 1 + (v % 3);
    const state = networkFeatureState(graph, { radiiM: [100, 200, 300], nodeAttraction });
    const closed = rescoreAfterEdgeChange(state, { edge: 17, impedanceFactor: Number.POSITIVE_INFINITY });
    expect(closed.recomputedSources).toBeLessThan(graph.nodeCount);
    expect(maxRelativeDifference(closed.state.features, fullRecomputation(closed.state))).toBeLessThan(1e-12);
    const pedestrian = rescoreAfterEdgeChange(closed.state, { edge: 30, impedanceFactor: 0.6 });
    expect(maxRelativeDifference(pedestrian.state.features, fullRecomputation(pedestrian.state))).toBeLessThan(1e-12);
    const reopened = rescoreAfterEdgeChange(
      rescoreAfterEdgeChange(pedestrian.state, { edge: 17, impedanceFactor: 1 }).state,
      { edge: 30, impedanceFactor: 1 },
    );
    expect(maxRelativeDifference(reopened.state.features, state.features)).toBeLessThan(1e-12);
  });

  it('equals a full recomputation after random closures, pedestrianisations and reopenings', () => {
    // Grid with missing sides and diagonals (many equal paths), attractors on a third of the
    // nodes, flow radius below the largest radius; every intermediate state is checked.
    const graph = tiedGraph(3);
    const rnd = random(5);
    const nodeAttraction = new Float64Array(graph.nodeCount);
    for (let v = 0; v < graph.nodeCount; v++) nodeAttraction[v] = rnd() < 1 / 3 ? 1 + Math.floor(3 * rnd()) : 0;
    const initial = networkFeatureState(graph, { radiiM: [90, 200, 320], nodeAttraction, flowRadiusM: 250 });
    let state = initial;
    const changed = new Set<number>();
    for (let step = 0; step < 12; step++) {
      const edge = Math.floor(rnd() * graph.edgeCount);
      const pick = rnd();
      const impedanceFactor = pick < 0.4 ? Number.POSITIVE_INFINITY : pick < 0.8 ? 0.5 + 0.4 * rnd() : 1;
      const next = rescoreAfterEdgeChange(state, { edge, impedanceFactor });
      expect(next.recomputedSources).toBeLessThan(graph.nodeCount);
      expect(maxRelativeDifference(next.state.features, fullRecomputation(next.state))).toBeLessThan(1e-12);
      changed.add(edge);
      state = next.state;
    }
    for (const edge of changed) state = rescoreAfterEdgeChange(state, { edge, impedanceFactor: 1 }).state;
    expect(maxRelativeDifference(state.features, initial.features)).toBeLessThan(1e-12);
  });

  it('equals a full recomputation on the Sydney CBD network', () => {
    // ../shared/data/sydney-walking-counts-osm (PROVENANCE.md): the OSM CBD streets, 2023.
    const url = new URL(
      '../../../../../shared/data/sydney-walking-counts-osm/sydneycbd_2023_streets.geojson',
      import.meta.url,
    );
    const streets = parseStreets(JSON.parse(readFileSync(url, 'utf8')), 'streets');
    const p = localProjection(151.207, -33.87);
    const ways = streets.ways.map((w) => {
      const xyM = new Float64Array(w.lonLatDeg.length);
      for (let i = 0; i < xyM.length; i += 2) {
        xyM[i] = projectX(p, w.lonLatDeg[i]);
        xyM[i + 1] = projectY(p, w.lonLatDeg[i + 1]);
      }
      return { id: w.id, xyM };
    });
    const { graph } = buildStreetGraph(ways);
    // Every junction (degree ≥ 3) an attractor, so the flow and reach are exercised.
    const nodeAttraction = new Float64Array(graph.nodeCount);
    for (let v = 0; v < graph.nodeCount; v++)
      nodeAttraction[v] = graph.arcOffsets[v + 1] - graph.arcOffsets[v] >= 3 ? 1 : 0;
    const state = networkFeatureState(graph, { radiiM: [200, 400], nodeAttraction });
    // Close the segment with the most 400 m paths, pedestrianise the next one.
    const m = graph.edgeCount;
    const byBetweenness = Array.from({ length: m }, (_, e) => e).sort(
      (x, y) => state.features.edgeBetweenness[m + y] - state.features.edgeBetweenness[m + x],
    );
    const closed = rescoreAfterEdgeChange(state, { edge: byBetweenness[0], impedanceFactor: Number.POSITIVE_INFINITY });
    expect(closed.state.features.edgeBetweenness[m + byBetweenness[0]]).toBe(0);
    expect(maxRelativeDifference(closed.state.features, fullRecomputation(closed.state))).toBeLessThan(1e-12);
    const pedestrian = rescoreAfterEdgeChange(closed.state, { edge: byBetweenness[1], impedanceFactor: 0.7 });
    expect(pedestrian.recomputedSources).toBeLessThan(graph.nodeCount / 4);
    expect(maxRelativeDifference(pedestrian.state.features, fullRecomputation(pedestrian.state))).toBeLessThan(1e-12);
    // Reopening both restores the original features.
    const reopened = rescoreAfterEdgeChange(
      rescoreAfterEdgeChange(pedestrian.state, { edge: byBetweenness[0], impedanceFactor: 1 }).state,
      { edge: byBetweenness[1], impedanceFactor: 1 },
    );
    expect(maxRelativeDifference(reopened.state.features, state.features)).toBeLessThan(1e-12);
  });

  it('rejects a bad edge or factor', () => {
    const { graph } = buildStreetGraph([way('ab', 0, 0, 100, 0)]);
    const state = networkFeatureState(graph, { radiiM: [200] });
    expect(() => rescoreAfterEdgeChange(state, { edge: 5, impedanceFactor: 1 })).toThrow(RangeError);
    expect(() => rescoreAfterEdgeChange(state, { edge: 0, impedanceFactor: 0 })).toThrow(RangeError);
  });
});
