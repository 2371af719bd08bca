import { describe, expect, it } from 'vitest';
import { COUNTER_OUTAGE, countsCsv, hourlyProfile, townCounts } from './counts.js';
import { generateTown } from './town.js';

const town = generateTown();
const csv = countsCsv(town.counts);
const lines = csv.split('\n');

interface Row {
  site: string;
  timestamp: string;
  epochMs: number;
  count: number;
  mode: string;
}
const ROW = /^(ALB\d\d),(\d{4}-\d\d-\d\dT\d\d:00:00[+]0[12]:00),(\d+),(pedestrians|bikes)$/;
const rows: Row[] = lines.slice(1, -1).map((line) => {
  const m = ROW.exec(line);
  if (!m) throw new Error(`malformed counts row: ${line}`);
  return {
    site: m[1],
    timestamp: m[2],
    epochMs: Date.parse(m[2]),
    count: Number(m[3]),
    mode: m[4],
  };
});

/** Mean count per local hour of the day over the rows of one site and mode on some days. */
function meanByHour(site: string, mode: string, keep: (date: string, weekday: number) => boolean): number[] {
  const sum = new Array(24).fill(0);
  const n = new Array(24).fill(0);
  for (const r of rows) {
    if (r.site !== site || r.mode !== mode) continue;
    const date = r.timestamp.slice(0, 10);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (!keep(date, weekday)) continue;
    const hour = Number(r.timestamp.slice(11, 13));
    sum[hour] += r.count;
    n[hour]++;
  }
  return sum.map((s, h) => s / n[h]);
}
const total = (v: number[]): number => v.reduce((a, b) => a + b, 0);
const isWorkday = (date: string, weekday: number): boolean => weekday >= 1 && weekday <= 5 && date !== '2024-04-01';

describe('counts.csv', () => {
  it('is long format with a header, ISO 8601 Paris timestamps, integer counts and two modes', () => {
    expect(lines[0]).toBe('site,timestamp,count,mode');
    expect(lines[lines.length - 1]).toBe('');
    expect(rows.length).toBe(lines.length - 2);
    const sites = new Set(rows.map((r) => r.site));
    expect(sites).toEqual(new Set(town.counters.map((c) => c.siteId)));
    const bikeSites = new Set(rows.filter((r) => r.mode === 'bikes').map((r) => r.site));
    expect(bikeSites).toEqual(new Set(town.counters.filter((c) => c.bikesPerWeekday > 0).map((c) => c.siteId)));
    expect(bikeSites.size).toBeGreaterThanOrEqual(1);
  });

  it('each series is hourly over four weeks across the clock change, except the documented outage', () => {
    const series = new Map<string, Row[]>();
    for (const r of rows) series.set(`${r.site} ${r.mode}`, [...(series.get(`${r.site} ${r.mode}`) ?? []), r]);
    for (const [name, s] of series) {
      expect(s[0].timestamp, name).toBe('2024-03-18T00:00:00+01:00');
      expect(s[s.length - 1].timestamp, name).toBe('2024-04-14T23:00:00+02:00');
      const outage = name.startsWith(COUNTER_OUTAGE.siteId) ? COUNTER_OUTAGE.toHour - COUNTER_OUTAGE.fromHour + 1 : 0;
      // 28 days × 24 h, less the hour skipped on 31 March (02:00 → 03:00).
      expect(s.length, name).toBe(28 * 24 - 1 - outage);
      let gaps = 0;
      for (let i = 1; i < s.length; i++) {
        const step = s[i].epochMs - s[i - 1].epochMs;
        if (step !== 3_600_000) gaps += step / 3_600_000 - 1;
      }
      expect(gaps, name).toBe(outage);
    }
    expect(rows.some((r) => r.timestamp === '2024-03-31T01:00:00+01:00')).toBe(true);
    expect(rows.some((r) => r.timestamp === '2024-03-31T03:00:00+02:00')).toBe(true);
    expect(rows.some((r) => r.timestamp.startsWith('2024-03-31T02'))).toBe(false);
  });

  it('has weekday commuter peaks and a lunch rise, busy Saturdays and quiet Sundays where people shop', () => {
    // Design of counts.ts (PROFILE_BUMPS, PEDESTRIAN_WEEK): peaks near 08 h and 17–18 h, lunch
    // near 12–13 h; shopping streets ×1.45 on Saturdays and ×0.3 on Sundays; parks busier on Sundays.
    const weekday = meanByHour('ALB02', 'pedestrians', isWorkday);
    expect(weekday[8]).toBeGreaterThan(3 * weekday[4]);
    expect(weekday[8]).toBeGreaterThan(weekday[6]);
    expect(weekday[17]).toBeGreaterThan(weekday[20]);
    expect(weekday[12]).toBeGreaterThan(weekday[10]);
    const bikes = meanByHour('ALB02', 'bikes', isWorkday);
    expect(bikes[8]).toBeGreaterThan(2 * bikes[12]);
    const shopWeek = total(meanByHour('ALB01', 'pedestrians', isWorkday));
    const shopSat = total(meanByHour('ALB01', 'pedestrians', (_, w) => w === 6));
    const shopSun = total(meanByHour('ALB01', 'pedestrians', (_, w) => w === 0));
    expect(shopSat).toBeGreaterThan(1.2 * shopWeek);
    expect(shopSun).toBeLessThan(0.5 * shopWeek);
    const parkWeek = total(meanByHour('ALB08', 'pedestrians', isWorkday));
    const parkSun = total(meanByHour('ALB08', 'pedestrians', (_, w) => w === 0));
    expect(parkSun).toBeGreaterThan(1.4 * parkWeek);
  });

  it('hourly profiles are shares summing to 1', () => {
    for (const mode of ['pedestrians', 'bikes'] as const) {
      for (const day of ['weekday', 'saturday', 'sunday'] as const) {
        const p = hourlyProfile(mode, day);
        expect(total([...p])).toBeCloseTo(1, 12);
        expect(Math.min(...p)).toBeGreaterThan(0);
      }
    }
  });

  it('is deterministic for a seed and changes with it', () => {
    expect(countsCsv(townCounts(town.counters))).toBe(csv);
    expect(countsCsv(townCounts(town.counters, 1))).not.toBe(csv);
  });
});
