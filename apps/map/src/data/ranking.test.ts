import { describe, expect, it } from 'vitest';
import { type BuildingRow, geometryBounds, rankBuildings, territoryTotals } from './ranking.js';

// Ranks as `rankByCriterion` of `@gisement/core` gives them (1 = best, 0 = unranked: B2 has no kWp).
const ROWS: BuildingRow[] = [
  {
    index: 0,
    label: 'B10',
    irradiationKwhM2Yr: 1500,
    areaM2: 100,
    kWp: 4.25,
    classIndex: 3,
    panels: 0,
    yieldKwhYr: 0,
    paybackYears: Number.NaN,
    co2AvoidedKgYr: 0,
    rank: 2,
  },
  {
    index: 1,
    label: 'B2',
    irradiationKwhM2Yr: Number.NaN,
    areaM2: 50,
    kWp: 0,
    classIndex: -1,
    panels: 0,
    yieldKwhYr: 0,
    paybackYears: Number.NaN,
    co2AvoidedKgYr: 0,
    rank: 0,
  },
  {
    index: 2,
    label: 'B1',
    irradiationKwhM2Yr: 900,
    areaM2: 300,
    kWp: 12.75,
    classIndex: 0,
    panels: 0,
    yieldKwhYr: 0,
    paybackYears: Number.NaN,
    co2AvoidedKgYr: 0,
    rank: 1,
  },
  {
    index: 3,
    label: 'B3',
    irradiationKwhM2Yr: 1500,
    areaM2: 20,
    kWp: 2.55,
    classIndex: 3,
    panels: 0,
    yieldKwhYr: 0,
    paybackYears: Number.NaN,
    co2AvoidedKgYr: 0,
    rank: 3,
  },
];
const labels = (rows: BuildingRow[]) => rows.map((r) => r.label);

describe('rankBuildings', () => {
  it('sorts by a column either way, unknown values last and ties by label', () => {
    expect(
      labels(
        rankBuildings(ROWS, { sortBy: 'irradiation', descending: true, minKwhM2Yr: 0, minKwp: 0, minClassIndex: 0 }),
      ),
    ).toEqual(['B3', 'B10', 'B1', 'B2']);
    expect(
      labels(
        rankBuildings(ROWS, { sortBy: 'irradiation', descending: false, minKwhM2Yr: 0, minKwp: 0, minClassIndex: 0 }),
      ),
    ).toEqual(['B1', 'B3', 'B10', 'B2']);
    expect(
      labels(rankBuildings(ROWS, { sortBy: 'area', descending: true, minKwhM2Yr: 0, minKwp: 0, minClassIndex: 0 })),
    ).toEqual(['B1', 'B10', 'B2', 'B3']);
    expect(
      labels(rankBuildings(ROWS, { sortBy: 'id', descending: false, minKwhM2Yr: 0, minKwp: 0, minClassIndex: 0 })),
    ).toEqual(['B1', 'B2', 'B3', 'B10']);
    expect(
      labels(rankBuildings(ROWS, { sortBy: 'id', descending: true, minKwhM2Yr: 0, minKwp: 0, minClassIndex: 0 })),
    ).toEqual(['B10', 'B3', 'B2', 'B1']);
    expect(
      labels(rankBuildings(ROWS, { sortBy: 'kWp', descending: true, minKwhM2Yr: 0, minKwp: 0, minClassIndex: 0 })),
    ).toEqual(['B1', 'B10', 'B3', 'B2']);
    expect(
      labels(rankBuildings(ROWS, { sortBy: 'class', descending: false, minKwhM2Yr: 0, minKwp: 0, minClassIndex: 0 })),
    ).toEqual(['B1', 'B3', 'B10', 'B2']);
    expect(labels(ROWS)).toEqual(['B10', 'B2', 'B1', 'B3']);
  });

  it('sorts by rank, best first, the unranked last either way', () => {
    const view = { minKwhM2Yr: 0, minKwp: 0, minClassIndex: 0 };
    expect(labels(rankBuildings(ROWS, { ...view, sortBy: 'rank', descending: false }))).toEqual([
      'B1',
      'B10',
      'B3',
      'B2',
    ]);
    expect(labels(rankBuildings(ROWS, { ...view, sortBy: 'rank', descending: true }))).toEqual([
      'B3',
      'B10',
      'B1',
      'B2',
    ]);
  });

  it('filters on the class index of a custom list of three classes (bas, moyen, haut)', () => {
    // Class indices 0 = bas, 1 = moyen, 2 = haut of a roofs config's list; -1 = none.
    const custom = ROWS.map((r, i) => ({ ...r, classIndex: [2, -1, 0, 1][i] as number }));
    const view = { sortBy: 'id', descending: false, minKwhM2Yr: 0, minKwp: 0 } as const;
    expect(labels(rankBuildings(custom, { ...view, minClassIndex: 0 }))).toEqual(['B1', 'B2', 'B3', 'B10']);
    expect(labels(rankBuildings(custom, { ...view, minClassIndex: 1 }))).toEqual(['B3', 'B10']);
    expect(labels(rankBuildings(custom, { ...view, minClassIndex: 2 }))).toEqual(['B10']);
  });

  it('keeps the buildings at or above a minimum peak power and a lowest class', () => {
    const view = { sortBy: 'id', descending: false, minKwhM2Yr: 0 } as const;
    expect(labels(rankBuildings(ROWS, { ...view, minKwp: 4.25, minClassIndex: 0 }))).toEqual(['B1', 'B10']);
    expect(labels(rankBuildings(ROWS, { ...view, minKwp: 0, minClassIndex: 1 }))).toEqual(['B3', 'B10']);
    expect(labels(rankBuildings(ROWS, { ...view, minKwp: 3, minClassIndex: 3 }))).toEqual(['B10']);
  });

  it('keeps the buildings at or above the minimum, dropping unknown ones', () => {
    expect(
      labels(rankBuildings(ROWS, { sortBy: 'id', descending: false, minKwhM2Yr: 1500, minKwp: 0, minClassIndex: 0 })),
    ).toEqual(['B3', 'B10']);
  });
});

