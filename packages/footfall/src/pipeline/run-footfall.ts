import type { PredictorRange } from '../calibration/applicability-domain.js';
import type { ExponentialVariogram } from '../calibration/exponential-variogram.js';
import { calibrateLogLinear, predictLogCount } from '../calibration/log-linear-calibration.js';
import { inYearRange } from '../calibration/site-daily-counts.js';
import { type LocalProjection, localProjection, projectX, projectY } from '../geo/local-projection.js';
import { buildEdgeIndex } from '../graph/nearest-edge.js';
import { type BuiltStreetGraph, buildStreetGraph, type ProjectedWay, type StreetGraph } from '../graph/street-graph.js';
import type { ParsedCounts } from '../input/count-types.js';
import type { DayType } from '../input/day-type.js';
import type { SkippedItem } from '../input/errors.js';
import type { ParsedAttractors, ParsedCandidates, ParsedSites } from '../input/points.js';
import type { ParsedStreets } from '../input/streets.js';
import { angularChoice } from '../network/angular-choice.js';
import { attractorDensity } from '../network/attractor-density.js';
import { DEFAULT_RADII_M, type NetworkFeatures, networkFeatures, nodeToEdgeMean } from '../network/network-features.js';
import { pointToNodeDistances, pointToPointDistance } from '../network/point-distances.js';
import { createShortestPathWorkspace } from '../network/radius-dijkstra.js';
import { hourlyProfiles, type SiteProfile } from '../profile/hourly-profiles.js';
import { type ProfileType, profileTypology, type SiteTypology } from '../profile/profile-typology.js';
import {
  type PremisesOptions,
  type PremisesScore,
  type SnappedOutlet,
  scorePremises,
} from '../retail/premises-score.js';
import { type ExcludedSite, selectCounters } from './select-counters.js';
import { snapPointsToStreets } from './snap-points.js';

/** Parsed inputs of a footfall run (see the `parse*` functions). */
export interface FootfallInputs {
  streets: ParsedStreets;
  counts: ParsedCounts;
  sites: ParsedSites;
  attractors?: ParsedAttractors;
  /** Candidate premises to score (Huff + footfall + competition). */
  candidates?: ParsedCandidates;
}

/** Options of {@link runFootfall}; every field has a documented default. */
export interface FootfallOptions {
  /** Vertex snapping tolerance when building the graph [m]; default 1 m. */
  snapToleranceM?: number;
  /** Centrality radii [m]; default 400, 800, 1200 m. */
  radiiM?: readonly number[];
  /** Distance decay of the demand flow [1/m]; default `DEFAULT_WALK_DECAY_PER_M`. */
  decayPerM?: number;
  /** Counters farther than this from every street are excluded [m]; default 25 m. */
  siteMaxDistanceM?: number;
  /** Attractors farther than this from every street are left out [m]; default 50 m. */
  attractorMaxDistanceM?: number;
  /** Day types averaged into the daily count; default weekdays only. */
  dayTypes?: readonly DayType[];
  /** Years kept [from, to] inclusive; default all. */
  years?: [number, number];
  /** Site ids left out of the calibration (to check predictions against them). */
  excludeSites?: readonly string[];
  /** Below this many counters a warning is issued; default 20. */
  minCountersWarning?: number;
  /** Candidates farther than this from every street are skipped [m]; default 50 m. */
  candidateMaxDistanceM?: number;
  /**
   * Radii of the local attractor density (attractors within this straight-line distance of
   * the segment midpoint, see `attractorDensity`) [m]; default {@link DEFAULT_DENSITY_RADII_M}.
   * Used only with attractors; `[]` leaves the density out.
   */
  densityRadiiM?: readonly number[];
  /**
   * Choose the predictor families (betweenness, closeness, reach, density, flow) and one
   * radius of each by leave-one-out error inside every cross-validation fold
   * (`selectPredictorGroups`); default true. false fits the ridge model on every predictor.
   */
  selectPredictors?: boolean;
  /**
   * Also compute angular (space syntax) choice at the centrality radii (`angularChoice`), write
   * it per segment and offer it to the calibration as its own predictor family; default false.
   */
  angular?: boolean;
  /**
   * Computes the angular choice in place of the one-thread `angularChoice(graph, radiiM)` call,
   * e.g. by summing `angularChoice(graph, radiiM, start, end)` over origin ranges on worker
   * threads; must return the same layout. Used only with `angular`.
   */
  angularChoice?: (graph: StreetGraph, radiiM: readonly number[]) => Float64Array;
  /** Premises scoring options (Huff α, λ, radii). */
  premises?: PremisesOptions;
  /** Called with a one-line message after each step (graph, features, calibration, estimates). */
  onProgress?: (message: string) => void;
}

