import type { Grid } from '../raster/grid.js';
import { DEG_PER_RAD, RAD_PER_DEG } from '../units/angles.js';
import { NEIGHBOUR_DC, NEIGHBOUR_DR } from './cellGrid.js';
import { clipConvexToHalfPlane, polygonArea } from './convexClip.js';
import { addPlanePoint, horizontalRms, PLANE_SUMS_LENGTH, solvePlane } from './planeFit.js';
import type { RoofPlanes, RoofSegmentationOptions } from './segmentRoofPlanes.js';

/** Height difference of two faces below which a cell centre lies on their intersection [m]. */
const ON_LINE_M = 0.01;

/** Whether `list[0 … length)` holds `value`. */
function holds(list: Int32Array, length: number, value: number): boolean {
  for (let i = 0; i < length; i++) if (list[i] === value) return true;
  return false;
}

/**
 * Step 6 of `segmentRoofPlanes`: final fits, areas and cell lists of the planes.
 *
 * A plane's slope is the least-squares plane of its cells that joined it by growing (planar
 * 3×3 windows; `grown` = 1), not of the cells attached afterwards (ridge, hip and eave cells
 * whose heights mix two surfaces), unless the grown cells do not span a plane (collinear).
 * When those cells' heights are within `planarResidualM` (rms) of their mean, the plane is
 * horizontal: the tilt of a few noisy cells (a flat extension two cells wide on a 1 m grid)
 * is not a measured pitch. Pitch = atan|∇z|, azimuth = atan2(−∂z/∂x, −∂z/∂y) + γ (0 when
 * flat); ground areas from {@link groundCellAreas}; inclined area = ground / cos(pitch).
 *
 * @param dsm heights [m], row 0 = north
 * @param cellSizeXM cell width [m]
 * @param cellSizeYM cell height [m]
 * @param originX grid x of the north-west corner [CRS units]
 * @param originY grid y of the north-west corner [CRS units]
 * @param buildingIds building label of each cell
 * @param cellAreaWeight area carried by each cell [cell areas], 1 when absent
 * @param count number of planes
 * @param planeOfCell plane of each cell (own or obstacle), −1 none
 * @param isObstacle 1 for obstacle cells
 * @param grown 1 for cells that joined their plane by growing
 * @param o segmentation options (flatPitchDeg [°], planarResidualM [m], gridConvergenceDeg [°])
 * @returns the planes as parallel arrays with their cells
 * @example const planes = planeStatistics(dsm, 1, 1, x0, y0, ids, w, n, planeOfCell, isObstacle, grown, o);
 */
