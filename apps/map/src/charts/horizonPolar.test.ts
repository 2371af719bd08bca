import { describe, expect, it } from 'vitest';
import { elevationRadius, polarXY, skylinePath } from './horizonPolar.js';

describe('polar chart geometry', () => {
  it('puts the zenith at the centre, the horizontal on the rim, north up and east right', () => {
    expect(elevationRadius(110)(90)).toBe(0);
    expect(elevationRadius(110)(45)).toBe(55);
    expect(elevationRadius(110)(-5)).toBe(110);
    const [ex, ey] = polarXY(90, 0, 100);
    expect(ex).toBeCloseTo(100, 9);
    expect(ey).toBeCloseTo(0, 9);
    const [sx, sy] = polarXY(180, 45, 100);
    expect(sx).toBeCloseTo(0, 9);
    expect(sy).toBeCloseTo(50, 9);
  });

  it('closes the skyline through every direction, then adds the rim', () => {
    // Four directions at 30° (radius 110·60/90 = 73.33 px): N, E, S, W.
    const horizon = { azimuthsDeg: Float64Array.of(0, 90, 180, 270), elevationsDeg: Float32Array.of(30, 30, 30, 30) };
    const d = skylinePath(horizon, 110);
    const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
    // M x0,y0 L x1,y1 L x2,y2 L x3,y3 Z: north first (0, −r), then east (r, 0); d3-path
    // writes 3 decimals (±5e-4).
    const r = (110 * 60) / 90;
    expect(numbers[0]).toBeCloseTo(0, 3);
    expect(numbers[1]).toBeCloseTo(-r, 3);
    expect(numbers[2]).toBeCloseTo(r, 3);
    expect(numbers[3]).toBeCloseTo(0, 3);
    expect(d.split('Z')).toHaveLength(3);
    expect(d).toContain('M110,0A110,110,0,1,1,-110,0');
  });
});
