/**
 * The roofs configuration lives in `@gisement/io` (shared with the map app); the roof step
 * imports it from here.
 */
export { type RankingCriterion, type RoofsConfig, readRoofsConfig } from '@gisement/io';
