export { type CrsWindow, listTiles, type ReadMosaicOptions, readMosaic } from './files/mosaic.js';
export { readGeoTiffFile, readGeoTiffFileInfo } from './files/read-file.js';
export { FileWriteError, writeFileAtomic } from './files/write-atomic.js';
export { writeGeoTiffFile } from './files/write-geotiff.js';
