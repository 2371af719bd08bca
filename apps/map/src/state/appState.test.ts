import { describe, expect, it, vi } from 'vitest';
import {
  type AppState,
  initialState,
  isTileUrlTemplate,
  LAYER_IDS,
  parseState,
  reduce,
  StateError,
  serialiseState,
} from './appState.js';
import { createStore } from './store.js';

function changed(): AppState {
  let s = initialState('fr');
  s = reduce(s, { type: 'setLayerVisible', layer: 'slope', visible: true });
  s = reduce(s, { type: 'setLayerVisible', layer: 'shops', visible: false });
  s = reduce(s, {
    type: 'setDataSource',
    dataSource: { kind: 'files', dsm: 'a.tif', footprints: null, others: ['lyon.epw'] },
  });
  s = reduce(s, { type: 'sortRanking', sortBy: 'area' });
  s = reduce(s, { type: 'setRankingMin', minKwhM2Yr: 1200 });
  s = reduce(s, { type: 'setHolidays', holidays: ['2024-04-01', '2024-05-01'] });
  return reduce(s, { type: 'select', selection: { layer: 'buildings', featureId: 'B07', pointLonLat: [2.1, 43.9] } });
}

describe('reduce', () => {
  it('changes only what the action names and leaves the input untouched', () => {
    const before = initialState('en');
    const copy = structuredClone(before);
    const after = reduce(before, { type: 'setLayerVisible', layer: 'slope', visible: true });
    expect(before).toEqual(copy);
    expect(after.layers.slope).toBe(true);
    expect({ ...after, layers: { ...after.layers, slope: false } }).toEqual(before);
  });

  it('clears the selection when the data changes', () => {
    let s = reduce(initialState('en'), {
      type: 'select',
      selection: { layer: 'buildings', featureId: 'B01' },
    });
    expect(s.selection).toEqual({ layer: 'buildings', featureId: 'B01' });
    s = reduce(s, { type: 'setDataSource', dataSource: { kind: 'sample', name: 'albi' } });
    expect(s.selection).toBeNull();
  });
});

describe('ranking view', () => {
  it('lists by rank first, sorts a new column descending (ids and ranks ascending) and reverses the one already sorted', () => {
    let s = initialState('en');
    expect(s.ranking).toEqual({ sortBy: 'rank', descending: false, minKwhM2Yr: 0, minKwp: 0, minClassIndex: 0 });
    s = reduce(s, { type: 'sortRanking', sortBy: 'irradiation' });
    expect(s.ranking.descending).toBe(true);
    s = reduce(s, { type: 'sortRanking', sortBy: 'irradiation' });
    expect(s.ranking.descending).toBe(false);
    s = reduce(s, { type: 'sortRanking', sortBy: 'id' });
    expect(s.ranking).toEqual({ sortBy: 'id', descending: false, minKwhM2Yr: 0, minKwp: 0, minClassIndex: 0 });
    s = reduce(s, { type: 'sortRanking', sortBy: 'area' });
    expect(s.ranking.descending).toBe(true);
    expect(reduce(s, { type: 'setRankingMin', minKwhM2Yr: 900 }).ranking.minKwhM2Yr).toBe(900);
    expect(reduce(s, { type: 'setRankingMinKwp', minKwp: 3 }).ranking.minKwp).toBe(3);
    expect(reduce(s, { type: 'setRankingMinClass', minClassIndex: 2 }).ranking.minClassIndex).toBe(2);
    expect(reduce(s, { type: 'sortRanking', sortBy: 'rank' }).ranking.descending).toBe(false);
  });

  it('lists new data by its rank again and clears the class filter (its classes may differ), keeping the other filters', () => {
    let s = reduce(initialState('en'), { type: 'sortRanking', sortBy: 'kWp' });
    s = reduce(s, { type: 'setRankingMinClass', minClassIndex: 3 });
    s = reduce(s, { type: 'setRankingMinKwp', minKwp: 2 });
    s = reduce(s, { type: 'setDataSource', dataSource: { kind: 'files', dsm: 'a.tif', footprints: null, others: [] } });
    expect(s.ranking).toEqual({ sortBy: 'rank', descending: false, minKwhM2Yr: 0, minKwp: 2, minClassIndex: 0 });
  });

  it('reads a ranking view saved before the kWp and class filters as keeping all', () => {
    const old = {
      ...JSON.parse(serialiseState(initialState('en'))),
      ranking: { sortBy: 'area', descending: true, minKwhM2Yr: 5 },
    };
    expect(parseState(JSON.stringify(old)).ranking).toEqual({
      sortBy: 'area',
      descending: true,
      minKwhM2Yr: 5,
      minKwp: 0,
      minClassIndex: 0,
    });
  });
});

