/**
 * Usable area of roof planes for PV: the cells of each plane that pass every rule.
 */
import { DEG_PER_RAD } from '../units/angles.js';
import { connectedComponents } from './connectedComponents.js';
import type { RoofSegmentation } from './segmentRoofPlanes.js';

/** Rules of {@link usableRoofArea}; every one a parameter (defaults in README.md). */
export interface UsableAreaOptions {
  /** Cells closer than this to an obstacle cell are excluded [m]. */
  obstacleBufferM: number;
  /** Cells closer than this to the plane's edge (eave, ridge, hip, wall) are excluded [m]. */
  edgeSetbackM: number;
  /** Planes steeper than this are excluded [°]. */
  maxPitchDeg: number;
  /** Pitched planes facing within ± this of north are excluded [°]; flat planes are kept. */
  northToleranceDeg: number;
  /** Cells with less annual irradiation on their plane are excluded [kWh/m²/yr]. */
  minIrradiationKwhM2Yr: number;
  /** Connected pieces (4-connected) of usable cells under this inclined area are dropped [m²]. */
  minFragmentAreaM2: number;
}

/** Defaults of {@link UsableAreaOptions} (see README.md for their rationale). */
export const USABLE_AREA_DEFAULTS: Readonly<UsableAreaOptions> = Object.freeze({
  obstacleBufferM: 0.5,
  edgeSetbackM: 0.5,
  maxPitchDeg: 60,
  northToleranceDeg: 45,
  minIrradiationKwhM2Yr: 800,
  minFragmentAreaM2: 4,
});

/** Why a whole plane has no usable area (index = `UsableArea.exclusion` code). */
export const PLANE_EXCLUSIONS = ['', 'tooSteep', 'northFacing', 'noUsableArea'] as const;

/** Result of {@link usableRoofArea}. */
export interface UsableArea {
  /** 1 for a usable cell, row-major. */
  usable: Uint8Array;
  /** Horizontal usable area per plane [m²]. */
  usableGroundAreaM2: Float64Array;
  /** Inclined usable area per plane [m²]. */
  usableAreaM2: Float64Array;
  /** Per plane: index into {@link PLANE_EXCLUSIONS}, 0 when the plane has usable area. */
  exclusion: Uint8Array;
}

/** Cell offsets (dr, dc) whose centre lies within `radiusM` of a cell centre, centre excluded. */
function discOffsets(radiusM: number, cellSizeXM: number, cellSizeYM: number): Int32Array {
  const reachC = Math.floor(radiusM / cellSizeXM);
  const reachR = Math.floor(radiusM / cellSizeYM);
  const pairs: number[] = [];
  for (let dr = -reachR; dr <= reachR; dr++) {
    for (let dc = -reachC; dc <= reachC; dc++) {
      if (dr === 0 && dc === 0) continue;
      if (Math.hypot(dr * cellSizeYM, dc * cellSizeXM) <= radiusM) pairs.push(dr, dc);
    }
  }
  return Int32Array.from(pairs);
}

/**
 * Usable area of every roof plane. A plane is excluded when steeper than `maxPitchDeg`, or
 * pitched and facing within `northToleranceDeg` of north. Of the other planes' own cells
 * (obstacle cells never), a cell is usable when its irradiation reaches
 * `minIrradiationKwhM2Yr`, no obstacle cell centre lies within `obstacleBufferM` + half a
 * cell of its centre, and no cell of another plane, of no plane, or beyond the grid lies
 * within `edgeSetbackM` + half a cell (a buffer measured to the other cell's edge). Edge cells
 * left out of the fits for mixing roof and ground (`seg.mixedEdges.masked`) are no obstacles
 * for the buffer: they are the roof's own edge, which the edge setback already keeps clear. Last,
 * 4-connected pieces of usable cells under `minFragmentAreaM2` (inclined) are dropped.
 *
 * @param seg roof planes and per-cell plane / obstacle labels from `segmentRoofPlanes`
 * @param width grid width [cells]
 * @param height grid height [cells]
 * @param cellSizeXM cell width [m]
 * @param cellSizeYM cell height [m]
 * @param irradiationKwhM2Yr annual irradiation of each cell on its plane [kWh/m²/yr]
 *   (`irradiateCells` `globalKwhM2Yr`); NaN = not usable
 * @param options rules, defaults {@link USABLE_AREA_DEFAULTS}
 * @returns usable cells and per-plane areas and exclusion reasons
 * @example const usable = usableRoofArea(seg, dsm.width, dsm.height, 0.5, 0.5, out.globalKwhM2Yr);
 */