/** One counter used in the calibration. */
export interface CounterResult {
  siteId: string;
  /** Segment (edge index) the counter is snapped to. */
  edge: number;
  /** OSM way of that segment. */
  wayId: string;
  distanceToStreetM: number;
  /** Complete days averaged. */
  dayCount: number;
  /** Observed mean daily count [pedestrians/day]. */
  observedDaily: number;
  /** Regression prediction with the counter left out [pedestrians/day]. */
  predictedDailyLoo: number;
  /** Regression + kriging prediction with the counter left out [pedestrians/day]. */
  predictedDailyLooKriged: number;
  /** Final estimate on its segment (all counters used) [pedestrians/day]. */
  estimatedDaily: number;
}

/**
 * The applicability domain of the calibrated model — the range of each predictor it uses over
 * the counters — and how much of the network lies outside it (segments whose estimate is
 * clamped, see `predictLogCount`).
 */
export interface ApplicabilityDomainReport {
  /** [min, max] over the counters of each predictor the model uses (as in `featureNames`). */
  ranges: Record<string, [number, number]>;
  segmentCount: number;
  /** Segments with at least one predictor outside its range. */
  extrapolatedSegmentCount: number;
  /** extrapolatedSegmentCount / segmentCount. */
  shareOfSegments: number;
  /** Total length of the segments [m]. */
  streetLengthM: number;
  /** Length of the segments outside the domain [m]. */
  extrapolatedLengthM: number;
  /** extrapolatedLengthM / streetLengthM. */
  shareOfStreetLength: number;
  /** Segments outside the range of each predictor the model uses (a segment may count twice). */
  clampedSegmentsByPredictor: Record<string, number>;
}

/** Everything about the calibration, ready for `calibration.json`. */
export interface CalibrationReport {
  target: string;
  dayTypes: DayType[];
  dayHours: [number, number];
  years: [number, number] | null;
  featureNames: string[];
  /** Predictors the model uses (chosen by leave-one-out error, or all of them). */
  selectedFeatures: string[];
  /** ln(count) = intercept + Σ coefficient · feature (features as in `featureNames`). */
  intercept: number;
  coefficients: Record<string, number>;
  ridgeLambda: number;
  effectiveDof: number;
  residualSdLog: number;
  variogram: ExponentialVariogram;
  crossValidation: {
    counterCount: number;
    r2Log: number;
    shareWithinFactor2: number;
    r2LogKriged: number;
    shareWithinFactor2Kriged: number;
    /** Counters outside the applicability domain of their fold (prediction clamped). */
    outsideDomainCount: number;
  };
  applicabilityDomain: ApplicabilityDomainReport;
  counters: CounterResult[];
  /**
   * Sites and count series not used, with the reason; counters excluded on request carry
   * their observed mean and the estimate there from the other counters.
   */
  excluded: ExcludedSite[];
  warnings: string[];
}

