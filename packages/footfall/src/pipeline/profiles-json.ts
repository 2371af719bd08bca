import { PROFILE_WINDOWS } from '../profile/profile-typology.js';
import type { FootfallResult } from './run-footfall.js';

/** `profiles.json` content: plain arrays, `null` for unobserved hours. */
export interface ProfilesJson {
  windows: typeof PROFILE_WINDOWS;
  sites: {
    siteId: string;
    type: string | null;
    quotients: Record<string, number> | null;
    profiles: {
      dayType: string;
      dayCount: number;
      /** [pedestrians/day] */
      dailyMean: number;
      /** [pedestrians/h], index = local hour 0–23 */
      meanByHour: (number | null)[];
      shareByHour: (number | null)[];
    }[];
  }[];
}

const plain = (a: Float64Array, digits: number) =>
  Array.from(a, (v) => (Number.isNaN(v) ? null : Number(v.toFixed(digits))));

/** The hour-of-day × day-type profiles and the typology of a run, ready for JSON. */
export function profilesJson(result: FootfallResult): ProfilesJson {
  const typed = new Map(result.typology.map((t) => [t.siteId, t]));
  return {
    windows: PROFILE_WINDOWS,
    sites: result.profiles.map((s) => ({
      siteId: s.siteId,
      type: typed.get(s.siteId)?.type ?? null,
      quotients: typed.get(s.siteId)?.quotients ?? null,
      profiles: s.profiles.map((p) => ({
        dayType: p.dayType,
        dayCount: p.dayCount,
        dailyMean: Number(p.dailyMean.toFixed(2)),
        meanByHour: plain(p.meanByHour, 2),
        shareByHour: plain(p.shareByHour, 5),
      })),
    })),
  };
}
