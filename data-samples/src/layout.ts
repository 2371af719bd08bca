import type { BuildingSpec } from './buildings.js';
import { townToLambert93 } from './frame.js';
import type { OrientedRectangle } from './rectangle.js';
import type { NodataHole } from './surface.js';
import type { TreeSpec } from './trees.js';

/**
 * The hand-drawn layout of the synthetic town (local metres east/north of the grid's
 * south-west corner, turned into Lambert-93). Blocks lie between the streets of
 * `streets.ts`: the avenue at y = 100, streets at x = 60, 140 and y = 30, 170, a passage at
 * x = 100 and a park with a hill in the south-east block. Building edges fall on whole or
 * half metres, never on a cell centre.
 */

/** A footprint rectangle from local coordinates. */
function footprint(
  localX: number,
  localY: number,
  axisBearingDeg: number,
  lengthM: number,
  widthM: number,
): OrientedRectangle {
  const [centreX, centreY] = townToLambert93(localX, localY);
  return { centreX, centreY, axisBearingDeg, halfLengthM: lengthM / 2, halfWidthM: widthM / 2 };
}

/** A gabled dormer on the south (+v) plane of an east–west ridge. */
function dormer(u: number): BuildingSpec['obstacles'][number] {
  return { kind: 'dormer', u, frontV: 3.5, widthM: 1.8, pitchDeg: 35, wallHeightM: 1.2 };
}

/**
 * The buildings: gable roofs with ridges at 0°, 45°, 90°, 110° and 135° (their planes face all
 * eight compass octants), hipped roofs on two axes, shed roofs facing S, N, W and SE, flat
 * roofs (one a six-storey block just south of a low house it shades, one carrying a rooftop
 * plant box), chimneys and two dormers.
 */
export const TOWN_BUILDINGS: readonly BuildingSpec[] = [
  {
    id: 'B01',
    roofType: 'gable',
    footprint: footprint(28, 150, 90, 14, 9),
    eaveHeightM: 6,
    pitchDeg: 30,
    obstacles: [{ kind: 'chimney', u: 3, v: -2.5 }],
  },
  {
    id: 'B02',
    roofType: 'gable',
    footprint: footprint(28, 120, 90, 10, 7),
    eaveHeightM: 5,
    pitchDeg: 45,
    obstacles: [],
  },
  {
    id: 'B03',
    roofType: 'hipped',
    footprint: footprint(80, 140, 0, 16, 10),
    eaveHeightM: 7,
    pitchDeg: 25,
    obstacles: [{ kind: 'chimney', u: -3, v: 2 }],
  },
  {
    id: 'B04',
    roofType: 'flat',
    footprint: footprint(120, 125, 90, 24, 14),
    eaveHeightM: 18,
    pitchDeg: 0,
    obstacles: [],
  },
  {
    id: 'B05',
    roofType: 'gable',
    footprint: footprint(120, 142, 90, 18, 8),
    eaveHeightM: 4.5,
    pitchDeg: 20,
    obstacles: [],
  },
  {
    id: 'B06',
    roofType: 'gable',
    footprint: footprint(170, 140, 90, 20, 10),
    eaveHeightM: 6.5,
    pitchDeg: 40,
    obstacles: [dormer(-5), dormer(2), { kind: 'chimney', u: 6, v: -2 }],
  },
  {
    id: 'B07',
    roofType: 'gable',
    footprint: footprint(30, 64, 45, 14, 8),
    eaveHeightM: 5.5,
    pitchDeg: 35,
    obstacles: [{ kind: 'chimney', u: -3, v: 2 }],
  },
  {
    id: 'B08',
    roofType: 'gable',
    footprint: footprint(85, 62, 135, 14, 9),
    eaveHeightM: 6,
    pitchDeg: 30,
    obstacles: [],
  },
  {
    id: 'B09',
    roofType: 'hipped',
    footprint: footprint(118, 62, 45, 12, 10),
    eaveHeightM: 5,
    pitchDeg: 22,
    obstacles: [],
  },
  {
    id: 'B10',
    roofType: 'flat',
    footprint: footprint(180, 118, 90, 30, 14),
    eaveHeightM: 8,
    pitchDeg: 0,
    obstacles: [{ kind: 'hvac', u: 5, v: 1, lengthM: 2, widthM: 1.2, heightM: 1.2 }],
  },
  {
    id: 'B11',
    roofType: 'shed',
    footprint: footprint(90, 187, 90, 12, 6),
    eaveHeightM: 3,
    pitchDeg: 10,
    obstacles: [],
  },
  {
    id: 'B12',
    roofType: 'shed',
    footprint: footprint(110, 187, 270, 6, 5),
    eaveHeightM: 2.6,
    pitchDeg: 5,
    obstacles: [],
  },
  {
    id: 'B13',
    roofType: 'shed',
    footprint: footprint(80, 12, 180, 10, 6),
    eaveHeightM: 3.5,
    pitchDeg: 15,
    obstacles: [],
  },
  {
    id: 'B14',
    roofType: 'shed',
    footprint: footprint(170, 12, 45, 10, 6),
    eaveHeightM: 3,
    pitchDeg: 12,
    obstacles: [],
  },
  {
    id: 'B15',
    roofType: 'gable',
    footprint: footprint(28, 12, 0, 12, 8),
    eaveHeightM: 5,
    pitchDeg: 28,
    obstacles: [],
  },
  {
    id: 'B16',
    roofType: 'gable',
    footprint: footprint(110, 13, 110, 12, 7),
    eaveHeightM: 6,
    pitchDeg: 33,
    obstacles: [],
  },
  {
    id: 'B17',
    roofType: 'flat',
    footprint: footprint(170, 187, 90, 8, 6),
    eaveHeightM: 3,
    pitchDeg: 0,
    obstacles: [],
  },
  {
    id: 'B18',
    roofType: 'hipped',
    footprint: footprint(35, 187, 90, 12, 8),
    eaveHeightM: 5.5,
    pitchDeg: 30,
    obstacles: [{ kind: 'chimney', u: 2, v: 1 }],
  },
];

/** A tree from local coordinates. */
function tree(
  id: string,
  localX: number,
  localY: number,
  heightM: number,
  crownRadiusM: number,
  crownDepthM: number,
): TreeSpec {
  const [x, y] = townToLambert93(localX, localY);
  return { id, x, y, heightM, crownRadiusM, crownDepthM };
}

/**
 * Trees: T01 and T02 overhang the roofs of B01 and B06; T03–T08 stand in the park on the
 * hill; T09–T11 line the avenue and a garden.
 */
export const TOWN_TREES: readonly TreeSpec[] = [
  tree('T01', 37, 156, 11, 5, 4),
  tree('T02', 183, 133, 12, 5, 4.5),
  tree('T03', 150, 85, 9.5, 3.5, 3),
  tree('T04', 165, 82, 12.5, 4.5, 4),
  tree('T05', 192, 78, 10, 4, 3.5),
  tree('T06', 188, 45, 13, 4.5, 4),
  tree('T07', 160, 42, 8.5, 3, 2.5),
  tree('T08', 196, 58, 11, 4, 3.5),
  tree('T09', 18, 91, 9, 3.5, 3),
  tree('T10', 45, 91, 9.5, 3.5, 3),
  tree('T11', 8, 150, 8, 3, 2.5),
];

/** The nodata hole: a quarter disc of 6 m radius in the north-west corner of the rasters. */
export const TOWN_NODATA_HOLE: NodataHole = (() => {
  const [x, y] = townToLambert93(0, 200);
  return { x, y, radiusM: 6 };
})();
