/**
 * Angle units. Degrees at every API boundary, radians inside kernels (DESIGN.md, "Units and
 * conventions"); convert with these factors, once, at the boundary.
 */

/** Radians per degree [rad/°]: `angleRad = angleDeg * RAD_PER_DEG`. */
export const RAD_PER_DEG = Math.PI / 180;

/** Degrees per radian [°/rad]: `angleDeg = angleRad * DEG_PER_RAD`. */
export const DEG_PER_RAD = 180 / Math.PI;
