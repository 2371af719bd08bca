import { parisHourStarts, parisLocalTime } from './paris-time.js';
import type { Counter, CounterSetting } from './places.js';
import { mulberry32, poisson, type Random, standardNormal } from './random.js';

/** What a counter counts. */
export type CountMode = 'pedestrians' | 'bikes';

/** One row of the long-format counts file. */
export interface CountRow {
  /** Counter id. */
  site: string;
  /** Start of the counted hour, ISO 8601 with its Europe/Paris offset. */
  timestamp: string;
  /** Start of the counted hour [epoch ms]. */
  epochMs: number;
  /** Passages during the hour [count]. */
  count: number;
  mode: CountMode;
}

/** The counted period: four weeks from Monday 18 March 2024, across the spring clock change. */
export const COUNT_PERIOD = { firstDay: '2024-03-18', days: 28 } as const;

/** Public holidays in the period, counted like Sundays: Easter Monday (Code du travail, art. L3133-1). */
const PUBLIC_HOLIDAYS: ReadonlySet<string> = new Set(['2024-04-01']);

/** A counter outage: hours with no row at all (local date, first and last local hour). */
export const COUNTER_OUTAGE = {
  siteId: 'ALB06',
  date: '2024-04-03',
  fromHour: 10,
  toHour: 15,
} as const;

/** Day-of-week factors (index 0 = Sunday … 6 = Saturday) for pedestrians, by setting. */
const PEDESTRIAN_WEEK: Record<CounterSetting, readonly number[]> = {
  shopping: [0.3, 0.9, 1, 1, 1, 1.1, 1.45],
  commute: [0.4, 1, 1, 1, 1, 1.05, 0.75],
  residential: [0.7, 1, 1, 1, 1, 1, 0.9],
  leisure: [1.9, 1, 1, 1, 1, 1, 1.5],
};

/** Day-of-week factors for bicycles (index 0 = Sunday). */
const BIKE_WEEK: readonly number[] = [0.5, 1, 1, 1, 1, 0.95, 0.6];

/** A bump of the daily profile: weight, centre [local hour], spread [h]. */
type Bump = readonly [weight: number, centreH: number, sigmaH: number];

/** Hourly profiles as a floor plus Gaussian bumps: commuter peaks, lunch, Saturday shopping, quiet Sunday. */
const PROFILE_BUMPS: Record<CountMode, Record<'weekday' | 'saturday' | 'sunday', readonly Bump[]>> = {
  pedestrians: {
    weekday: [
      [1, 8.25, 0.8],
      [1.4, 12.75, 1.1],
      [1.5, 17.75, 1.4],
      [0.9, 14.5, 3.5],
    ],
    saturday: [
      [1, 11, 1.6],
      [1.5, 15.5, 2.2],
    ],
    sunday: [
      [1, 11.5, 1.5],
      [0.8, 16, 2],
    ],
  },
  bikes: {
    weekday: [
      [1.8, 8, 0.7],
      [0.5, 12.5, 1],
      [1.6, 17.5, 1],
    ],
    saturday: [[1, 14, 3]],
    sunday: [
      [0.4, 10.5, 1.2],
      [1, 14, 2.5],
    ],
  },
};

/** Night-time floor of the hourly profiles, relative to the bump weights. */
const PROFILE_FLOOR = 0.02;

/** Share of rainy days, and their effect on pedestrians and bicycles. */
const RAIN = { probability: 0.15, pedestrians: 0.75, bikes: 0.5 } as const;

/** Log-normal spreads of the multiplicative noise: per town-day, per site-day, per hour. */
const NOISE_SIGMA = { day: 0.08, siteDay: 0.06, hour: 0.1 } as const;

/** Default seed of the counts' noise. */
export const COUNTS_SEED = 20240318;

/**
 * Share of a day's passages in each local hour (sums to 1 over the 24 hours).
 * @param mode pedestrians or bikes
 * @param dayType weekday, saturday, or sunday (Sundays and public holidays)
 * @returns 24 shares, index = local hour
 * @example hourlyProfile('pedestrians', 'weekday')[12]; // lunch-time share
 */
