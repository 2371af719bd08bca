/**
 * Raster grids: flat row-major `Float32Array` + width/height, row 0 = north.
 * Nodata is `NaN` inside the library; files carry their own nodata value.
 */
export interface Grid {
  /** Cell values, row-major, row 0 = north; `NaN` = nodata. */
  data: Float32Array;
  /** Number of columns. */
  width: number;
  /** Number of rows. */
  height: number;
}

/**
 * Georeferencing of a north-up grid (no rotation), pixel-is-area: the origin is the
 * outer corner of cell (0, 0).
 */
export interface GeoRef {
  /** x of the west edge of column 0 [CRS units]. */
  originX: number;
  /** y of the north edge of row 0 [CRS units]. */
  originY: number;
  /** Cell width [CRS units], > 0; columns go east. */
  cellSizeX: number;
  /** Cell height [CRS units], > 0; rows go south. */
  cellSizeY: number;
  /** EPSG code of the horizontal CRS, or `null` when the file names none. */
  epsg: number | null;
}

/** A grid together with its georeferencing. */
export interface GeoGrid extends Grid {
  geo: GeoRef;
}

/**
 * Allocate a grid filled with a value.
 * @param width number of columns
 * @param height number of rows
 * @param fill initial value of every cell (default `NaN` = nodata)
 * @example const g = createGrid(4, 3, 0);
 */
export function createGrid(width: number, height: number, fill = Number.NaN): Grid {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`grid size must be positive integers, got ${width}×${height}`);
  }
  const data = new Float32Array(width * height);
  if (fill !== 0) data.fill(fill);
  return { data, width, height };
}