describe('serialiseState / parseState', () => {
  it('round-trips every field', () => {
    const s = changed();
    expect(parseState(serialiseState(s))).toEqual(s);
    expect(parseState(serialiseState(initialState('en')))).toEqual(initialState('en'));
  });

  it('gives layers missing from old text their initial visibility and drops unknown ones', () => {
    const value = JSON.parse(serialiseState(changed()));
    delete value.layers.counters;
    value.layers.removedLayer = true;
    const s = parseState(JSON.stringify(value));
    expect(s.layers.counters).toBe(initialState('fr').layers.counters);
    expect(Object.keys(s.layers).sort()).toEqual([...LAYER_IDS].sort());
  });

  it('says which field is wrong', () => {
    const bad = (patch: Record<string, unknown>) =>
      JSON.stringify({ ...JSON.parse(serialiseState(initialState('en'))), ...patch });
    expect(() => parseState('{')).toThrow(StateError);
    expect(() => parseState(bad({ locale: 'de' }))).toThrow('locale must be "en" or "fr", got "de"');
    expect(() => parseState(bad({ layers: { slope: 'yes' } }))).toThrow('layers.slope must be true or false');
    expect(() => parseState(bad({ hillshade: { azimuthDeg: null, altitudeDeg: 45 } }))).toThrow(
      'hillshade.azimuthDeg must be a finite number, got null',
    );
    expect(() => parseState(bad({ selection: { layer: 'roads', featureId: 'x' } }))).toThrow(
      /selection must be null, a building, a segment or a premises/,
    );
    expect(() => parseState(bad({ dataSource: { kind: 'url' } }))).toThrow(/dataSource/);
    expect(() => parseState(bad({ ranking: { sortBy: 'kwh', descending: true, minKwhM2Yr: 0 } }))).toThrow(
      'ranking.sortBy must be one of irradiation, area, id, kWp, class, rank, got "kwh"',
    );
    expect(() =>
      parseState(bad({ ranking: { sortBy: 'kWp', descending: true, minKwhM2Yr: 0, minClassIndex: 1.5 } })),
    ).toThrow(/ranking.minClassIndex must be a class index/);
    expect(() =>
      parseState(bad({ selection: { layer: 'buildings', featureId: 'B1', pointLonLat: [2, 'x'] } })),
    ).toThrow('selection.pointLonLat[1] must be a finite number, got "x"');
  });

  it('round-trips a segment or premises selection', () => {
    for (const layer of ['segments', 'premises'] as const) {
      const s = reduce(initialState('en'), { type: 'select', selection: { layer, featureId: '7' } });
      expect(parseState(serialiseState(s))).toEqual(s);
    }
  });

  it('gives a state without a ranking view the initial one', () => {
    const value = JSON.parse(serialiseState(changed()));
    delete value.ranking;
    expect(parseState(JSON.stringify(value)).ranking).toEqual(initialState('en').ranking);
  });
});

describe('createStore', () => {
  it('notifies listeners with the next and previous state, until unsubscribed', () => {
    const store = createStore(initialState('en'));
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const first = store.getState();
    store.dispatch({ type: 'setLocale', locale: 'fr' });
    expect(listener).toHaveBeenCalledWith(store.getState(), first);
    expect(store.getState().locale).toBe('fr');
    unsubscribe();
    store.dispatch({ type: 'setLocale', locale: 'en' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('public holidays', () => {
  it('are none by default, set by an action and kept through JSON', () => {
    const s = initialState('en');
    expect(s.holidays).toEqual([]);
    const set = reduce(s, { type: 'setHolidays', holidays: ['2024-04-01'] });
    expect(parseState(serialiseState(set)).holidays).toEqual(['2024-04-01']);
    const old = JSON.parse(serialiseState(s));
    delete old.holidays;
    expect(parseState(JSON.stringify(old)).holidays).toEqual([]);
  });

  it('refuses anything but a list of real YYYY-MM-DD dates', () => {
    const text = (holidays: unknown) => JSON.stringify({ ...initialState('en'), holidays });
    expect(() => parseState(text(['2024-02-30']))).toThrow(
      'holidays must be a list of YYYY-MM-DD dates, got ["2024-02-30"]',
    );
    expect(() => parseState(text('2024-04-01'))).toThrow(/holidays must be a list/);
    expect(() => parseState(text([20240401]))).toThrow(/holidays must be a list/);
  });
});

describe('online basemap', () => {
  it('is off by default, set and cleared by actions, and kept through JSON', () => {
    const s = initialState('en');
    expect(s.basemapUrl).toBeNull();
    const url = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
    const on = reduce(s, { type: 'setBasemap', basemapUrl: url });
    expect(parseState(serialiseState(on)).basemapUrl).toBe(url);
    expect(reduce(on, { type: 'setBasemap', basemapUrl: null }).basemapUrl).toBeNull();
  });

  it('accepts only http(s) tile templates with {z}, {x} and {y}', () => {
    expect(isTileUrlTemplate('https://a.example/{z}/{x}/{y}.png')).toBe(true);
    expect(isTileUrlTemplate('http://127.0.0.1:8080/t/{z}/{x}/{y}')).toBe(true);
    expect(isTileUrlTemplate('https://a.example/{z}/{x}.png')).toBe(false);
    expect(isTileUrlTemplate('javascript:alert(1)//{z}{x}{y}')).toBe(false);
    expect(isTileUrlTemplate('not a url {z}{x}{y}')).toBe(false);
    const text = serialiseState({ ...initialState('en'), basemapUrl: 'file:///{z}/{x}/{y}' });
    expect(() => parseState(text)).toThrow(/basemapUrl must be null or an http\(s\) tile URL/);
  });
});