export function hourlyProfile(mode: CountMode, dayType: 'weekday' | 'saturday' | 'sunday'): Float64Array {
  const bumps = PROFILE_BUMPS[mode][dayType];
  const out = new Float64Array(24);
  let sum = 0;
  for (let h = 0; h < 24; h++) {
    let v = PROFILE_FLOOR;
    for (const [w, mu, sigma] of bumps) v += w * Math.exp(-((h + 0.5 - mu) ** 2) / (2 * sigma * sigma));
    out[h] = v;
    sum += v;
  }
  for (let h = 0; h < 24; h++) out[h] /= sum;
  return out;
}

function logNormal(rand: Random, sigma: number): number {
  return Math.exp(sigma * standardNormal(rand));
}

/**
 * Hourly pedestrian (and bicycle) counts at every counter over {@link COUNT_PERIOD}:
 * expected = daily level × day-of-week factor × hourly share × rain × log-normal noise,
 * then a Poisson draw. Rows of {@link COUNTER_OUTAGE} are missing.
 * @param counters the counters (their levels and settings)
 * @param seed seed of the noise (default {@link COUNTS_SEED})
 * @returns rows ordered by site, mode, time
 * @example townCounts(townCounters(townStreets())).length;
 */
export function townCounts(counters: readonly Counter[], seed = COUNTS_SEED): CountRow[] {
  const rand = mulberry32(seed);
  const utc = parisHourStarts(COUNT_PERIOD.firstDay, COUNT_PERIOD.days);
  const hours = utc.map(parisLocalTime);
  const profiles = {
    pedestrians: {
      weekday: hourlyProfile('pedestrians', 'weekday'),
      saturday: hourlyProfile('pedestrians', 'saturday'),
      sunday: hourlyProfile('pedestrians', 'sunday'),
    },
    bikes: {
      weekday: hourlyProfile('bikes', 'weekday'),
      saturday: hourlyProfile('bikes', 'saturday'),
      sunday: hourlyProfile('bikes', 'sunday'),
    },
  };
  const dates = [...new Set(hours.map((h) => h.date))];
  const rainy = new Map<string, boolean>();
  const dayNoise = new Map<string, number>();
  for (const d of dates) {
    rainy.set(d, rand() < RAIN.probability);
    dayNoise.set(d, logNormal(rand, NOISE_SIGMA.day));
  }
  const rows: CountRow[] = [];
  for (const c of counters) {
    for (const mode of ['pedestrians', 'bikes'] as const) {
      const level = mode === 'pedestrians' ? c.pedestriansPerWeekday : c.bikesPerWeekday;
      if (level === 0) continue;
      let siteDay = 1;
      let currentDate = '';
      for (let i = 0; i < hours.length; i++) {
        const t = hours[i];
        if (t.date !== currentDate) {
          currentDate = t.date;
          siteDay = logNormal(rand, NOISE_SIGMA.siteDay);
        }
        const weekday = PUBLIC_HOLIDAYS.has(t.date) ? 0 : t.weekday;
        const dayType = weekday === 0 ? 'sunday' : weekday === 6 ? 'saturday' : 'weekday';
        const week = mode === 'pedestrians' ? PEDESTRIAN_WEEK[c.setting][weekday] : BIKE_WEEK[weekday];
        const rain = rainy.get(t.date) ? RAIN[mode] : 1;
        const mean =
          level *
          week *
          profiles[mode][dayType][t.hour] *
          rain *
          (dayNoise.get(t.date) ?? 1) *
          siteDay *
          logNormal(rand, NOISE_SIGMA.hour);
        const count = poisson(rand, mean);
        const out =
          c.siteId === COUNTER_OUTAGE.siteId &&
          t.date === COUNTER_OUTAGE.date &&
          t.hour >= COUNTER_OUTAGE.fromHour &&
          t.hour <= COUNTER_OUTAGE.toHour;
        if (!out) rows.push({ site: c.siteId, timestamp: t.iso, epochMs: utc[i], count, mode });
      }
    }
  }
  return rows;
}

/**
 * The counts as CSV: header `site,timestamp,count,mode`, one row per site, hour and mode,
 * `\n` line ends.
 * @param rows count rows
 * @returns CSV text, UTF-8
 * @example countsCsv(rows).split('\n')[0]; // 'site,timestamp,count,mode'
 */
export function countsCsv(rows: readonly CountRow[]): string {
  const lines = ['site,timestamp,count,mode'];
  for (const r of rows) lines.push(`${r.site},${r.timestamp},${r.count},${r.mode}`);
  return `${lines.join('\n')}\n`;
}
