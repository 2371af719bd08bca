export type { PredictorRange } from './calibration/applicability-domain.js';
export { clampToRange, predictorRange } from './calibration/applicability-domain.js';
export type { ExponentialVariogram } from './calibration/exponential-variogram.js';
export {
  exponentialVariogram,
  fitExponentialVariogram,
} from './calibration/exponential-variogram.js';
export { solveLinearSystem } from './calibration/linear-solve.js';
export type {
  CalibrationData,
  CrossValidation,
  LogLinearCalibration,
} from './calibration/log-linear-calibration.js';
export {
  calibrateLogLinear,
  logAgreement,
  predictLogCount,
} from './calibration/log-linear-calibration.js';
export type { KrigingEstimate, OrdinaryKrigingSystem } from './calibration/ordinary-kriging.js';
export { ordinaryKrigingAt, ordinaryKrigingSystem } from './calibration/ordinary-kriging.js';
export { MAX_PREDICTOR_GROUPS, selectPredictorGroups } from './calibration/predictor-selection.js';
export type { RidgeModel } from './calibration/ridge.js';
export {
  DEFAULT_RIDGE_LAMBDAS,
  fitRidge,
  fitRidgeCv,
  predictRidge,
  ridgeLooCurve,
  ridgePredictionVariance,
} from './calibration/ridge.js';
export type {
  SiteDailyCount,
  SiteDailyCountOptions,
  SiteWithoutDailyCount,
} from './calibration/site-daily-counts.js';
export { siteDailyCounts } from './calibration/site-daily-counts.js';
export type { LocalProjection } from './geo/local-projection.js';
export {
  EARTH_RADIUS_M,
  localProjection,
  projectX,
  projectY,
  unprojectLat,
  unprojectLon,
} from './geo/local-projection.js';
export type { EdgeIndex, EdgeSnap } from './graph/nearest-edge.js';
export { buildEdgeIndex, edgesNear, nearestEdge } from './graph/nearest-edge.js';
export type {
  BuildStreetGraphOptions,
  BuiltStreetGraph,
  DroppedWay,
  ProjectedWay,
  StreetGraph,
} from './graph/street-graph.js';
export { buildStreetGraph } from './graph/street-graph.js';
export type { CountsFormat, HourlyCount, ParsedCounts } from './input/count-types.js';
export type { ParseCountsOptions } from './input/counts.js';
export { parseCounts } from './input/counts.js';
export type { CsvRecord, CsvTable } from './input/csv.js';
export { parseCsv } from './input/csv.js';
export type { DayType } from './input/day-type.js';
export { dayTypeOfDate } from './input/day-type.js';
export type { SkippedItem } from './input/errors.js';
export { FootfallInputError } from './input/errors.js';
export { parseJsonText } from './input/json-text.js';
export type { OsmTags } from './input/osm-tags.js';
export { HIGHWAY_WALKABILITY, parseOtherTags, walkabilityRejection } from './input/osm-tags.js';
export type {
  Attractor,
  Candidate,
  CounterSite,
  ParsedAttractors,
  ParsedCandidates,
  ParsedSites,
} from './input/points.js';
export {
  parseAttractors,
  parseCandidates,
  parseSitesCsv,
  parseSitesGeoJson,
  SITE_ID_PROPERTIES,
} from './input/points.js';
export type { ParsedStreets, StreetWay } from './input/streets.js';
export { parseStreets } from './input/streets.js';
export type { AngularSegmentGraph, AngularWorkspace } from './network/angular-choice.js';
export {
  ANGLE_UNIT_RAD,
  accumulateAngularChoice,
  angularChoice,
  angularSegmentGraph,
  angularShortestPaths,
  createAngularWorkspace,
} from './network/angular-choice.js';
export { attractorDensity, edgeMidpoints } from './network/attractor-density.js';
export type { EdgeChange, EdgeChangeResult, NetworkFeatureState } from './network/edge-change.js';
export { networkFeatureState, rescoreAfterEdgeChange } from './network/edge-change.js';
export type { NetworkFeatureOptions, NetworkFeatures } from './network/network-features.js';
export {
  accumulateAttractorReach,
  accumulateBrandesEdgeBetweenness,
  accumulateGravityFlow,
  accumulateHarmonicCloseness,
  accumulateNetworkFeatures,
  createNetworkFeatures,
  createSourceAccumulator,
  DEFAULT_RADII_M,
  DEFAULT_WALK_DECAY_PER_M,
  featureCutoffM,
  networkFeatures,
  nodeToEdgeMean,
  streetLengthOrigins,
} from './network/network-features.js';
export { pointToNodeDistances, pointToPointDistance } from './network/point-distances.js';
export type { ShortestPathWorkspace } from './network/radius-dijkstra.js';
export {
  createShortestPathWorkspace,
  PATH_TIE_TOLERANCE_M,
  radiusShortestPaths,
} from './network/radius-dijkstra.js';
export type { CalibrationJson } from './pipeline/calibration-json.js';
export { calibrationJson } from './pipeline/calibration-json.js';
export type { SegmentFeature, SegmentFeatureCollection } from './pipeline/footfall-geojson.js';
export { footfallGeoJson } from './pipeline/footfall-geojson.js';
export type { PremisesFeature } from './pipeline/premises-geojson.js';
export { premisesGeoJson } from './pipeline/premises-geojson.js';
export type { ProfilesJson } from './pipeline/profiles-json.js';
export { profilesJson } from './pipeline/profiles-json.js';
export type {
  ApplicabilityDomainReport,
  CalibrationReport,
  CounterResult,
  FootfallInputs,
  FootfallOptions,
  FootfallResult,
} from './pipeline/run-footfall.js';
export { DEFAULT_DENSITY_RADII_M, runFootfall, Z_80_PERCENT } from './pipeline/run-footfall.js';
export type { ExcludedSite } from './pipeline/select-counters.js';
export type { DayTypeProfile, SiteProfile } from './profile/hourly-profiles.js';
export { hourlyProfiles } from './profile/hourly-profiles.js';
export type { ProfileType, SiteTypology } from './profile/profile-typology.js';
export { PROFILE_WINDOWS, profileTypology } from './profile/profile-typology.js';
export {
  DEFAULT_HUFF_ALPHA,
  DEFAULT_HUFF_LAMBDA,
  huffProbabilities,
  huffUtility,
} from './retail/huff-probabilities.js';
export type { PremisesOptions, PremisesScore, SnappedOutlet } from './retail/premises-score.js';
export { scorePremises } from './retail/premises-score.js';
