/** A hand-made roof segmentation for the tests: one rectangular plane on a 48 × 32 grid. */
import type { RoofSegmentation } from '../segmentRoofPlanes.js';

export const W = 48;
export const H = 32;
export const CELL_M = 0.5;

/**
 * One rectangular plane on rows 4–27, columns 4–43 (20 m × 12 m on the ground); `masked`:
 * obstacle cells that are edge cells left out for mixing roof and ground (`mixedEdges.masked`).
 */
export function onePlane(
  pitchDeg: number,
  azimuthDeg: number,
  obstacles: number[] = [],
  masked: number[] = [],
): RoofSegmentation {
  const planeOfCell = new Int32Array(W * H).fill(-1);
  const isObstacle = new Uint8Array(W * H);
  const cells: number[] = [];
  for (let r = 4; r < 28; r++) {
    for (let c = 4; c < 44; c++) {
      planeOfCell[r * W + c] = 0;
      cells.push(r * W + c);
    }
  }
  for (const k of obstacles) isObstacle[k] = 1;
  const maskedCells = new Uint8Array(W * H);
  for (const k of masked) {
    isObstacle[k] = 1;
    maskedCells[k] = 1;
  }
  const one = (v: number) => Float64Array.of(v);
  const ground = cells.length * CELL_M * CELL_M;
  return {
    planeOfCell,
    isObstacle,
    mixedEdges: { sides: [], masked: maskedCells, maskedCells: masked.length },
    planes: {
      count: 1,
      buildingId: Int32Array.of(1),
      pitchDeg: one(pitchDeg),
      azimuthDeg: one(azimuthDeg),
      isFlat: Uint8Array.of(pitchDeg < 3 ? 1 : 0),
      groundAreaM2: one(ground),
      areaM2: one(ground / Math.cos((pitchDeg * Math.PI) / 180)),
      obstacleGroundAreaM2: one(obstacles.length * CELL_M * CELL_M),
      centreX: one(12),
      centreY: one(-8),
      planeHeightAtCenterM: one(10),
      dzdx: one(0),
      dzdy: one(0),
      rmsResidualM: one(0),
      cellOffsets: Int32Array.of(0, cells.length),
      cells: Int32Array.from(cells),
    },
  };
}