export function planeStatistics(
  dsm: Grid,
  cellSizeXM: number,
  cellSizeYM: number,
  originX: number,
  originY: number,
  buildingIds: Int32Array,
  cellAreaWeight: Float32Array | undefined,
  count: number,
  planeOfCell: Int32Array,
  isObstacle: Uint8Array,
  grown: Uint8Array,
  o: Required<RoofSegmentationOptions>,
): RoofPlanes {
  const { width, height, data } = dsm;
  const n = width * height;
  const cellArea = cellSizeXM * cellSizeYM;
  const planes: RoofPlanes = {
    count,
    buildingId: new Int32Array(count),
    pitchDeg: new Float64Array(count),
    azimuthDeg: new Float64Array(count),
    isFlat: new Uint8Array(count),
    groundAreaM2: new Float64Array(count),
    areaM2: new Float64Array(count),
    obstacleGroundAreaM2: new Float64Array(count),
    centreX: new Float64Array(count),
    centreY: new Float64Array(count),
    planeHeightAtCenterM: new Float64Array(count),
    dzdx: new Float64Array(count),
    dzdy: new Float64Array(count),
    rmsResidualM: new Float64Array(count),
    cellOffsets: new Int32Array(count + 1),
    cells: new Int32Array(0),
  };
  // Cells per plane (CSR) and centroids.
  const sumCol = new Float64Array(count);
  const sumRow = new Float64Array(count);
  for (let k = 0; k < n; k++) {
    const p = planeOfCell[k];
    if (p < 0) continue;
    planes.cellOffsets[p + 1]++;
    const row = Math.floor(k / width);
    sumCol[p] += k - row * width;
    sumRow[p] += row;
    planes.buildingId[p] = buildingIds[k];
  }
  for (let p = 0; p < count; p++) planes.cellOffsets[p + 1] += planes.cellOffsets[p];
  planes.cells = new Int32Array(planes.cellOffsets[count]);
  const fill = planes.cellOffsets.slice(0, count);
  for (let k = 0; k < n; k++) {
    const p = planeOfCell[k];
    if (p >= 0) planes.cells[fill[p]++] = k;
  }
  const meanCols = new Float64Array(count);
  const meanRows = new Float64Array(count);
  const sums = new Float64Array(PLANE_SUMS_LENGTH);
  const fit = new Float64Array(4);
  const flatTan = Math.tan(o.flatPitchDeg * RAD_PER_DEG);
  for (let p = 0; p < count; p++) {
    const total = planes.cellOffsets[p + 1] - planes.cellOffsets[p];
    const meanCol = sumCol[p] / total;
    const meanRow = sumRow[p] / total;
    // The plane of the cells that joined by growing; the cells attached afterwards (edges,
    // ridges: their heights mix two surfaces) only when the grown cells do not span a plane.
    for (let pass = 0; pass < 2; pass++) {
      sums.fill(0);
      let zRef = Number.NaN;
      for (let i = planes.cellOffsets[p]; i < planes.cellOffsets[p + 1]; i++) {
        const k = planes.cells[i];
        if (isObstacle[k] || (pass === 0 && !grown[k])) continue;
        const row = Math.floor(k / width);
        const col = k - row * width;
        if (Number.isNaN(zRef)) zRef = data[k];
        addPlanePoint(sums, (col - meanCol) * cellSizeXM, (meanRow - row) * cellSizeYM, data[k] - zRef);
      }
      if (!solvePlane(sums, fit)) continue;
      // Heights within the noise of a horizontal plane: horizontal (the tilt of a few noisy
      // cells, e.g. a flat extension two cells wide, is not a measured pitch).
      const flatRmsM = horizontalRms(sums);
      const horizontal = flatRmsM <= o.planarResidualM;
      planes.dzdx[p] = horizontal ? 0 : fit[0];
      planes.dzdy[p] = horizontal ? 0 : fit[1];
      planes.planeHeightAtCenterM[p] = zRef + (horizontal ? sums[3] / sums[0] : fit[2]);
      planes.rmsResidualM[p] = horizontal ? flatRmsM : fit[3];
      break;
    }
    const a = planes.dzdx[p];
    const b = planes.dzdy[p];
    const gradient = Math.hypot(a, b);
    planes.pitchDeg[p] = Math.atan(gradient) * DEG_PER_RAD;
    if (gradient < flatTan) planes.isFlat[p] = 1;
    else {
      const az = Math.atan2(-a, -b) * DEG_PER_RAD + o.gridConvergenceDeg;
      const wrapped = ((az % 360) + 360) % 360;
      planes.azimuthDeg[p] = wrapped >= 360 ? wrapped - 360 : wrapped;
    }
    planes.centreX[p] = originX + (meanCol + 0.5) * cellSizeXM;
    planes.centreY[p] = originY - (meanRow + 0.5) * cellSizeYM;
    meanCols[p] = meanCol;
    meanRows[p] = meanRow;
  }
  const { groundCells, obstacleCells } = groundCellAreas(
    width,
    height,
    cellSizeXM,
    cellSizeYM,
    cellAreaWeight,
    planeOfCell,
    isObstacle,
    planes,
    meanCols,
    meanRows,
  );
  for (let p = 0; p < count; p++) {
    planes.groundAreaM2[p] = groundCells[p] * cellArea;
    planes.obstacleGroundAreaM2[p] = obstacleCells[p] * cellArea;
    planes.areaM2[p] = planes.groundAreaM2[p] * Math.sqrt(1 + planes.dzdx[p] ** 2 + planes.dzdy[p] ** 2);
  }
  return planes;
}

/**
 * Ground area of each plane in cells. A plane cell next to cells of other planes is split
 * along the intersection lines of its plane with theirs: its plane keeps the part of the cell
 * on its own side of every line (the side of its centre), the rest goes to the
 * neighbouring planes in proportion to their side's share — so ridges and hips are placed
 * to sub-cell accuracy instead of on the cell staircase, and a cell whose centre lies on a
 * hip counts half to each face. Only faces of the same building whose intersection line
 * passes between the two cell centres (z_p − z_q changes sign) split a cell; a step between
 * faces does not. Each cell's area is scaled by its weight; an obstacle cell counts
 * whole to the plane it stands on.
 */
