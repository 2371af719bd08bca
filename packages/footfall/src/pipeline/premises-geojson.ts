import type { FootfallResult } from './run-footfall.js';

/** An RFC 7946 Point feature of one scored candidate premises. */
export interface PremisesFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number>;
}

/**
 * The scored candidate premises as GeoJSON (RFC 7946, input positions), sorted by rank, with
 * `rank`, `score` and its parts (`partFootfall`, `partHuff`, `partCompetition`, percentile
 * ranks 0–1), `passingFootfallDaily` and `huffPatronageDaily` [pedestrians/day],
 * `huffShare` (0–1), `competitors`, `category`, `segment`, `distanceToStreetM`.
 */
export function premisesGeoJson(result: FootfallResult): {
  type: 'FeatureCollection';
  features: PremisesFeature[];
} {
  const order = result.premises.map((_, i) => i).sort((a, b) => result.premises[a].rank - result.premises[b].rank);
  const r3 = (v: number) => Number(v.toFixed(3));
  return {
    type: 'FeatureCollection',
    features: order.map((i) => {
      const p = result.premises[i];
      return {
        type: 'Feature',
        geometry: {
          type: 'Point',
          coordinates: [result.premisesLonLatDeg[2 * i], result.premisesLonLatDeg[2 * i + 1]],
        },
        properties: {
          id: p.id,
          rank: p.rank,
          score: r3(p.score),
          partFootfall: r3(p.parts.footfall),
          partHuff: r3(p.parts.huff),
          partCompetition: r3(p.parts.competition),
          passingFootfallDaily: Math.round(p.passingFootfallDaily),
          huffPatronageDaily: Math.round(p.huffPatronageDaily),
          huffShare: Number(p.huffShare.toFixed(4)),
          competitors: p.competitors,
          category: p.category ?? '',
          segment: p.edge,
          distanceToStreetM: Number(p.distanceToStreetM.toFixed(2)),
        },
      };
    }),
  };
}
