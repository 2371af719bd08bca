import { describe, expect, it } from 'vitest';
import { countersGeoJson, shopsGeoJson, streetsGeoJson } from './files.js';
import { distanceToRectangleM } from './rectangle.js';
import { distanceToPolylineM } from './streets.js';
import { generateTown } from './town.js';

const town = generateTown();

interface LineFeature {
  id: string;
  properties: { highway: string; name: string };
  geometry: { coordinates: [number, number][] };
}
const streets = JSON.parse(streetsGeoJson(town)).features as LineFeature[];
const key = (p: [number, number]): string => `${p[0]},${p[1]}`;

/** Points along a closed ring, at most `stepM` apart. */
function densify(ring: readonly [number, number][], stepM: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < ring.length; k++) {
    const [ax, ay] = ring[k];
    const [bx, by] = ring[k + 1];
    const n = Math.ceil(Math.hypot(bx - ax, by - ay) / stepM);
    for (let i = 0; i < n; i++) out.push([ax + ((bx - ax) * i) / n, ay + ((by - ay) * i) / n]);
  }
  return out;
}

/** Union–find over endpoint keys. */
function components(features: LineFeature[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    return r;
  };
  for (const f of features) {
    const ends = [f.geometry.coordinates[0], f.geometry.coordinates[f.geometry.coordinates.length - 1]].map(key);
    for (const e of ends) if (!parent.has(e)) parent.set(e, e);
    parent.set(find(ends[0]), find(ends[1]));
  }
  return new Map([...parent.keys()].map((k) => [k, find(k)]));
}

/** Whether two closed segments cross or touch (orientation tests, Cormen et al., Introduction to Algorithms, §33.1). */
function segmentsIntersect(
  a: [number, number],
  b: [number, number],
  c: [number, number],
  d: [number, number],
): boolean {
  const orient = (p: [number, number], q: [number, number], r: [number, number]): number =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const onSegment = (p: [number, number], q: [number, number], r: [number, number]): boolean =>
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

describe('street network', () => {
  it('has a few dozen segments with the expected OSM highway kinds', () => {
    expect(streets.length).toBeGreaterThanOrEqual(30);
    expect(streets.length).toBeLessThanOrEqual(60);
    const kinds = new Set(streets.map((s) => s.properties.highway));
    expect(kinds).toEqual(new Set(['primary', 'residential', 'pedestrian', 'footway', 'steps', 'motorway']));
    expect(streets.filter((s) => s.properties.highway === 'motorway')).toHaveLength(1);
  });

  it('is one connected graph once the motorway is dropped; the motorway shares no vertex', () => {
    const walkable = streets.filter((s) => s.properties.highway !== 'motorway');
    const roots = new Set(components(walkable).values());
    expect(roots.size).toBe(1);
    const walkableVertices = new Set(walkable.flatMap((s) => s.geometry.coordinates.map(key)));
    const motorway = streets.find((s) => s.properties.highway === 'motorway') as LineFeature;
    for (const p of motorway.geometry.coordinates) expect(walkableVertices.has(key(p))).toBe(false);
  });

  it('walkable segments meet only at shared end vertices (bit-identical coordinates)', () => {
    const walkable = streets.filter((s) => s.properties.highway !== 'motorway');
    let meetings = 0;
    for (let i = 0; i < walkable.length; i++) {
      for (let j = i + 1; j < walkable.length; j++) {
        const a = walkable[i].geometry.coordinates;
        const b = walkable[j].geometry.coordinates;
        const sharedEnds = [a[0], a[a.length - 1]].filter((p) =>
          [b[0], b[b.length - 1]].some((q) => key(p) === key(q)),
        );
        let touches = false;
        for (let s = 0; s + 1 < a.length; s++) {
          for (let t = 0; t + 1 < b.length; t++) {
            if (segmentsIntersect(a[s], a[s + 1], b[t], b[t + 1])) touches = true;
          }
        }
        expect(touches, `${walkable[i].id} × ${walkable[j].id}`).toBe(sharedEnds.length > 0);
        if (touches) meetings++;
      }
    }
    expect(meetings).toBeGreaterThan(30);
  });

  it('counters stand on their street; every counter and shop is near a walkable street', () => {
    for (const c of town.counters) {
      const street = town.streets.find((s) => s.id === c.streetId);
      expect(street?.highway, c.siteId).not.toBe('motorway');
      expect(distanceToPolylineM(street?.coordinates ?? [], c.x, c.y), c.siteId).toBeLessThan(1e-6);
    }
    const counters = JSON.parse(countersGeoJson(town)).features as {
      properties: { siteId: string };
    }[];
    // places.ts townCounters: 9 original counters + one on each of the 16 uncounted
    // odd-numbered walkable segments (S01, S03, S07, S09, S11, S13, S17, S21 … S37).
    expect(counters.map((c) => c.properties.siteId)).toEqual(
      Array.from({ length: 25 }, (_, i) => `ALB${String(i + 1).padStart(2, '0')}`),
    );
    const highways = new Set(town.counters.map((c) => town.streets.find((s) => s.id === c.streetId)?.highway));
    expect([...highways].sort()).toEqual(['footway', 'pedestrian', 'primary', 'residential', 'steps']);
    const shops = JSON.parse(shopsGeoJson(town)).features as {
      properties: Record<string, string>;
    }[];
    for (const s of shops) {
      expect(typeof s.properties.name).toBe('string');
      expect(s.properties.shop ?? s.properties.amenity, s.properties.name).toBeTruthy();
    }
    for (const p of [...town.shops, ...town.candidates]) {
      const nearest = Math.min(
        ...town.streets
          .filter((s) => s.highway !== 'motorway')
          .map((s) => distanceToPolylineM(s.coordinates, p.x, p.y)),
      );
      expect(nearest, p.id).toBeLessThanOrEqual(8);
    }
  });

  it('buildings stand clear of the streets and of each other', () => {
    for (const b of town.buildings) {
      // The footprint outline, densified at 0.25 m, stays outside every street's half width.
      const outline = densify(b.ring, 0.25);
      for (const s of town.streets) {
        const nearest = Math.min(...outline.map(([x, y]) => distanceToPolylineM(s.coordinates, x, y)));
        expect(nearest, `${b.id} / ${s.id}`).toBeGreaterThan(s.widthM / 2);
      }
    }
    // Rectangles apart: every outline point of one is over 1 m from the other (the gaps of the
    // layout are ≥ 4 m), and neither centre lies in the other.
    for (const b of town.buildings) {
      for (const c of town.buildings) {
        if (b === c) continue;
        expect(distanceToRectangleM(c.footprint, b.footprint.centreX, b.footprint.centreY)).toBeGreaterThan(0);
        const nearest = Math.min(...densify(b.ring, 0.25).map(([x, y]) => distanceToRectangleM(c.footprint, x, y)));
        expect(nearest, `${b.id} / ${c.id}`).toBeGreaterThan(1);
      }
    }
  });
});
