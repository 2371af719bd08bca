import { RAD_PER_DEG } from '../units/angles.js';

/**
 * How a horizon ray in one azimuth walks a grid. Internal to the horizon kernel; not exported.
 *
 * The ray advances one cell per step along its *major* axis (columns when it runs more east–west
 * than north–south in cell units, else rows) and `minorPerStep` cells along the other axis.
 * One step covers `stepM` metres on the ground.
 */
export interface RayGeometry {
  /** True when the major axis is the column axis (the ray runs mostly east–west). */
  majorIsCol: boolean;
  /** +1 or −1: index change along the major axis per step (columns go east, rows go south). */
  majorStep: number;
  /** Index change along the minor axis per step, −1 ≤ t ≤ 1. */
  minorPerStep: number;
  /** Ground length of one step along the ray [m]. */
  stepM: number;
}

/** |t| closer than this to 0 or ±1 is snapped to it, so 0°, 45°, 90°… walk cell centres exactly. */
const SNAP = 1e-12;

/**
 * Geometry of a ray of azimuth `azimuthDeg` (clockwise from north) on cells of
 * `cellSizeXM` × `cellSizeYM` metres.
 */
export function rayGeometry(azimuthDeg: number, cellSizeXM: number, cellSizeYM: number): RayGeometry {
  const azimuthRad = azimuthDeg * RAD_PER_DEG;
  const colPerM = Math.sin(azimuthRad) / cellSizeXM;
  const rowPerM = -Math.cos(azimuthRad) / cellSizeYM;
  const majorIsCol = Math.abs(colPerM) >= Math.abs(rowPerM);
  const major = majorIsCol ? colPerM : rowPerM;
  const minor = majorIsCol ? rowPerM : colPerM;
  let t = minor / Math.abs(major);
  if (Math.abs(t) < SNAP) t = 0;
  else if (Math.abs(Math.abs(t) - 1) < SNAP) t = Math.sign(t);
  return { majorIsCol, majorStep: major > 0 ? 1 : -1, minorPerStep: t, stepM: 1 / Math.abs(major) };
}

/**
 * Minor-axis offset of the digital line at step u: round(u·t) with halves rounded up. The cells
 * (u, c + lineOffset(u, t)) for a fixed integer c form one digital line; every cell lies on
 * exactly one line of the family c ∈ ℤ.
 */
export function lineOffset(u: number, t: number): number {
  return Math.floor(u * t + 0.5);
}
