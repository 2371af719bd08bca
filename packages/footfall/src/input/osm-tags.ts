/** OSM tags of a way: key → value. */
export type OsmTags = Record<string, string>;

/**
 * Parse the `other_tags` string that GDAL's OSM driver writes (HSTORE syntax:
 * `"key"=>"value","key2"=>"value2"`, backslash escapes inside quotes).
 * Returns an empty object for an empty or null string; text that is not HSTORE yields the
 * pairs read before the first syntax error.
 *
 * @see GDAL OSM driver, "other_tags" field: https://gdal.org/drivers/vector/osm.html
 */
export function parseOtherTags(otherTags: string | null | undefined): OsmTags {
  const tags: OsmTags = {};
  if (!otherTags) return tags;
  const s = otherTags;
  let i = 0;
  const readQuoted = (): string | null => {
    if (s[i] !== '"') return null;
    i++;
    let out = '';
    while (i < s.length && s[i] !== '"') {
      if (s[i] === '\\' && i + 1 < s.length) i++;
      out += s[i];
      i++;
    }
    if (i >= s.length) return null;
    i++;
    return out;
  };
  while (i < s.length) {
    while (s[i] === ' ' || s[i] === ',') i++;
    if (i >= s.length) break;
    const key = readQuoted();
    if (key === null || s.slice(i, i + 2) !== '=>') break;
    i += 2;
    const value = readQuoted();
    if (value === null) break;
    tags[key] = value;
  }
  return tags;
}

/**
 * Walkability of each OSM `highway` value:
 * - `'yes'`: kept unless `foot=no` (or `access=no|private` without a foot permission);
 * - `'with-foot'`: kept only with an explicit `foot=yes|designated|permissive`
 *   (cycleways, and motorways/trunks that exceptionally allow walkers);
 * - anything absent from the table is dropped (e.g. `construction`, `proposed`, `raceway`,
 *   `bus_guideway`, `busway`).
 *
 * | highway | rule |
 * |---|---|
 * | footway, pedestrian, path, steps, living_street, residential, service, unclassified, road, track, bridleway, corridor, elevator, platform, tertiary(_link), secondary(_link), primary(_link) | yes |
 * | cycleway, motorway, motorway_link, trunk, trunk_link | with-foot |
 */
export const HIGHWAY_WALKABILITY: Readonly<Record<string, 'yes' | 'with-foot'>> = {
  footway: 'yes',
  pedestrian: 'yes',
  path: 'yes',
  steps: 'yes',
  living_street: 'yes',
  residential: 'yes',
  service: 'yes',
  unclassified: 'yes',
  road: 'yes',
  track: 'yes',
  bridleway: 'yes',
  corridor: 'yes',
  elevator: 'yes',
  platform: 'yes',
  tertiary: 'yes',
  tertiary_link: 'yes',
  secondary: 'yes',
  secondary_link: 'yes',
  primary: 'yes',
  primary_link: 'yes',
  cycleway: 'with-foot',
  motorway: 'with-foot',
  motorway_link: 'with-foot',
  trunk: 'with-foot',
  trunk_link: 'with-foot',
};

const FOOT_ALLOWED = new Set(['yes', 'designated', 'permissive', 'official']);
const ACCESS_CLOSED = new Set(['no', 'private']);

/**
 * Decide whether a way is walkable from its OSM tags, following
 * {@link HIGHWAY_WALKABILITY}. Returns `null` when walkable, otherwise the reason it is
 * dropped (used in the run's `skipped` list).
 */
export function walkabilityRejection(tags: OsmTags): string | null {
  const highway = tags.highway;
  if (highway === undefined) return 'no highway tag';
  const rule = HIGHWAY_WALKABILITY[highway];
  if (rule === undefined) return `highway=${highway} is not walkable`;
  const foot = tags.foot;
  if (foot === 'no' || foot === 'use_sidepath') return `foot=${foot}`;
  const footAllowed = foot !== undefined && FOOT_ALLOWED.has(foot);
  if (rule === 'with-foot' && !footAllowed) return `highway=${highway} without foot access`;
  const access = tags.access;
  if (access !== undefined && ACCESS_CLOSED.has(access) && !footAllowed) return `access=${access}`;
  return null;
}
