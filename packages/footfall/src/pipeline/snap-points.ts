import { type LocalProjection, projectX, projectY } from '../geo/local-projection.js';
import { type EdgeIndex, type EdgeSnap, nearestEdge } from '../graph/nearest-edge.js';
import type { StreetGraph } from '../graph/street-graph.js';
import type { SkippedItem } from '../input/errors.js';

/** A WGS84 point with an id. */
export interface LonLatPoint {
  id: string;
  lonDeg: number;
  latDeg: number;
}

/**
 * Snap points to their nearest segment within `maxDistanceM`; points farther away are
 * appended to `skipped` (with `file`) and left out.
 *
 * @param maxDistanceM - snapping tolerance [m]
 */
export function snapPointsToStreets<T extends LonLatPoint>(
  graph: StreetGraph,
  index: EdgeIndex,
  projection: LocalProjection,
  points: readonly T[],
  maxDistanceM: number,
  file: string,
  skipped: SkippedItem[],
): { point: T; snap: EdgeSnap }[] {
  const out: { point: T; snap: EdgeSnap }[] = [];
  for (const point of points) {
    const snap = nearestEdge(
      graph,
      index,
      projectX(projection, point.lonDeg),
      projectY(projection, point.latDeg),
      maxDistanceM,
    );
    if (snap === null) {
      skipped.push({
        file,
        line: null,
        id: point.id,
        reason: `farther than ${maxDistanceM} m from the street network`,
      });
    } else {
      out.push({ point, snap });
    }
  }
  return out;
}
