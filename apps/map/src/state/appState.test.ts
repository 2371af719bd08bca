import { describe, expect, it, vi } from 'vitest';
import { type AppState, initialState, LAYER_IDS, parseState, reduce, StateError, serialiseState } from './appState.js';
import { createStore } from './store.js';

function changed(): AppState {
  let s = initialState('fr');
  s = reduce(s, { type: 'setLayerVisible', layer: 'slope', visible: true });
  s = reduce(s, { type: 'setLayerVisible', layer: 'shops', visible: false });
  s = reduce(s, { type: 'setDataSource', dataSource: { kind: 'files', dsm: 'a.tif', footprints: null } });
  return reduce(s, { type: 'select', selection: { layer: 'buildings', featureId: 'B07' } });
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
      /selection must be null or a building/,
    );
    expect(() => parseState(bad({ dataSource: { kind: 'url' } }))).toThrow(/dataSource/);
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
