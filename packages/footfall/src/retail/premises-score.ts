import type { EdgeSnap } from '../graph/nearest-edge.js';
import type { StreetGraph } from '../graph/street-graph.js';
import { pointToNodeDistances, pointToPointDistance } from '../network/point-distances.js';
import { createShortestPathWorkspace } from '../network/radius-dijkstra.js';
import { DEFAULT_HUFF_ALPHA, DEFAULT_HUFF_LAMBDA, huffUtility } from './huff-probabilities.js';

/** A point of supply (existing shop or candidate premises) snapped to the network. */
export interface SnappedOutlet {
  id: string;
  /** Category (`shop:bakery`, `amenity:cafe`, …); for candidates `null` = any use. */
  category: string | null;
  /** Attractiveness A [dimensionless, e.g. 1 per outlet or floor area]. */
  weight: number;
  snap: EdgeSnap;
}

/** Options of {@link scorePremises}. */
export interface PremisesOptions {
  /** Huff catchment radius [m]; default 1200 m (15 min walk). */
  catchmentRadiusM?: number;
  /** Competitors counted within this network distance [m]; default 400 m (5 min walk). */
  competitionRadiusM?: number;
  /** Huff α; default `DEFAULT_HUFF_ALPHA`. */
  alpha?: number;
  /** Huff λ; default `DEFAULT_HUFF_LAMBDA`. */
  lambda?: number;
  /**
   * Distances below this are raised to it in the Huff utility [m]; default 25 m, the
   * counters' snapping tolerance — a shop on the customer's own block face.
   */
  minDistanceM?: number;
}

/** The score of one candidate premises, with its parts. */
export interface PremisesScore {
  id: string;
  category: string | null;
  /** Segment the candidate fronts (edge index) and its distance to it [m]. */
  edge: number;
  distanceToStreetM: number;
  /** Estimated pedestrians passing the frontage [pedestrians/day]. */
  passingFootfallDaily: number;
  /**
   * Huff expected patronage: Σ_i C_i · P_i(candidate) over catchment nodes i, with C_i the
   * pedestrians passing node i [pedestrians/day].
   */
  huffPatronageDaily: number;
  /** huffPatronageDaily / Σ_i C_i over the catchment: the candidate's Huff market share [0–1]. */
  huffShare: number;
  /** Competitors of the same category (all attractors when `category` is null) within the competition radius. */
  competitors: number;
  /** Percentile ranks among the candidates [0–1]: higher is better for each part. */
  parts: { footfall: number; huff: number; competition: number };
  /** Mean of the three parts [0–1]. */
  score: number;
  /** 1 = best. */
  rank: number;
}

/** Percentile rank in [0, 1] of each value (ties share the mean rank); a single value gets 1. */
function percentileRanks(values: readonly number[]): number[] {
  const n = values.length;
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const out = new Array<number>(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j++;
    const r = n > 1 ? (i + j) / 2 / (n - 1) : 1;
    for (let k = i; k <= j; k++) out[order[k]] = r;
    i = j + 1;
  }
  return out;
}

/**
 * Score candidate premises for retail use by three parts, each a percentile rank among the
 * candidates, averaged with equal weights:
 * 1. passing footfall: the estimated daily pedestrians on the candidate's segment;
 * 2. Huff patronage (Huff 1963) with walking network distances: every node i within the
 *    catchment radius holds C_i = ½ Σ footfall of its incident segments (pedestrians through
 *    the node), who choose among the candidate and the competitors k of its category with
 *    P_i = U_c / (U_c + Σ_k U_k), U = A^α max(d, d_min)^(−λ); patronage = Σ_i C_i P_i;
 * 3. competition: fewer competitors of the category within the competition radius is better.
 *
 * @param segmentFootfallDaily - estimate per edge [pedestrians/day]
 * @param competitors - existing outlets (attractors) snapped to the network
 * @param candidates - candidate premises snapped to the network
 * @see Huff D.L., "A probabilistic analysis of shopping center trade areas", Land Economics
 *   39(1):81–90, 1963.
 */
