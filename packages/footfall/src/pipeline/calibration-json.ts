import type { DroppedWay } from '../graph/street-graph.js';
import type { SkippedItem } from '../input/errors.js';
import type { CalibrationReport, FootfallResult } from './run-footfall.js';

/** `calibration.json` content: the calibration report plus every input item left out. */
export interface CalibrationJson extends CalibrationReport {
  /** Input rows and features skipped (file, line, id, reason). */
  skipped: SkippedItem[];
  /** Street ways dropped while building the graph (collapsed or disconnected). */
  droppedWays: DroppedWay[];
  /** Count rows ignored because their mode is not pedestrian (e.g. bikes), by mode. */
  ignoredCountModes: Record<string, number>;
}

/** The calibration report of a run with every skipped input item, ready for JSON. */
export function calibrationJson(result: FootfallResult): CalibrationJson {
  return {
    ...result.calibration,
    skipped: result.skipped,
    droppedWays: result.network.dropped,
    ignoredCountModes: result.ignoredCountModes,
  };
}