describe('territoryTotals', () => {
  it('counts, sums the areas and weights the mean by area over the known means', () => {
    // (100·1500 + 300·900 + 20·1500) / 420 = 450000 / 420.
    expect(territoryTotals(ROWS)).toEqual({
      count: 4,
      areaM2: 470,
      meanKwhM2Yr: 450000 / 420,
      kWp: 4.25 + 0 + 12.75 + 2.55,
      yieldKwhYr: 0,
      co2AvoidedKgYr: 0,
    });
    // Yields and CO2 add up like the kWp: 1200 kWh/kWp and 0.055 kg/kWh on every building
    // (arbitrary values that only check the sums).
    const producing = ROWS.map((r) => ({ ...r, yieldKwhYr: 1200 * r.kWp, co2AvoidedKgYr: 0.055 * 1200 * r.kWp }));
    const totals = territoryTotals(producing);
    expect(totals.yieldKwhYr).toBeCloseTo(1200 * 19.55, 6);
    expect(totals.co2AvoidedKgYr).toBeCloseTo(0.055 * 1200 * 19.55, 6);
    expect(territoryTotals([]).meanKwhM2Yr).toBeNaN();
  });
});

describe('geometryBounds', () => {
  it('spans every position of a polygon or a multipolygon', () => {
    const square = [
      [2, 44],
      [2.1, 44],
      [2.1, 44.2],
      [2, 44],
    ];
    expect(geometryBounds({ type: 'Polygon', coordinates: [square] })).toEqual([
      [2, 44],
      [2.1, 44.2],
    ]);
    expect(
      geometryBounds({
        type: 'MultiPolygon',
        coordinates: [
          [square],
          [
            [
              [1.5, 44.5],
              [1.6, 44.5],
              [1.5, 44.6],
              [1.5, 44.5],
            ],
          ],
        ],
      }),
    ).toEqual([
      [1.5, 44],
      [2.1, 44.6],
    ]);
    expect(geometryBounds({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
});
