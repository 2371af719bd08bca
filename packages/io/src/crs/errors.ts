/** A coordinate reference system is unknown, user-defined or otherwise unusable. */
export class CrsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CrsError';
  }
}
