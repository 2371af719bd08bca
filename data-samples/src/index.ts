export type { BuildingSpec, BuildingTruth } from './buildings.js';
export { buildingTruth } from './buildings.js';
export type { CountMode, CountRow } from './counts.js';
export { COUNT_PERIOD, COUNTER_OUTAGE, countsCsv, hourlyProfile, townCounts } from './counts.js';
export {
  buildingsGeoJson,
  candidatesGeoJson,
  countersGeoJson,
  footfallTruthJson,
  SYNTHETIC_NOTICE,
  shopsGeoJson,
  streetsGeoJson,
  townTextFiles,
  truthJson,
} from './files.js';
export type { TownFrame } from './frame.js';
export { LAMBERT93_EPSG, TOWN_FRAME } from './frame.js';
export type { ObstacleSpec, ObstacleTruth } from './obstacles.js';
export type { ParisLocalTime } from './paris-time.js';
export { parisHourStarts, parisLocalTime, parisUtcOffsetMinutes } from './paris-time.js';
export { BUSIEST_SEGMENT_PEDESTRIANS_PER_WEEKDAY, simulatePedestrianFlows } from './pedestrian-flows.js';
export type { Candidate, Counter, Shop } from './places.js';
export type { PlaneEquation } from './plane.js';
export { planeElevationM } from './plane.js';
export type { RoofPlaneTruth, RoofType } from './roofs.js';
export type { Highway, StreetSegment } from './streets.js';
export type { NodataHole } from './surface.js';
export type { TerrainModel } from './terrain.js';
export { groundElevationM } from './terrain.js';
export type { Town } from './town.js';
export { generateTown } from './town.js';
export type { TreeTruth } from './trees.js';
