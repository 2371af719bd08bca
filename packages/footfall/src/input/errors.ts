/**
 * Error raised when an input file cannot be read at all (wrong structure, missing header
 * column, not GeoJSON). The message names the file and, when known, the 1-based line.
 */
export class FootfallInputError extends Error {
  /** Name of the file (as given by the caller) that failed. */
  readonly file: string;
  /** 1-based line of the failure, or `null` when the file fails as a whole. */
  readonly line: number | null;

  constructor(file: string, line: number | null, reason: string) {
    super(line === null ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'FootfallInputError';
    this.file = file;
    this.line = line;
  }
}

/** An input item (CSV row, GeoJSON feature, counter) left out of a run, and why. */
export interface SkippedItem {
  /** File the item came from (as named by the caller). */
  file: string;
  /** 1-based line for CSV rows; for GeoJSON, the 0-based feature index; `null` otherwise. */
  line: number | null;
  /** Identifier of the item when it has one (site id, OSM id). */
  id: string | null;
  /** Human-readable reason. */
  reason: string;
}
