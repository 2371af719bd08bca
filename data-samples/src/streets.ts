import { townToLambert93 } from './frame.js';

/** OSM `highway` values used by the synthetic street network. */
export type Highway = 'primary' | 'residential' | 'pedestrian' | 'footway' | 'steps' | 'motorway';

/** One street segment between two intersections (or a dead end). */
export interface StreetSegment {
  /** `S01`, `S02`, … */
  id: string;
  /** OSM highway tag. */
  highway: Highway;
  /** Street name (invented). */
  name: string;
  /** Carriageway or path width [m]. */
  widthM: number;
  /** Vertices [m, EPSG:2154]; segments meet only at shared end vertices. */
  coordinates: [number, number][];
}

/** A named street through intersections given in local metres (see `frame.ts`). */
interface StreetLine {
  highway: Highway;
  name: string;
  widthM: number;
  /** Vertices [local m]. */
  points: [number, number][];
  /** Whether every vertex is an intersection (one segment per pair) or the line is one segment. */
  splitAtVertices: boolean;
}

/** Street widths by kind [m]. */
const WIDTH_M: Record<Highway, number> = {
  primary: 12,
  residential: 8,
  pedestrian: 10,
  footway: 3,
  steps: 3,
  motorway: 25,
};

function line(highway: Highway, name: string, points: [number, number][], splitAtVertices = true): StreetLine {
  return { highway, name, widthM: WIDTH_M[highway], points, splitAtVertices };
}

/**
 * The town's streets: a grid of residential streets around the avenue (primary, y = 100),
 * a pedestrian shopping street (x = 140, between the avenue and y = 170), a footway passage
 * through a block (x = 100), steps and a footway up the park hill, and a motorway bypass
 * (x = 340) that crosses the avenue on a bridge, sharing no vertex with any other street,
 * which a pedestrian model must drop.
 */
const STREET_LINES: readonly StreetLine[] = [
  line('primary', 'Avenue de la Gare', [
    [-200, 100],
    [-100, 100],
    [60, 100],
    [100, 100],
    [140, 100],
    [200, 100],
    [260, 100],
    [400, 100],
  ]),
  line('residential', 'Rue des Tanneurs', [
    [60, -100],
    [60, 30],
    [60, 100],
    [60, 170],
    [60, 300],
  ]),
  line('residential', 'Rue du Pont-Vieux', [
    [140, -100],
    [140, 30],
    [140, 65],
    [140, 100],
  ]),
  line('pedestrian', 'Rue du Marché', [
    [140, 100],
    [140, 170],
  ]),
  line('residential', 'Rue du Marché', [
    [140, 170],
    [140, 300],
  ]),
  line('residential', 'Rue des Remparts', [
    [-100, 170],
    [60, 170],
    [100, 170],
    [140, 170],
    [260, 170],
  ]),
  line('residential', 'Rue des Jardins', [
    [-100, 30],
    [60, 30],
    [140, 30],
    [260, 30],
  ]),
  line('residential', 'Boulevard de l’Est', [
    [260, -100],
    [260, 30],
    [260, 100],
    [260, 170],
    [260, 300],
  ]),
  line('residential', 'Rue de l’Ouest', [
    [-100, -100],
    [-100, 30],
    [-100, 100],
    [-100, 170],
    [-100, 300],
  ]),
  line('residential', 'Rue du Sud', [
    [-100, -100],
    [60, -100],
    [140, -100],
    [260, -100],
  ]),
  line('residential', 'Rue du Nord', [
    [-100, 300],
    [60, 300],
    [140, 300],
    [260, 300],
  ]),
  line('footway', 'Passage des Arcades', [
    [100, 100],
    [100, 170],
  ]),
  line('steps', 'Escalier du Parc', [
    [140, 65],
    [156, 64],
  ]),
  line(
    'footway',
    'Allée du Parc',
    [
      [156, 64],
      [175, 60],
      [200, 100],
    ],
    false,
  ),
  line('motorway', 'Rocade', [
    [340, -200],
    [340, 400],
  ]),
];

/**
 * The street segments of the synthetic town, split at every intersection. Shared vertices
 * are computed once from the same local coordinates, so they are bit-identical.
 * @returns segments in a fixed order, ids `S01`…
 * @example townStreets().filter((s) => s.highway !== 'motorway');
 */
export function townStreets(): StreetSegment[] {
  const segments: StreetSegment[] = [];
  const add = (l: StreetLine, points: [number, number][]): void => {
    segments.push({
      id: `S${String(segments.length + 1).padStart(2, '0')}`,
      highway: l.highway,
      name: l.name,
      widthM: l.widthM,
      coordinates: points.map(([x, y]) => townToLambert93(x, y)),
    });
  };
  for (const l of STREET_LINES) {
    if (!l.splitAtVertices) {
      add(l, l.points);
      continue;
    }
    for (let i = 0; i + 1 < l.points.length; i++) add(l, [l.points[i], l.points[i + 1]]);
  }
  return segments;
}

/**
 * Distance from a point to a polyline.
 * @param coordinates polyline vertices [m]
 * @param x [m]
 * @param y [m]
 * @returns the shortest distance to any of its segments [m]
 * @example distanceToPolylineM([[0, 0], [10, 0]], 5, 2); // 2
 */
export function distanceToPolylineM(coordinates: readonly [number, number][], x: number, y: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < coordinates.length; i++) {
    const [ax, ay] = coordinates[i];
    const [bx, by] = coordinates[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best;
}
