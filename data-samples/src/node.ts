export { NODATA_VALUE, writeSampleTown } from './write.js';