/** Result of {@link runFootfall}. */
export interface FootfallResult {
  projection: LocalProjection;
  network: BuiltStreetGraph;
  /** Highway class per way index (as `network.wayIds`). */
  wayHighway: string[];
  features: NetworkFeatures;
  /** Radii of the local attractor density (empty without attractors) [m]. */
  densityRadiiM: number[];
  /**
   * Attractor weight within each density radius of the segment midpoint, radius k of
   * `densityRadiiM` at `[k·edgeCount + e]` [weight, e.g. shops].
   */
  edgeAttractorDensity: Float64Array;
  /**
   * Angular choice with `angular: true`, radius k of `features.radiiM` at `[k·edgeCount + e]`
   * [pairs of segments], else null.
   */
  edgeAngularChoice: Float64Array | null;
  featureNames: string[];
  /** Model predictors per segment, row-major edgeCount × featureNames.length. */
  segmentPredictors: Float64Array;
  /** Median daily estimate per segment exp(μ) [pedestrians/day]. */
  footfallDaily: Float64Array;
  /** 10th percentile exp(μ − 1.2816σ) [pedestrians/day]. */
  footfallLow: Float64Array;
  /** 90th percentile exp(μ + 1.2816σ) [pedestrians/day]. */
  footfallHigh: Float64Array;
  /**
   * 1 where a segment's predictor lay outside the counters' range and was clamped before
   * prediction, row-major edgeCount × featureNames.length (all 0 inside the domain).
   */
  segmentClampedPredictors: Uint8Array;
  calibration: CalibrationReport;
  /** Hour-of-day × day-type profiles of every site with counts (years filter applied). */
  profiles: SiteProfile[];
  /** Profile type of the sites that have weekday and weekend profiles. */
  typology: SiteTypology[];
  /**
   * Per segment, the index in `calibration.counters` of the nearest (network distance)
   * counter that has a profile type, or −1; the segment's hourly estimate is its daily
   * estimate times that counter's hourly shares.
   */
  segmentProfileCounter: Int32Array;
  /** Profile type per segment (of `segmentProfileCounter`), `null` when none. */
  segmentProfileType: (ProfileType | null)[];
  /** Scores of the candidate premises (empty without candidates), in input order. */
  premises: PremisesScore[];
  /** Input [lon, lat] of each scored candidate, interleaved, aligned with `premises` [deg]. */
  premisesLonLatDeg: Float64Array;
  /** Input items left out (streets, counts rows, sites, attractors). */
  skipped: SkippedItem[];
  /** Count rows of the long format ignored because their mode is not pedestrian, by mode. */
  ignoredCountModes: Record<string, number>;
}

/**
 * Default radii of the local attractor density [m]: one and two block faces of a city-centre
 * grid, the scale of the commercial buffers of direct-demand models (Schneider et al. 2009,
 * TRR 2140), below the 400 m network radius of the reach.
 */
export const DEFAULT_DENSITY_RADII_M: readonly number[] = [100, 200];

/** Standard normal 90th percentile Φ⁻¹(0.9), for the 80 % interval. */
export const Z_80_PERCENT = 1.2815515655446004;

function project(streets: ParsedStreets): { projection: LocalProjection; ways: ProjectedWay[] } {
  let minLon = Number.POSITIVE_INFINITY;
  let maxLon = Number.NEGATIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const w of streets.ways) {
    for (let i = 0; i < w.lonLatDeg.length; i += 2) {
      minLon = Math.min(minLon, w.lonLatDeg[i]);
      maxLon = Math.max(maxLon, w.lonLatDeg[i]);
      minLat = Math.min(minLat, w.lonLatDeg[i + 1]);
      maxLat = Math.max(maxLat, w.lonLatDeg[i + 1]);
    }
  }
  const projection = localProjection((minLon + maxLon) / 2, (minLat + maxLat) / 2);
  const ways = streets.ways.map((w) => {
    const xyM = new Float64Array(w.lonLatDeg.length);
    for (let i = 0; i < xyM.length; i += 2) {
      xyM[i] = projectX(projection, w.lonLatDeg[i]);
      xyM[i + 1] = projectY(projection, w.lonLatDeg[i + 1]);
    }
    return { id: w.id, xyM };
  });
  return { projection, ways };
}

