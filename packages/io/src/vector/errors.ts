/** A footprint file cannot be used at all (not a FeatureCollection, unknown or missing CRS). */
export class FootprintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FootprintError';
  }
}
