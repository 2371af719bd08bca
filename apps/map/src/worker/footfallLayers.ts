import {
  footfallGeoJson,
  parseAttractors,
  parseCandidates,
  parseCounts,
  parseSitesGeoJson,
  parseStreets,
  premisesGeoJson,
  profilesJson,
  runFootfall,
} from '@gisement/footfall';
import type { FootfallLayers, FootfallRequest } from './protocol.js';

/**
 * The footfall of a town's street segments and the scores of its candidate premises, by the
 * same calls as `gisement footfall` (`@gisement/footfall`: parse the files, `runFootfall` with
 * its default options, then `footfallGeoJson`, `premisesGeoJson`, `profilesJson`): a
 * log-linear ridge model of network centralities calibrated on the counters, kriged residuals,
 * an 80 % interval per segment, hourly profiles of the counters and a Huff score per premises.
 * @param request the town's files (see {@link FootfallRequest})
 * @returns the outputs the CLI writes: segments, premises and profiles
 * @throws FootfallInputError of `@gisement/footfall` naming the file and line of bad input;
 *   RangeError when fewer than 3 counters are usable
 * @example footfallLayers({ type: 'footfall', jobId: 1, streets, counts, sites, shops, candidates, holidays: [] })
 */
export function footfallLayers(request: FootfallRequest): FootfallLayers {
  const { streets, counts, sites, shops, candidates } = request;
  const result = runFootfall({
    streets: parseStreets(streets.value, streets.name),
    counts: parseCounts(counts.text, counts.name, { holidays: request.holidays }),
    sites: parseSitesGeoJson(sites.value, sites.name),
    attractors: shops ? parseAttractors(shops.value, shops.name) : undefined,
    candidates: candidates ? parseCandidates(candidates.value, candidates.name) : undefined,
  });
  return { segments: footfallGeoJson(result), premises: premisesGeoJson(result), profiles: profilesJson(result) };
}