export function usableRoofArea(
  seg: RoofSegmentation,
  width: number,
  height: number,
  cellSizeXM: number,
  cellSizeYM: number,
  irradiationKwhM2Yr: Float32Array,
  options: Partial<UsableAreaOptions> = {},
): UsableArea {
  const o = { ...USABLE_AREA_DEFAULTS, ...options };
  const { planes, planeOfCell, isObstacle } = seg;
  const { masked } = seg.mixedEdges;
  const halfCellM = 0.5 * Math.min(cellSizeXM, cellSizeYM);
  const obstacleDisc = discOffsets(o.obstacleBufferM + halfCellM, cellSizeXM, cellSizeYM);
  const edgeDisc = discOffsets(o.edgeSetbackM + halfCellM, cellSizeXM, cellSizeYM);
  const usable = new Uint8Array(width * height);
  const exclusion = new Uint8Array(planes.count);
  for (let p = 0; p < planes.count; p++) {
    const azimuth = planes.azimuthDeg[p];
    const fromNorthDeg = Math.min(azimuth, 360 - azimuth);
    if (planes.pitchDeg[p] > o.maxPitchDeg) exclusion[p] = 1;
    else if (!planes.isFlat[p] && fromNorthDeg <= o.northToleranceDeg) exclusion[p] = 2;
    if (exclusion[p]) continue;
    for (let i = planes.cellOffsets[p]; i < planes.cellOffsets[p + 1]; i++) {
      const k = planes.cells[i];
      if (isObstacle[k] || !(irradiationKwhM2Yr[k] >= o.minIrradiationKwhM2Yr)) continue;
      const row = Math.floor(k / width);
      const col = k - row * width;
      let ok = true;
      for (let j = 0; ok && j < obstacleDisc.length; j += 2) {
        const r = row + obstacleDisc[j];
        const c = col + obstacleDisc[j + 1];
        const kk = r * width + c;
        if (r >= 0 && r < height && c >= 0 && c < width && isObstacle[kk] && !masked[kk]) ok = false;
      }
      for (let j = 0; ok && j < edgeDisc.length; j += 2) {
        const r = row + edgeDisc[j];
        const c = col + edgeDisc[j + 1];
        if (r < 0 || r >= height || c < 0 || c >= width || planeOfCell[r * width + c] !== p) ok = false;
      }
      if (ok) usable[k] = 1;
    }
  }
  const cellAreaM2 = cellSizeXM * cellSizeYM;
  const inclination = (p: number) => 1 / Math.cos(planes.pitchDeg[p] / DEG_PER_RAD);
  const pieces = connectedComponents(usable, width, height, 4);
  const pieceAreaM2 = new Float64Array(pieces.count + 1);
  for (let k = 0; k < usable.length; k++) {
    if (usable[k]) pieceAreaM2[pieces.labels[k]] += cellAreaM2 * inclination(planeOfCell[k]);
  }
  const usableGroundAreaM2 = new Float64Array(planes.count);
  for (let k = 0; k < usable.length; k++) {
    if (!usable[k]) continue;
    if (pieceAreaM2[pieces.labels[k]] < o.minFragmentAreaM2) usable[k] = 0;
    else usableGroundAreaM2[planeOfCell[k]] += cellAreaM2;
  }
  const usableAreaM2 = new Float64Array(planes.count);
  for (let p = 0; p < planes.count; p++) {
    usableAreaM2[p] = usableGroundAreaM2[p] * inclination(p);
    if (!exclusion[p] && usableGroundAreaM2[p] === 0) exclusion[p] = 3;
  }
  return { usable, usableGroundAreaM2, usableAreaM2, exclusion };
}
