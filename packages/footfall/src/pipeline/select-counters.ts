import { siteDailyCounts } from '../calibration/site-daily-counts.js';
import { type LocalProjection, projectX, projectY } from '../geo/local-projection.js';
import { type EdgeIndex, type EdgeSnap, edgesNear } from '../graph/nearest-edge.js';
import type { StreetGraph } from '../graph/street-graph.js';
import type { ParsedCounts } from '../input/count-types.js';
import type { DayType } from '../input/day-type.js';
import type { ParsedSites } from '../input/points.js';

/** A counter kept for calibration. */
export interface UsedCounter {
  siteId: string;
  snap: EdgeSnap;
  /** [pedestrians/day] */
  dailyMean: number;
  dayCount: number;
}

/**
 * A site or count series left out, with the reason. A counter excluded on request that lies
 * on the network also carries its observed mean and the model's prediction there (filled
 * by `runFootfall`) so that the prediction can be checked against it.
 */
export interface ExcludedSite {
  siteId: string;
  reason: string;
  /** Observed mean daily count [pedestrians/day] (excluded on request only). */
  observedDaily?: number;
  /** Estimate at the counter from the other counters: median and 80 % interval [pedestrians/day]. */
  predictedDaily?: number;
  predictedLow?: number;
  predictedHigh?: number;
}

/** Options of {@link selectCounters}. */
export interface SelectCountersOptions {
  dayTypes: readonly DayType[];
  years?: [number, number];
  excludeSites?: readonly string[];
  /** Snapping tolerance [m]. */
  siteMaxDistanceM: number;
}

/**
 * Pair each count series with its site and segment, and list every site or series left out
 * with the reason (no counts; no complete day of the selected types and years; excluded on
 * request; no location or a duplicated id; a zero mean; farther than the tolerance).
 *
 * A counter measures the main walking line of its street section: among the segments within
 * `siteMaxDistanceM` it is assigned to the one with the highest `busiestEdgeValue` (the
 * betweenness at the largest radius), not to an entrance spur or crossing that is nearer.
 */
export function selectCounters(
  graph: StreetGraph,
  index: EdgeIndex,
  projection: LocalProjection,
  counts: ParsedCounts,
  sites: ParsedSites,
  busiestEdgeValue: Float64Array,
  options: SelectCountersOptions,
): { used: UsedCounter[]; heldOut: UsedCounter[]; excluded: ExcludedSite[] } {
  const daily = siteDailyCounts(counts.counts, {
    dayHours: counts.dayHours,
    dayTypes: options.dayTypes,
    years: options.years,
  });
  const excluded: ExcludedSite[] = daily.without.map((w) => ({ ...w }));
  const siteById = new Map(sites.sites.map((s) => [s.id, s]));
  const withCounts = new Set(counts.counts.map((c) => c.siteId));
  for (const s of sites.sites) {
    if (!withCounts.has(s.id)) excluded.push({ siteId: s.id, reason: 'no counts for this site' });
  }
  const userExcluded = new Set(options.excludeSites ?? []);
  const tolerance = options.siteMaxDistanceM;
  const used: UsedCounter[] = [];
  const heldOut: UsedCounter[] = [];
  for (const d of daily.sites) {
    const site = siteById.get(d.siteId);
    const exclude = (reason: string) => excluded.push({ siteId: d.siteId, reason });
    if (!site) {
      exclude(
        userExcluded.has(d.siteId) ? 'excluded on request' : 'no location for this site (missing or duplicated id)',
      );
    } else if (!(d.dailyMean > 0)) {
      exclude('mean daily count is 0 (no logarithm)');
    } else {
      const x = projectX(projection, site.lonDeg);
      const y = projectY(projection, site.latDeg);
      let snap: EdgeSnap | null = null;
      for (const c of edgesNear(graph, index, x, y, tolerance)) {
        if (snap === null || busiestEdgeValue[c.edge] > busiestEdgeValue[snap.edge]) snap = c;
      }
      const counter = snap && { siteId: d.siteId, snap, dailyMean: d.dailyMean, dayCount: d.dayCount };
      if (userExcluded.has(d.siteId)) {
        exclude('excluded on request');
        if (counter) heldOut.push(counter);
      } else if (counter === null) {
        exclude(`farther than ${tolerance} m from the street network`);
      } else {
        used.push(counter);
      }
    }
  }
  return { used, heldOut, excluded };
}
