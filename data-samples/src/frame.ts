import type { GeoRef } from '@gisement/core';

/**
 * The raster frame of the synthetic town: a north-up 0.5 m grid in Lambert-93
 * (EPSG:2154) south-east of the centre of Albi (Tarn, France).
 */
export interface TownFrame {
  /** Number of columns. */
  width: number;
  /** Number of rows. */
  height: number;
  /** Georeferencing, origin at the outer north-west corner [m, EPSG:2154]. */
  geo: GeoRef;
}

/** EPSG code of RGF93 v1 / Lambert-93, the CRS of every projected coordinate here. */
export const LAMBERT93_EPSG = 2154;

/** Cell size of the DSM and DTM [m]. */
export const CELL_SIZE_M = 0.5;

/** West edge of the grid [m, EPSG:2154]; the town's local x is measured from here. */
export const TOWN_WEST_M = 631_200;

/** South edge of the grid [m, EPSG:2154]; the town's local y is measured from here. */
export const TOWN_SOUTH_M = 6_314_500;

/** Grid size: 400 × 400 cells of 0.5 m = 200 m × 200 m. */
const GRID_CELLS = 400;

/** The town's raster frame. */
export const TOWN_FRAME: TownFrame = {
  width: GRID_CELLS,
  height: GRID_CELLS,
  geo: {
    originX: TOWN_WEST_M,
    originY: TOWN_SOUTH_M + GRID_CELLS * CELL_SIZE_M,
    cellSizeX: CELL_SIZE_M,
    cellSizeY: CELL_SIZE_M,
    epsg: LAMBERT93_EPSG,
  },
};

/**
 * Lambert-93 coordinates of a point given in the town's local frame (metres east and
 * north of the grid's south-west corner).
 * @param localX [m] east of {@link TOWN_WEST_M}
 * @param localY [m] north of {@link TOWN_SOUTH_M}
 * @returns [x, y] [m, EPSG:2154]
 * @example townToLambert93(100, 100); // [631300, 6314600]
 */
export function townToLambert93(localX: number, localY: number): [number, number] {
  return [TOWN_WEST_M + localX, TOWN_SOUTH_M + localY];
}

/**
 * The centre of the cell containing a point, so that a small object placed there is
 * sampled by at least one cell centre.
 * @param frame the grid
 * @param x [m, EPSG:2154]
 * @param y [m, EPSG:2154]
 * @returns [x, y] of that cell's centre [m]
 * @example snapToCellCentre(TOWN_FRAME, 631200.1, 6314699.9); // [631200.25, 6314699.75]
 */
export function snapToCellCentre(frame: TownFrame, x: number, y: number): [number, number] {
  const { originX, originY, cellSizeX, cellSizeY } = frame.geo;
  const col = Math.floor((x - originX) / cellSizeX);
  const row = Math.floor((originY - y) / cellSizeY);
  return [originX + (col + 0.5) * cellSizeX, originY - (row + 0.5) * cellSizeY];
}