/**
 * Model predictors of a segment: ln(1 + x) of edge betweenness, harmonic closeness (mean of
 * the end nodes) at each radius, and — with attractors — attractor reach at each radius, the
 * local attractor density at each density radius and the demand-weighted flow, and — when
 * computed — angular choice at each radius. `groups` gives each column's family (betweenness 0,
 * closeness 1, reach 2, density 3, flow 4, then angular choice) for the predictor selection.
 */
function segmentPredictors(
  network: BuiltStreetGraph,
  f: NetworkFeatures,
  density: { radiusM: number; values: Float64Array }[] | null,
  angular: Float64Array | null,
) {
  const g = network.graph;
  const columns: { name: string; group: number; values: Float64Array }[] = [];
  f.radiiM.forEach((r, k) => {
    columns.push({
      name: `betweenness${r}`,
      group: 0,
      values: f.edgeBetweenness.subarray(k * g.edgeCount, (k + 1) * g.edgeCount),
    });
    columns.push({ name: `closeness${r}`, group: 1, values: nodeToEdgeMean(g, f.nodeCloseness, k) });
    if (density) columns.push({ name: `reach${r}`, group: 2, values: nodeToEdgeMean(g, f.nodeReach, k) });
  });
  if (density) {
    for (const d of density) columns.push({ name: `density${d.radiusM}`, group: 3, values: d.values });
    columns.push({ name: 'flow', group: 4, values: f.edgeFlow });
  }
  if (angular) {
    const group = density ? 5 : 2;
    f.radiiM.forEach((r, k) => {
      columns.push({
        name: `angularChoice${r}`,
        group,
        values: angular.subarray(k * g.edgeCount, (k + 1) * g.edgeCount),
      });
    });
  }
  const p = columns.length;
  const x = new Float64Array(g.edgeCount * p);
  for (let e = 0; e < g.edgeCount; e++) {
    for (let j = 0; j < p; j++) x[e * p + j] = Math.log1p(columns[j].values[e]);
  }
  return { names: columns.map((c) => `ln1p_${c.name}`), groups: Int32Array.from(columns, (c) => c.group), x };
}

function applicabilityDomainReport(
  names: readonly string[],
  columns: Int32Array,
  domain: PredictorRange,
  clamped: Uint8Array,
  edgeLengthM: Float64Array,
): ApplicabilityDomainReport {
  const p = names.length;
  const edgeCount = edgeLengthM.length;
  const ranges: Record<string, [number, number]> = {};
  const clampedSegmentsByPredictor: Record<string, number> = {};
  for (const j of columns) {
    ranges[names[j]] = [domain.min[j], domain.max[j]];
    clampedSegmentsByPredictor[names[j]] = 0;
  }
  let extrapolatedSegmentCount = 0;
  let streetLengthM = 0;
  let extrapolatedLengthM = 0;
  for (let e = 0; e < edgeCount; e++) {
    streetLengthM += edgeLengthM[e];
    let outside = false;
    for (const j of columns) {
      if (clamped[e * p + j] === 0) continue;
      clampedSegmentsByPredictor[names[j]]++;
      outside = true;
    }
    if (!outside) continue;
    extrapolatedSegmentCount++;
    extrapolatedLengthM += edgeLengthM[e];
  }
  return {
    ranges,
    segmentCount: edgeCount,
    extrapolatedSegmentCount,
    shareOfSegments: extrapolatedSegmentCount / edgeCount,
    streetLengthM,
    extrapolatedLengthM,
    shareOfStreetLength: extrapolatedLengthM / streetLengthM,
    clampedSegmentsByPredictor,
  };
}

/**
 * Run the whole footfall model: street graph → network features → calibration on counts
 * (ridge log-linear model + kriged residuals, leave-one-counter-out validated) → an estimate
 * with an 80 % interval on every segment, its predictors clamped to the counters' range
 * (`segmentClampedPredictors`, `calibration.applicabilityDomain`). Nothing is dropped silently: every input item not
 * used is in `skipped` or `calibration.excluded` with its reason.
 *
 * @throws RangeError when fewer than 3 counters remain usable
 * @example
 * const result = runFootfall({ streets: parseStreets(json, 'streets.geojson'),
 *   counts: parseCounts(csv, 'counts.csv'), sites: parseSitesGeoJson(sitesJson, 'sites.geojson') });
 */