export function scorePremises(
  graph: StreetGraph,
  segmentFootfallDaily: Float64Array,
  competitors: readonly SnappedOutlet[],
  candidates: readonly SnappedOutlet[],
  options: PremisesOptions = {},
): PremisesScore[] {
  const radius = options.catchmentRadiusM ?? 1200;
  const competitionRadius = options.competitionRadiusM ?? 400;
  const alpha = options.alpha ?? DEFAULT_HUFF_ALPHA;
  const lambda = options.lambda ?? DEFAULT_HUFF_LAMBDA;
  const dMin = options.minDistanceM ?? 25;
  const ws = createShortestPathWorkspace(graph.nodeCount);
  const potential = new Float64Array(graph.nodeCount);
  for (let e = 0; e < graph.edgeCount; e++) {
    potential[graph.edgeFrom[e]] += segmentFootfallDaily[e] / 2;
    potential[graph.edgeTo[e]] += segmentFootfallDaily[e] / 2;
  }
  // Σ_k U_k per node, per competitor set (category, or all for null).
  const competitorDistances = new Map<SnappedOutlet, Float64Array>();
  const distancesOf = (o: SnappedOutlet) => {
    let d = competitorDistances.get(o);
    if (!d) {
      d = pointToNodeDistances(graph, o.snap, ws, Math.max(radius, competitionRadius));
      competitorDistances.set(o, d);
    }
    return d;
  };
  const denominators = new Map<string, Float64Array>();
  const denominatorOf = (category: string | null) => {
    const key = category ?? '\u0000all';
    let den = denominators.get(key);
    if (!den) {
      den = new Float64Array(graph.nodeCount);
      for (const k of competitors) {
        if (category !== null && k.category !== category) continue;
        const d = distancesOf(k);
        for (let i = 0; i < graph.nodeCount; i++) {
          if (d[i] <= radius) den[i] += huffUtility(k.weight, Math.max(d[i], dMin), alpha, lambda);
        }
      }
      denominators.set(key, den);
    }
    return den;
  };
  const rows = candidates.map((c) => {
    const den = denominatorOf(c.category);
    const d = pointToNodeDistances(graph, c.snap, ws, Math.max(radius, competitionRadius));
    let patronage = 0;
    let market = 0;
    for (let i = 0; i < graph.nodeCount; i++) {
      if (!(d[i] <= radius)) continue;
      const u = huffUtility(c.weight, Math.max(d[i], dMin), alpha, lambda);
      patronage += (potential[i] * u) / (u + den[i]);
      market += potential[i];
    }
    let near = 0;
    for (const k of competitors) {
      if (c.category !== null && k.category !== c.category) continue;
      if (pointToPointDistance(graph, c.snap, d, k.snap) <= competitionRadius) near++;
    }
    return {
      c,
      footfall: segmentFootfallDaily[c.snap.edge],
      patronage,
      share: market > 0 ? patronage / market : 0,
      near,
    };
  });
  const rf = percentileRanks(rows.map((r) => r.footfall));
  const rh = percentileRanks(rows.map((r) => r.patronage));
  const rc = percentileRanks(rows.map((r) => -r.near));
  const scored: PremisesScore[] = rows.map((r, i) => ({
    id: r.c.id,
    category: r.c.category,
    edge: r.c.snap.edge,
    distanceToStreetM: r.c.snap.distanceM,
    passingFootfallDaily: r.footfall,
    huffPatronageDaily: r.patronage,
    huffShare: r.share,
    competitors: r.near,
    parts: { footfall: rf[i], huff: rh[i], competition: rc[i] },
    score: (rf[i] + rh[i] + rc[i]) / 3,
    rank: 0,
  }));
  const byScore = scored.map((_, i) => i).sort((a, b) => scored[b].score - scored[a].score || a - b);
  byScore.forEach((i, k) => {
    scored[i].rank = k + 1;
  });
  return scored;
}
