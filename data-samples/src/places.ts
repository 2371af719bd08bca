import { townToLambert93 } from './frame.js';
import { distanceToPolylineM, type Highway, type StreetSegment } from './streets.js';

/** A shop or amenity, tagged as in OpenStreetMap. */
export interface Shop {
  /** `P01`, `P02`, … */
  id: string;
  /** Invented name. */
  name: string;
  /** OSM key: `shop` or `amenity`. */
  key: 'shop' | 'amenity';
  /** OSM value, e.g. `bakery`, `cafe`. */
  value: string;
  /** Position x [m, EPSG:2154]. */
  x: number;
  /** Position y [m, EPSG:2154]. */
  y: number;
}

/** A vacant ground-floor premises that a retailer could take. */
export interface Candidate {
  /** `V01`, `V02`, … */
  id: string;
  /** Invented address. */
  address: string;
  /** Sales floor area [m²]. */
  floorAreaM2: number;
  /** Position x [m, EPSG:2154]. */
  x: number;
  /** Position y [m, EPSG:2154]. */
  y: number;
}

/** Kind of place a counter stands in; drives its daily and weekly pattern in `counts.ts`. */
export type CounterSetting = 'shopping' | 'commute' | 'residential' | 'leisure';

/** A pedestrian (and possibly bicycle) counter on a street. */
export interface Counter {
  /** `ALB01`, `ALB02`, … */
  siteId: string;
  /** Descriptive name. */
  name: string;
  /** The street segment it stands on. */
  streetId: string;
  /** What kind of place it counts. */
  setting: CounterSetting;
  /** Mean pedestrians on an ordinary weekday [count/day]. */
  pedestriansPerWeekday: number;
  /** Mean bicycles on an ordinary weekday [count/day]; 0 when it counts no bicycles. */
  bikesPerWeekday: number;
  /** Position x [m, EPSG:2154], on the street's centre line. */
  x: number;
  /** Position y [m, EPSG:2154]. */
  y: number;
}

function shop(n: number, name: string, key: Shop['key'], value: string, lx: number, ly: number): Shop {
  const [x, y] = townToLambert93(lx, ly);
  return { id: `P${String(n).padStart(2, '0')}`, name, key, value, x, y };
}

/**
 * Shops and amenities of the synthetic town, most along the pedestrian street (x = 140) and
 * the avenue (y = 100), 4–6 m from the street centre line.
 * @returns shops in a fixed order
 * @example townShops().filter((s) => s.key === 'shop');
 */
export function townShops(): Shop[] {
  return [
    shop(1, 'Boulangerie du Marché', 'shop', 'bakery', 134, 110),
    shop(2, 'Café des Arcades', 'amenity', 'cafe', 103, 120),
    shop(3, 'Librairie du Castelviel', 'shop', 'books', 134, 150),
    shop(4, 'Boucherie Tarnaise', 'shop', 'butcher', 146, 155),
    shop(5, 'Pharmacie de la Gare', 'amenity', 'pharmacy', 28, 106),
    shop(6, 'Supermarché des Remparts', 'shop', 'supermarket', 180, 106),
    shop(7, 'Salon Pastel', 'shop', 'hairdresser', 146, 126),
    shop(8, 'Optique du Tarn', 'shop', 'optician', 134, 128),
    shop(9, 'Fleurs du Vigan', 'shop', 'florist', 146, 112),
    shop(10, 'Restaurant La Berbie', 'amenity', 'restaurant', 134, 164),
    shop(11, 'Bar des Remparts', 'amenity', 'bar', 146, 166),
    shop(12, 'Banque du Castelviel', 'amenity', 'bank', 70, 106),
    shop(13, 'Boutique Cocagne', 'shop', 'clothes', 146, 140),
    shop(14, 'Tabac-Presse de l’Avenue', 'shop', 'newsagent', 220, 106),
    shop(15, 'Halle du Marché', 'amenity', 'marketplace', 150, 178),
    shop(16, 'Boulangerie des Jardins', 'shop', 'bakery', 64, 35),
  ];
}

function candidate(n: number, address: string, floorAreaM2: number, lx: number, ly: number): Candidate {
  const [x, y] = townToLambert93(lx, ly);
  return { id: `V${String(n).padStart(2, '0')}`, address, floorAreaM2, x, y };
}

/**
 * Vacant premises: on the pedestrian street, on the avenue, on a quiet residential street
 * and at the corner of the avenue and the pedestrian street.
 * @returns candidates in a fixed order
 * @example townCandidates()[0].floorAreaM2; // 85
 */
