import { describe, expect, it } from 'vitest';
import type { StreetGraph } from '../graph/street-graph.js';
import { createShortestPathWorkspace, PATH_TIE_TOLERANCE_M, radiusShortestPaths } from './radius-dijkstra.js';
import { tiedGraph } from './testing/tied-graph.js';

/**
 * Reference by the definitions, O(n²): Dijkstra's distances without a queue, then path counts
 * in order of distance, σ(t) = Σ σ(p) over p with d(p) + ℓ(p,t) = d(t) (Brandes 2001, Lemma 3).
 */
function referencePaths(g: StreetGraph, source: number): { distM: Float64Array; sigma: Float64Array } {
  const n = g.nodeCount;
  const distM = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(n);
  distM[source] = 0;
  for (;;) {
    let v = -1;
    for (let x = 0; x < n; x++)
      if (!done[x] && distM[x] < Number.POSITIVE_INFINITY && (v < 0 || distM[x] < distM[v])) v = x;
    if (v < 0) break;
    done[v] = 1;
    for (let a = g.arcOffsets[v]; a < g.arcOffsets[v + 1]; a++) {
      distM[g.arcTarget[a]] = Math.min(distM[g.arcTarget[a]], distM[v] + g.arcLengthM[a]);
    }
  }
  const byDistance = Array.from({ length: n }, (_, i) => i).sort((p, q) => distM[p] - distM[q]);
  const sigma = new Float64Array(n);
  sigma[source] = 1;
  for (const t of byDistance) {
    for (let a = g.arcOffsets[t]; a < g.arcOffsets[t + 1]; a++) {
      const p = g.arcTarget[a];
      if (distM[p] < distM[t] && Math.abs(distM[p] + g.arcLengthM[a] - distM[t]) <= PATH_TIE_TOLERANCE_M) {
        sigma[t] += sigma[p];
      }
    }
  }
  return { distM, sigma };
}

describe('radiusShortestPaths', () => {
  it('matches the definitions with the bucket queue (finite radius) and the heap (no radius)', () => {
    const g = tiedGraph(7);
    const ws = createShortestPathWorkspace(g.nodeCount);
    for (const source of [0, 17, 90, g.nodeCount - 1]) {
      const ref = referencePaths(g, source);
      for (const cutoffM of [200, Number.POSITIVE_INFINITY]) {
        radiusShortestPaths(g, source, cutoffM, ws);
        let inside = 0;
        for (let v = 0; v < g.nodeCount; v++) if (ref.distM[v] <= cutoffM) inside++;
        expect(ws.settledCount).toBe(inside);
        const position = new Int32Array(g.nodeCount).fill(-1);
        for (let i = 0; i < ws.settledCount; i++) {
          const v = ws.order[i];
          position[v] = i;
          expect(ws.distM[v]).toBeCloseTo(ref.distM[v], 9);
          expect(ws.sigma[v]).toBe(ref.sigma[v]);
        }
        expect(ws.order[0]).toBe(source);
        // Topological order: every shortest-path predecessor is settled earlier.
        for (let i = 0; i < ws.settledCount; i++) {
          const t = ws.order[i];
          for (let a = g.arcOffsets[t]; a < g.arcOffsets[t + 1]; a++) {
            const p = g.arcTarget[a];
            if (Math.abs(ref.distM[p] + g.arcLengthM[a] - ref.distM[t]) <= PATH_TIE_TOLERANCE_M) {
              expect(position[p]).toBeGreaterThanOrEqual(0);
              expect(position[p]).toBeLessThan(i);
            }
          }
        }
      }
    }
  });

  it('falls back to the heap for arcs too short for buckets', () => {
    const g = tiedGraph(11);
    const arcLengthM = g.arcLengthM.slice();
    arcLengthM[0] = 1e-7;
    for (let a = 0; a < arcLengthM.length; a++) if (g.arcEdge[a] === g.arcEdge[0]) arcLengthM[a] = 1e-7;
    const short = { ...g, arcLengthM };
    const ws = createShortestPathWorkspace(g.nodeCount);
    radiusShortestPaths(short, g.arcTarget[0], 200, ws);
    expect(ws.bucketWidthM).toBeLessThanOrEqual(0);
    const ref = referencePaths(short, g.arcTarget[0]);
    for (let i = 0; i < ws.settledCount; i++) {
      const v = ws.order[i];
      expect(ws.distM[v]).toBeCloseTo(ref.distM[v], 9);
      expect(ws.sigma[v]).toBe(ref.sigma[v]);
    }
  });
});
