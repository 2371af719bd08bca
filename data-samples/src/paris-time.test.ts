import { describe, expect, it } from 'vitest';
import { parisHourStarts, parisLocalTime, parisUtcOffsetMinutes } from './paris-time.js';

const ICU_PARIS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  timeZoneName: 'longOffset',
});

/** Offset of Europe/Paris from the ICU time-zone database shipped with Node [min]. */
function icuOffsetMinutes(epochMs: number): number {
  const name = ICU_PARIS.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? '');
  if (!m) throw new Error(`unexpected ICU offset ${name}`);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

describe('Europe/Paris civil time', () => {
  // Directive 2000/84/EC art. 2–3: summer time from 01:00 UTC on the last Sunday of March to
  // 01:00 UTC on the last Sunday of October; in 2024 those Sundays are 31 March and 27 October.
  it('switches at 01:00 UTC on 31 March and 27 October 2024', () => {
    expect(parisUtcOffsetMinutes(Date.UTC(2024, 2, 31, 0, 59, 59))).toBe(60);
    expect(parisUtcOffsetMinutes(Date.UTC(2024, 2, 31, 1))).toBe(120);
    expect(parisUtcOffsetMinutes(Date.UTC(2024, 9, 27, 0, 59, 59))).toBe(120);
    expect(parisUtcOffsetMinutes(Date.UTC(2024, 9, 27, 1))).toBe(60);
  });

  it('agrees with the ICU time-zone database every hour of 2023–2025', () => {
    let mismatches = 0;
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2026, 0, 1); t += 3_600_000) {
      if (parisUtcOffsetMinutes(t) !== icuOffsetMinutes(t)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('formats local ISO 8601 timestamps with their offset', () => {
    expect(parisLocalTime(Date.UTC(2024, 2, 31, 0)).iso).toBe('2024-03-31T01:00:00+01:00');
    expect(parisLocalTime(Date.UTC(2024, 2, 31, 1)).iso).toBe('2024-03-31T03:00:00+02:00');
    const t = parisLocalTime(Date.UTC(2024, 2, 18, 7));
    expect(t).toEqual({
      date: '2024-03-18',
      hour: 8,
      weekday: 1,
      iso: '2024-03-18T08:00:00+01:00',
    });
  });

  it('days have 24 hours, 23 on the spring-forward day and 25 on the fall-back day', () => {
    expect(parisHourStarts('2024-03-18', 1)).toHaveLength(24);
    expect(parisHourStarts('2024-03-31', 1)).toHaveLength(23);
    expect(parisHourStarts('2024-10-27', 1)).toHaveLength(25);
    expect(parisHourStarts('2024-03-18', 28)).toHaveLength(28 * 24 - 1);
    expect(parisLocalTime(parisHourStarts('2024-03-18', 1)[0]).iso).toBe('2024-03-18T00:00:00+01:00');
  });
});