export function townCandidates(): Candidate[] {
  return [
    candidate(1, '12 rue du Marché', 85, 134, 140),
    candidate(2, '31 avenue de la Gare', 120, 106, 94),
    candidate(3, '5 rue des Tanneurs', 60, 64, 160),
    candidate(4, '2 rue du Marché', 150, 146, 105),
  ];
}

/** A counter as placed: local position [m] and bicycle level; pedestrians come from the flow truth. */
interface CounterSpec extends Omit<Counter, 'streetId' | 'x' | 'y' | 'pedestriansPerWeekday'> {
  at: [number, number];
}

function counter(
  n: number,
  name: string,
  setting: CounterSetting,
  bikesPerWeekday: number,
  at: [number, number],
): CounterSpec {
  const siteId = `ALB${String(n).padStart(2, '0')}`;
  return { siteId, name, setting, bikesPerWeekday, at };
}

/** The nine original counters: on the pedestrian street, the avenue, side streets, the passage and the park paths; bicycles counted on three streets. */
const ORIGINAL_COUNTER_SPECS: readonly CounterSpec[] = [
  counter(1, 'Rue du Marché (piétonne)', 'shopping', 0, [140, 135]),
  counter(2, 'Avenue de la Gare ouest', 'commute', 420, [30, 100]),
  counter(3, 'Avenue de la Gare est', 'commute', 360, [170, 100]),
  counter(4, 'Rue des Tanneurs', 'residential', 0, [60, 135]),
  counter(5, 'Passage des Arcades', 'shopping', 0, [100, 135]),
  counter(6, 'Rue des Remparts', 'residential', 0, [120, 170]),
  counter(7, 'Rue des Jardins', 'residential', 240, [100, 30]),
  counter(8, 'Allée du Parc', 'leisure', 0, [187.5, 80]),
  counter(9, 'Escalier du Parc', 'leisure', 0, [148, 64.5]),
];

/** Setting of an added counter by its street's highway tag. */
const SETTING_OF_HIGHWAY: Record<Highway, CounterSetting> = {
  primary: 'commute',
  residential: 'residential',
  pedestrian: 'shopping',
  footway: 'leisure',
  steps: 'leisure',
  motorway: 'commute',
};

/** Largest distance from a counter to its street's centre line [m]. */
const ON_STREET_TOLERANCE_M = 1e-6;

/**
 * The pedestrian counters, each on the centre line of one street segment: the nine original
 * ones (ALB01–ALB09), then, by a fixed rule independent of any model, one counter (ALB10…)
 * at the middle of the first piece of every odd-numbered walkable segment (S01, S03, …; not
 * the motorway) that has none yet. This samples every class of street: 5 of the 7 avenue
 * segments, 16 of the 30 residential ones, and the pedestrian street, passage, steps and
 * park footway (all 4). Each counter's weekday pedestrian level is the simulated truth of its
 * segment (`pedestrian-flows.ts`).
 * @param streets the street network (from `townStreets()`)
 * @param truth street id → true pedestrians per weekday (from `simulatePedestrianFlows`)
 * @returns counters in a fixed order
 * @throws RangeError if a counter is on no street segment
 * @example townCounters(streets, simulatePedestrianFlows(streets, buildings, shops)).length; // 25
 */
export function townCounters(streets: readonly StreetSegment[], truth: ReadonlyMap<string, number>): Counter[] {
  const original = ORIGINAL_COUNTER_SPECS.map(({ at, ...rest }) => {
    const [x, y] = townToLambert93(at[0], at[1]);
    const street = streets.find((s) => distanceToPolylineM(s.coordinates, x, y) < ON_STREET_TOLERANCE_M);
    if (!street) throw new RangeError(`counter ${rest.siteId} is on no street segment`);
    return { ...rest, streetId: street.id, x, y };
  });
  const counted = new Set(original.map((c) => c.streetId));
  const added = streets
    .filter((s) => s.highway !== 'motorway' && Number(s.id.slice(1)) % 2 === 1 && !counted.has(s.id))
    .map((s, i) => {
      const [[ax, ay], [bx, by]] = s.coordinates;
      return {
        siteId: `ALB${String(original.length + i + 1).padStart(2, '0')}`,
        name: `${s.name} (${s.id})`,
        setting: SETTING_OF_HIGHWAY[s.highway],
        bikesPerWeekday: 0,
        streetId: s.id,
        x: (ax + bx) / 2,
        y: (ay + by) / 2,
      };
    });
  return [...original, ...added].map((c) => ({ ...c, pedestriansPerWeekday: truth.get(c.streetId) ?? 0 }));
}
