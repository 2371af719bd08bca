import { describe, expect, it } from 'vitest';
import { planeElevationM } from './plane.js';
import { signedAreaM2 } from './rectangle.js';
import { generateTown } from './town.js';

const town = generateTown();
const DEG = Math.PI / 180;

/** Compass octant of an azimuth: 0 = N (337.5°–22.5°), 1 = NE, …, 7 = NW. */
function octant(azimuthDeg: number): number {
  return Math.floor((((azimuthDeg + 22.5) % 360) + 360) / 45) % 8;
}

/** Smallest difference between two bearings [deg], 0–180. */
function bearingGapDeg(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

describe('roof planes match the declared roof types', () => {
  it('flat: one horizontal plane; shed: one pitched plane', () => {
    for (const b of town.buildings.filter((bb) => bb.roofType === 'flat')) {
      expect(b.planes, b.id).toHaveLength(1);
      expect(b.planes[0].pitchDeg).toBe(0);
      expect(b.planes[0].azimuthDeg).toBeNull();
      expect(Math.abs(b.planes[0].equation.dzdx)).toBe(0);
      expect(Math.abs(b.planes[0].equation.dzdy)).toBe(0);
    }
    for (const b of town.buildings.filter((bb) => bb.roofType === 'shed')) {
      expect(b.planes, b.id).toHaveLength(1);
      expect(b.planes[0].pitchDeg).toBeGreaterThan(0);
    }
  });

  it('gable: two planes of equal pitch facing opposite ways, meeting at the ridge', () => {
    for (const b of town.buildings.filter((bb) => bb.roofType === 'gable')) {
      expect(b.planes, b.id).toHaveLength(2);
      const [p, q] = b.planes;
      expect(p.pitchDeg).toBe(q.pitchDeg);
      expect(bearingGapDeg(p.azimuthDeg as number, q.azimuthDeg as number)).toBeCloseTo(180, 9);
      // Both planes reach the ridge height at the footprint centre.
      const { centreX, centreY } = b.footprint;
      const ridgeZ = b.baseElevationM + b.ridgeHeightM;
      expect(planeElevationM(p.equation, centreX, centreY)).toBeCloseTo(ridgeZ, 9);
      expect(planeElevationM(q.equation, centreX, centreY)).toBeCloseTo(ridgeZ, 9);
    }
  });

  it('hipped: four planes of equal pitch facing four directions 90° apart', () => {
    for (const b of town.buildings.filter((bb) => bb.roofType === 'hipped')) {
      expect(b.planes, b.id).toHaveLength(4);
      const az = b.planes.map((p) => p.azimuthDeg as number).sort((x, y) => x - y);
      for (let k = 1; k < 4; k++) expect(az[k] - az[k - 1]).toBeCloseTo(90, 9);
      expect(new Set(b.planes.map((p) => p.pitchDeg)).size).toBe(1);
    }
  });

  it('every roof type is present', () => {
    expect(new Set(town.buildings.map((b) => b.roofType))).toEqual(new Set(['gable', 'hipped', 'shed', 'flat']));
  });

  it('pitches span 0–45° and pitched planes face all eight octants', () => {
    const pitches = town.buildings.flatMap((b) => b.planes.map((p) => p.pitchDeg));
    expect(Math.min(...pitches)).toBe(0);
    expect(Math.max(...pitches)).toBe(45);
    const octants = new Set(
      town.buildings.flatMap((b) =>
        b.planes.filter((p) => p.azimuthDeg !== null).map((p) => octant(p.azimuthDeg as number)),
      ),
    );
    expect([...octants].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('each plane equation has the declared pitch and azimuth: tan β = |∇z|, a = atan2(−∂z/∂x, −∂z/∂y)', () => {
    for (const b of town.buildings) {
      for (const p of b.planes) {
        const { dzdx, dzdy } = p.equation;
        expect(Math.atan(Math.hypot(dzdx, dzdy)) / DEG, p.id).toBeCloseTo(p.pitchDeg, 9);
        if (p.azimuthDeg === null) continue;
        const az = (Math.atan2(-dzdx, -dzdy) / DEG + 360) % 360;
        expect(bearingGapDeg(az, p.azimuthDeg), p.id).toBeCloseTo(0, 9);
      }
    }
  });

  it('areas: closed-form ground areas, inclined = ground / cos β, planes tile the footprint', () => {
    for (const b of town.buildings) {
      const L = 2 * b.footprint.halfLengthM;
      const W = 2 * b.footprint.halfWidthM;
      expect(b.footprintAreaM2, b.id).toBeCloseTo(L * W, 9);
      const ground = b.planes.map((p) => p.groundAreaM2);
      // Rectangle L × W; gable halves L·W/2; hip: trapezoids (2L − W)·W/4, triangles W²/4.
      const expected =
        b.roofType === 'gable'
          ? [(L * W) / 2, (L * W) / 2]
          : b.roofType === 'hipped'
            ? [((2 * L - W) * W) / 4, ((2 * L - W) * W) / 4, (W * W) / 4, (W * W) / 4]
            : [L * W];
      expect(ground.length, b.id).toBe(expected.length);
      for (let k = 0; k < ground.length; k++) {
        expect(ground[k], b.planes[k].id).toBeCloseTo(expected[k], 9);
      }
      for (const p of b.planes) {
        expect(p.areaM2, p.id).toBeCloseTo(p.groundAreaM2 / Math.cos(p.pitchDeg * DEG), 9);
        // The outline drawn in Lambert-93 encloses the same area; its corners carry rounding of
        // ~1e-9 m (double ulp at 6.3e6 m), < 1e-7 m² over a perimeter under 100 m.
        expect(signedAreaM2(p.ring), p.id).toBeCloseTo(p.groundAreaM2, 6);
      }
    }
  });

  it('eaves: every plane is at eave height along its lowest edge', () => {
    for (const b of town.buildings) {
      const eaveZ = b.baseElevationM + b.eaveHeightM;
      for (const p of b.planes) {
        const lowest = Math.min(...p.ring.map(([x, y]) => planeElevationM(p.equation, x, y)));
        expect(lowest, p.id).toBeCloseTo(eaveZ, 9);
      }
    }
  });
});

describe('roof obstacles and the shading block', () => {
  it('chimneys are 0.6 m × 0.6 m and 1 m above the roof; the plant box sits on a flat roof', () => {
    const obstacles = town.buildings.flatMap((b) => b.obstacles.map((o) => ({ b, o })));
    const chimneys = obstacles.filter(({ o }) => o.kind === 'chimney');
    expect(chimneys.length).toBeGreaterThanOrEqual(3);
    for (const { o } of chimneys) {
      expect(o.groundAreaM2).toBeCloseTo(0.36, 9);
      expect(o.heightAboveRoofM).toBe(1);
    }
    const hvac = obstacles.filter(({ o }) => o.kind === 'hvac');
    expect(hvac).toHaveLength(1);
    expect(hvac[0].b.roofType).toBe('flat');
    expect(obstacles.filter(({ o }) => o.kind === 'dormer').length).toBeGreaterThanOrEqual(1);
  });

  it('a block at least twice as tall stands within 10 m south of a lower pitched house', () => {
    const pairs = town.buildings.flatMap((tall) =>
      town.buildings.filter(
        (low) =>
          low.roofType !== 'flat' &&
          tall.eaveHeightM >= 2 * low.ridgeHeightM &&
          low.footprint.centreY > tall.footprint.centreY &&
          low.footprint.centreY - low.footprint.halfWidthM - (tall.footprint.centreY + tall.footprint.halfWidthM) <
            10 &&
          Math.abs(low.footprint.centreX - tall.footprint.centreX) < tall.footprint.halfLengthM,
      ),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(1);
  });
});