export function runFootfall(inputs: FootfallInputs, options: FootfallOptions = {}): FootfallResult {
  const skipped: SkippedItem[] = [
    ...inputs.streets.skipped,
    ...inputs.counts.skipped,
    ...inputs.sites.skipped,
    ...(inputs.attractors?.skipped ?? []),
    ...(inputs.candidates?.skipped ?? []),
  ];
  const { projection, ways } = project(inputs.streets);
  const network = buildStreetGraph(ways, { snapToleranceM: options.snapToleranceM });
  const g = network.graph;
  const progress = options.onProgress ?? (() => {});
  progress(`street graph: ${g.nodeCount} nodes, ${g.edgeCount} segments, ${network.dropped.length} ways dropped`);
  const highwayById = new Map(inputs.streets.ways.map((w) => [w.id, w.highway]));
  const wayHighway = network.wayIds.map((id) => highwayById.get(id) ?? '');
  const index = buildEdgeIndex(g);

  // Attractors → node weights, split between the segment ends by position.
  const attractors = inputs.attractors?.attractors ?? [];
  const snappedAttractors = snapPointsToStreets(
    g,
    index,
    projection,
    attractors,
    options.attractorMaxDistanceM ?? 50,
    inputs.attractors?.file ?? 'attractors',
    skipped,
  );
  const nodeAttraction = new Float64Array(g.nodeCount);
  const outlets: SnappedOutlet[] = snappedAttractors.map(({ point: a, snap: s }) => {
    const t = g.edgeLengthM[s.edge] > 0 ? s.alongM / g.edgeLengthM[s.edge] : 0.5;
    nodeAttraction[g.edgeFrom[s.edge]] += a.weight * (1 - t);
    nodeAttraction[g.edgeTo[s.edge]] += a.weight * t;
    return { id: a.id, category: a.category, weight: a.weight, snap: s };
  });
  const withAttractors = attractors.length > 0;
  const attractorXYM = new Float64Array(2 * snappedAttractors.length);
  const attractorWeight = new Float64Array(snappedAttractors.length);
  snappedAttractors.forEach(({ point: a }, i) => {
    attractorXYM[2 * i] = projectX(projection, a.lonDeg);
    attractorXYM[2 * i + 1] = projectY(projection, a.latDeg);
    attractorWeight[i] = a.weight;
  });
  const features = networkFeatures(g, {
    radiiM: options.radiiM ?? DEFAULT_RADII_M,
    nodeAttraction: withAttractors ? nodeAttraction : undefined,
    decayPerM: options.decayPerM,
  });
  const density = withAttractors
    ? (options.densityRadiiM ?? DEFAULT_DENSITY_RADII_M).map((radiusM) => ({
        radiusM,
        values: attractorDensity(g, attractorXYM, attractorWeight, radiusM),
      }))
    : null;
  const edgeAttractorDensity = new Float64Array((density ?? []).length * g.edgeCount);
  (density ?? []).forEach((d, k) => {
    edgeAttractorDensity.set(d.values, k * g.edgeCount);
  });
  progress(`network features at ${features.radiiM.join('/')} m`);
  const edgeAngularChoice = options.angular ? (options.angularChoice ?? angularChoice)(g, features.radiiM) : null;
  if (edgeAngularChoice) progress(`angular choice at ${features.radiiM.join('/')} m`);
  const predictors = segmentPredictors(network, features, density, edgeAngularChoice);
  const p = predictors.names.length;

  // Counters: daily means, locations, snapping.
  const dayTypes = [...(options.dayTypes ?? (['weekday'] as DayType[]))];
  const kMax = features.radiiM.length - 1;
  const { used, heldOut, excluded } = selectCounters(
    g,
    index,
    projection,
    inputs.counts,
    inputs.sites,
    features.edgeBetweenness.subarray(kMax * g.edgeCount, (kMax + 1) * g.edgeCount),
    {
      dayTypes,
      years: options.years,
      excludeSites: options.excludeSites,
      siteMaxDistanceM: options.siteMaxDistanceM ?? 25,
    },
  );
  const n = used.length;
  if (n < 3) throw new RangeError(`only ${n} usable counters; at least 3 are needed to calibrate`);
  const warnings: string[] = [];
  const minWarn = options.minCountersWarning ?? 20;
  if (n < minWarn) {
    warnings.push(
      `only ${n} counters (fewer than ${minWarn}): cross-validated metrics are unstable and can look spuriously good`,
    );
  }

  // Network distances from counters.
  const ws = createShortestPathWorkspace(g.nodeCount);
  const nodeDist = used.map((u) => pointToNodeDistances(g, u.snap, ws));
  const distM = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++)
      distM[i * n + j] = i === j ? 0 : pointToPointDistance(g, used[i].snap, nodeDist[i], used[j].snap);
  }
  const x = new Float64Array(n * p);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x.set(predictors.x.subarray(used[i].snap.edge * p, used[i].snap.edge * p + p), i * p);
    y[i] = Math.log(used[i].dailyMean);
  }
  const cal = calibrateLogLinear({
    count: n,
    featureCount: p,
    features: x,
    logCounts: y,
    distM,
    featureGroups: (options.selectPredictors ?? true) ? predictors.groups : undefined,
  });
  progress(`calibrated on ${n} counters with leave-one-counter-out cross-validation`);

  // Segment estimates.
  const footfallDaily = new Float64Array(g.edgeCount);
  const footfallLow = new Float64Array(g.edgeCount);
  const footfallHigh = new Float64Array(g.edgeCount);
  const toCounters = new Float64Array(n);
  const profiles = hourlyProfiles(inputs.counts.counts.filter((c) => inYearRange(c.year, options.years)));
  const typology = profileTypology(profiles);
  const typeBySite = new Map(typology.map((t) => [t.siteId, t.type]));
  const counterType = used.map((u) => typeBySite.get(u.siteId) ?? null);
  const segmentProfileCounter = new Int32Array(g.edgeCount).fill(-1);
  const segmentProfileType: (ProfileType | null)[] = new Array(g.edgeCount).fill(null);
  const segmentClampedPredictors = new Uint8Array(g.edgeCount * p);
  const clampedFlags = new Uint8Array(p);
  const estimateAt = (e: number, along: number) => {
    for (let i = 0; i < n; i++) {
      toCounters[i] = pointToPointDistance(g, used[i].snap, nodeDist[i], {
        edge: e,
        alongM: along,
        distanceM: 0,
      });
    }
    return predictLogCount(cal, predictors.x.subarray(e * p, e * p + p), toCounters, clampedFlags);
  };
  for (const h of heldOut) {
    const { logMean, logVariance } = estimateAt(h.snap.edge, h.snap.alongM);
    const sd = Math.sqrt(logVariance);
    const entry = excluded.find((x) => x.siteId === h.siteId && x.reason === 'excluded on request');
    if (entry) {
      entry.observedDaily = h.dailyMean;
      entry.predictedDaily = Math.exp(logMean);
      entry.predictedLow = Math.exp(logMean - Z_80_PERCENT * sd);
      entry.predictedHigh = Math.exp(logMean + Z_80_PERCENT * sd);
    }
  }
  for (let e = 0; e < g.edgeCount; e++) {
    const { logMean, logVariance } = estimateAt(e, g.edgeLengthM[e] / 2);
    let nearest = -1;
    for (let i = 0; i < n; i++) {
      if (counterType[i] !== null && (nearest < 0 || toCounters[i] < toCounters[nearest])) nearest = i;
    }
    segmentProfileCounter[e] = nearest;
    segmentProfileType[e] = nearest >= 0 ? counterType[nearest] : null;
    segmentClampedPredictors.set(clampedFlags, e * p);
    const sd = Math.sqrt(logVariance);
    footfallDaily[e] = Math.exp(logMean);
    footfallLow[e] = Math.exp(logMean - Z_80_PERCENT * sd);
    footfallHigh[e] = Math.exp(logMean + Z_80_PERCENT * sd);
  }

  const coefficients: Record<string, number> = {};
  let intercept = cal.model.intercept;
  predictors.names.forEach((name, j) => {
    const c = cal.model.coef[j] / cal.model.sds[j];
    coefficients[name] = c;
    intercept -= c * cal.model.means[j];
  });
  const cv = cal.crossValidation;
  const counters: CounterResult[] = used.map((u, i) => ({
    siteId: u.siteId,
    edge: u.snap.edge,
    wayId: network.wayIds[g.edgeWay[u.snap.edge]],
    distanceToStreetM: u.snap.distanceM,
    dayCount: u.dayCount,
    observedDaily: u.dailyMean,
    predictedDailyLoo: Math.exp(cv.logPredicted[i]),
    predictedDailyLooKriged: Math.exp(cv.logPredictedKriged[i]),
    estimatedDaily: Math.exp(estimateAt(u.snap.edge, u.snap.alongM).logMean),
  }));
  const snappedCandidates = snapPointsToStreets(
    g,
    index,
    projection,
    inputs.candidates?.candidates ?? [],
    options.candidateMaxDistanceM ?? 50,
    inputs.candidates?.file ?? 'candidates',
    skipped,
  );
  const candidates: SnappedOutlet[] = snappedCandidates.map(({ point: c, snap }) => ({
    id: c.id,
    category: c.category,
    weight: 1,
    snap,
  }));
  const premises = candidates.length > 0 ? scorePremises(g, footfallDaily, outlets, candidates, options.premises) : [];
  const [h0, h1] = inputs.counts.dayHours;
  return {
    projection,
    network,
    wayHighway,
    features,
    densityRadiiM: (density ?? []).map((d) => d.radiusM),
    edgeAttractorDensity,
    edgeAngularChoice,
    featureNames: predictors.names,
    segmentPredictors: predictors.x,
    footfallDaily,
    footfallLow,
    footfallHigh,
    segmentClampedPredictors,
    calibration: {
      target: `mean daily pedestrians over ${dayTypes.join('/')} days, hours ${h0}:00–${h1 + 1}:00 local`,
      dayTypes,
      dayHours: [h0, h1],
      years: options.years ?? null,
      featureNames: predictors.names,
      selectedFeatures: Array.from(cal.selectedColumns, (j) => predictors.names[j]),
      intercept,
      coefficients,
      ridgeLambda: cal.model.lambda,
      effectiveDof: cal.model.effectiveDof,
      residualSdLog: Math.sqrt(cal.model.residualVariance),
      variogram: cal.variogram,
      crossValidation: {
        counterCount: n,
        r2Log: cv.r2Log,
        shareWithinFactor2: cv.shareWithinFactor2,
        r2LogKriged: cv.r2LogKriged,
        shareWithinFactor2Kriged: cv.shareWithinFactor2Kriged,
        outsideDomainCount: cv.outsideDomainCount,
      },
      applicabilityDomain: applicabilityDomainReport(
        predictors.names,
        cal.selectedColumns,
        cal.domain,
        segmentClampedPredictors,
        g.edgeLengthM,
      ),
      counters,
      excluded,
      warnings,
    },
    profiles,
    typology,
    segmentProfileCounter,
    segmentProfileType,
    premises,
    premisesLonLatDeg: Float64Array.from(snappedCandidates.flatMap(({ point }) => [point.lonDeg, point.latDeg])),
    skipped,
    ignoredCountModes: { ...inputs.counts.ignoredModes },
  };
}
