/**
 * Offsets of the 8-neighbours of a cell (columns east, rows south), in raster order: the
 * 4-neighbours are the entries where one offset is 0.
 */
export const NEIGHBOUR_DC: readonly number[] = [-1, 0, 1, -1, 1, -1, 0, 1];
export const NEIGHBOUR_DR: readonly number[] = [-1, -1, -1, 0, 0, 1, 1, 1];
/** Offsets of the 4-neighbours of a cell (north, west, east, south). */
export const FOUR_DC: readonly number[] = [0, -1, 1, 0];
export const FOUR_DR: readonly number[] = [-1, 0, 0, 1];

/** Segment state of a building cell on no plane yet (segment ≥ 0 is a plane index). */
export const FREE = -1;
/** Segment state of a cell of a region dissolved for being too small during growing. */
export const REJECTED = -3;
