import { describe, expect, it } from 'vitest';
import { buildEdgeIndex, nearestEdge } from './nearest-edge.js';
import { buildStreetGraph } from './street-graph.js';

const way = (id: string, ...xy: number[]) => ({ id, xyM: Float64Array.from(xy) });

describe('buildStreetGraph', () => {
  it('splits a cross at its shared vertex and snaps a vertex 0.5 m away', () => {
    // Way a: (0,0)→(100,0)→(200,0); way b: (100,-100)→(100.5,0)→(100,100).
    // (100.5,0) snaps to (100,0) (0.5 m < 1 m) and takes that position, so both ways split
    // there: 4 edges of exactly 100 m, 5 nodes, degree 4 at the centre.
    const { graph, dropped } = buildStreetGraph([
      way('a', 0, 0, 100, 0, 200, 0),
      way('b', 100, -100, 100.5, 0, 100, 100),
    ]);
    expect(dropped).toEqual([]);
    expect(graph.nodeCount).toBe(5);
    expect(graph.edgeCount).toBe(4);
    const centre = graph.edgeTo[0];
    expect(graph.arcOffsets[centre + 1] - graph.arcOffsets[centre]).toBe(4);
    expect(Array.from(graph.edgeLengthM)).toEqual([100, 100, 100, 100]);
  });
  it('does not split crossings without a shared vertex (bridges) and drops small components', () => {
    const { graph, wayIds, dropped } = buildStreetGraph([
      way('road', 0, 0, 200, 0),
      way('bridge', 100, -50, 100, 50),
      way('spur', 500, 500, 500.4, 500.3),
    ]);
    // 'road' (200 m) is the largest component; 'bridge' (100 m) and 'spur' are dropped.
    expect(graph.edgeCount).toBe(1);
    expect(wayIds[graph.edgeWay[0]]).toBe('road');
    expect(dropped).toEqual([
      { wayId: 'spur', reason: 'shorter than the snap tolerance (1 m)' },
      { wayId: 'bridge', reason: 'not connected to the largest network component' },
    ]);
  });
  it('keeps CSR arcs consistent with edges', () => {
    const { graph } = buildStreetGraph([way('a', 0, 0, 10, 0, 10, 10, 0, 0), way('b', 10, 0, 20, 0)]);
    for (let v = 0; v < graph.nodeCount; v++) {
      for (let a = graph.arcOffsets[v]; a < graph.arcOffsets[v + 1]; a++) {
        const e = graph.arcEdge[a];
        const ends = [graph.edgeFrom[e], graph.edgeTo[e]];
        expect(ends).toContain(v);
        expect(ends).toContain(graph.arcTarget[a]);
        expect(graph.arcLengthM[a]).toBe(graph.edgeLengthM[e]);
      }
    }
  });
});

describe('nearestEdge', () => {
  it('finds the nearest piece and the distance along the edge', () => {
    const { graph } = buildStreetGraph([way('a', 0, 0, 100, 0, 100, 100), way('b', 100, 100, 300, 100)]);
    const index = buildEdgeIndex(graph, 30);
    // Point (103, 40): 3 m east of the vertical piece of 'a'; along = 100 + 40 = 140 m.
    const s = nearestEdge(graph, index, 103, 40, 25);
    expect(s).not.toBeNull();
    expect(graph.edgeWay[s?.edge ?? -1]).toBe(0);
    expect(s?.distanceM).toBeCloseTo(3, 12);
    expect(s?.alongM).toBeCloseTo(140, 12);
    expect(nearestEdge(graph, index, 200, 40, 25)).toBeNull();
  });
});
