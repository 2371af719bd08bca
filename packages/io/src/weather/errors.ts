/** Where in a weather file a problem sits: a text line, or a record of a JSON array. */
export interface WeatherFilePlace {
  /** 1-based line number in the text. */
  line?: number;
  /** 1-based record number (PVGIS JSON `outputs.tmy_hourly`). */
  record?: number;
  /** Column or field, as the file names it (e.g. `G(h)`, `field 14 (global horizontal radiation)`). */
  column?: string;
}

/**
 * A weather file could not be read. The message is one line:
 * `<file>:<line>: <column>: <reason>` (or `<file>: record <n>: …` for JSON records).
 */
export class WeatherFileError extends Error {
  /** The file name given to the parser. */
  readonly file: string;
  /** 1-based line, when the problem has one. */
  readonly line: number | undefined;
  /** 1-based JSON record, when the problem has one. */
  readonly record: number | undefined;
  /** Column or field name, when the problem has one. */
  readonly column: string | undefined;
  /** Why it failed, in plain words (also the message tail). */
  readonly reason: string;

  constructor(file: string, reason: string, place: WeatherFilePlace = {}) {
    const where =
      (place.line !== undefined ? `:${place.line}` : '') +
      (place.record !== undefined ? `: record ${place.record}` : '') +
      (place.column !== undefined ? `: ${place.column}` : '');
    super(`${file}${where}: ${reason}`);
    this.name = 'WeatherFileError';
    this.file = file;
    this.line = place.line;
    this.record = place.record;
    this.column = place.column;
    this.reason = reason;
  }
}
