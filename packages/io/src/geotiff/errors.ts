/**
 * A GeoTIFF could not be read or written. The message is one line: `<file>: <reason>`.
 */
export class GeoTiffError extends Error {
  /** The file (path or caller-given name) that failed. */
  readonly file: string;
  /** Why it failed, in plain words (also the message tail). */
  readonly reason: string;

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}`, options);
    this.name = 'GeoTiffError';
    this.file = file;
    this.reason = reason;
  }
}