function groundCellAreas(
  width: number,
  height: number,
  cellSizeXM: number,
  cellSizeYM: number,
  cellAreaWeight: Float32Array | undefined,
  planeOfCell: Int32Array,
  isObstacle: Uint8Array,
  planes: RoofPlanes,
  meanCols: Float64Array,
  meanRows: Float64Array,
): { groundCells: Float64Array; obstacleCells: Float64Array } {
  const count = planes.count;
  const [dc8, dr8] = [NEIGHBOUR_DC, NEIGHBOUR_DR]; // locals for the loop, see segmentRoofPlanes
  const groundCells = new Float64Array(count);
  const obstacleCells = new Float64Array(count);
  const hx = cellSizeXM / 2;
  const hy = cellSizeYM / 2;
  const square = new Float64Array([-hx, -hy, hx, -hy, hx, hy, -hx, hy]);
  const bufA = new Float64Array(32);
  const bufB = new Float64Array(32);
  const others = new Int32Array(8);
  const otherShare = new Float64Array(8);
  const cellArea = cellSizeXM * cellSizeYM;
  // Height of plane p relative to its centre height at the centre of cell (col, row) [m].
  const planeAt = (p: number, col: number, row: number): number =>
    planes.planeHeightAtCenterM[p] +
    planes.dzdx[p] * (col - meanCols[p]) * cellSizeXM +
    planes.dzdy[p] * (meanRows[p] - row) * cellSizeYM;
  for (let k = 0; k < width * height; k++) {
    const p = planeOfCell[k];
    if (p < 0) continue;
    const w = cellAreaWeight ? cellAreaWeight[k] : 1;
    if (isObstacle[k]) {
      obstacleCells[p] += w;
      groundCells[p] += w;
      continue;
    }
    const row = Math.floor(k / width);
    const col = k - row * width;
    let otherCount = 0;
    let src = bufA;
    let dst = bufB;
    src.set(square);
    let vertices = 4;
    for (let q = 0; q < 8; q++) {
      const r2 = row + dr8[q];
      const c2 = col + dc8[q];
      if (r2 < 0 || r2 >= height || c2 < 0 || c2 >= width) continue;
      const k2 = r2 * width + c2;
      const other = planeOfCell[k2];
      if (other < 0 || other === p || isObstacle[k2] || planes.buildingId[other] !== planes.buildingId[p]) continue;
      if (holds(others, otherCount, other)) continue;
      // L(x, y) = z_p − z_q relative to the cell centre. p keeps the side of its own centre,
      // or, when the centre lies nearer the line than the neighbour's centre (dx, dy), the
      // side opposite to the neighbour's.
      const u = planes.dzdx[p] - planes.dzdx[other];
      const v = planes.dzdy[p] - planes.dzdy[other];
      const c0 = planeAt(p, col, row) - planeAt(other, col, row);
      const atNeighbour = u * dc8[q] * cellSizeXM - v * dr8[q] * cellSizeYM + c0;
      // Only faces that meet between the two centres (a ridge, hip or valley), not a step;
      // a centre within ON_LINE_M of the line (a hip through cell centres) counts as on it.
      if (c0 * atNeighbour > 0 && Math.min(Math.abs(c0), Math.abs(atNeighbour)) > ON_LINE_M) continue;
      const flip = Math.abs(c0) >= Math.abs(atNeighbour) ? (c0 >= 0 ? 1 : -1) : atNeighbour > 0 ? -1 : 1;
      const kept = clipConvexToHalfPlane(src, vertices, flip * u, flip * v, flip * c0, dst);
      const lost = vertices > 0 ? polygonArea(src, vertices) - polygonArea(dst, kept) : 0;
      if (lost > 0) {
        others[otherCount] = other;
        otherShare[otherCount] = lost;
        otherCount++;
      }
      [src, dst] = [dst, src];
      vertices = kept;
    }
    if (otherCount === 0) {
      groundCells[p] += w;
      continue;
    }
    const own = vertices > 0 ? polygonArea(src, vertices) / cellArea : 0;
    groundCells[p] += w * own;
    let lostTotal = 0;
    for (let t = 0; t < otherCount; t++) lostTotal += otherShare[t];
    for (let t = 0; t < otherCount; t++) groundCells[others[t]] += (w * (1 - own) * otherShare[t]) / lostTotal;
  }
  return { groundCells, obstacleCells };
}
