import { type BuildingTruth, buildingTruth } from './buildings.js';
import { type CountRow, townCounts } from './counts.js';
import { TOWN_FRAME, type TownFrame } from './frame.js';
import { TOWN_BUILDINGS, TOWN_NODATA_HOLE, TOWN_TREES } from './layout.js';
import { simulatePedestrianFlows } from './pedestrian-flows.js';
import { type Candidate, type Counter, type Shop, townCandidates, townCounters, townShops } from './places.js';
import { type StreetSegment, townStreets } from './streets.js';
import { type NodataHole, punchNodataHole, rasteriseSurface } from './surface.js';
import { rasteriseGround, type TerrainModel, TOWN_TERRAIN } from './terrain.js';
import { type TreeTruth, treeTruth } from './trees.js';

/** Everything the synthetic town is made of, in Lambert-93 (EPSG:2154). */
export interface Town {
  /** The raster grid. */
  frame: TownFrame;
  /** The analytic ground. */
  terrain: TerrainModel;
  /** Digital terrain model [m], row 0 = north, NaN in the nodata hole. */
  dtm: Float32Array;
  /** Digital surface model [m]: ground, buildings, obstacles, trees; NaN in the nodata hole. */
  dsm: Float32Array;
  /** The disc of cells set to nodata in both rasters. */
  nodataHole: NodataHole;
  buildings: BuildingTruth[];
  trees: TreeTruth[];
  streets: StreetSegment[];
  shops: Shop[];
  candidates: Candidate[];
  counters: Counter[];
  /** Simulated truth: street id → pedestrians on an ordinary weekday [count/day] (`pedestrian-flows.ts`). */
  footfallTruth: Map<string, number>;
  /** Hourly counts, ordered by site, mode, time. */
  counts: CountRow[];
}

/**
 * Build the synthetic town near Albi: analytic terrain, buildings with known roof planes,
 * trees, the DSM and DTM sampled at 0.5 m, streets, shops, vacant premises, the simulated
 * weekday pedestrian flow of every street segment, counters on it and four weeks of hourly
 * counts. Pure and deterministic: the same seed gives identical output.
 * @param seed seed of the counts' noise (the geometry has no randomness)
 * @returns the town
 * @example const town = generateTown(); town.dsm.length; // 160000
 */
export function generateTown(seed?: number): Town {
  const frame = TOWN_FRAME;
  const terrain = TOWN_TERRAIN;
  const buildings = TOWN_BUILDINGS.map((b) => buildingTruth(b, terrain, frame));
  const trees = TOWN_TREES.map((t) => treeTruth(t, terrain, buildings));
  const dtm = rasteriseGround(terrain, frame);
  const dsm = rasteriseSurface(dtm, frame, buildings, trees);
  punchNodataHole(dtm, frame, TOWN_NODATA_HOLE);
  punchNodataHole(dsm, frame, TOWN_NODATA_HOLE);
  const streets = townStreets();
  const shops = townShops();
  const footfallTruth = simulatePedestrianFlows(streets, buildings, shops);
  const counters = townCounters(streets, footfallTruth);
  return {
    frame,
    terrain,
    dtm,
    dsm,
    nodataHole: TOWN_NODATA_HOLE,
    buildings,
    trees,
    streets,
    shops,
    candidates: townCandidates(),
    counters,
    footfallTruth,
    counts: townCounts(counters, seed),
  };
}
