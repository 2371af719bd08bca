import { type Action, type AppState, reduce } from './appState.js';

/** Holds the current {@link AppState}; views subscribe and re-render from it. */
export interface Store {
  getState(): AppState;
  dispatch(action: Action): void;
  /** Calls `listener(next, previous)` after each change; returns the unsubscribe function. */
  subscribe(listener: (next: AppState, previous: AppState) => void): () => void;
}

/**
 * A store around {@link reduce}: listeners run only when an action changes the state.
 * @param initial first state
 * @example const store = createStore(initialState('en'));
 */
export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<(next: AppState, previous: AppState) => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = reduce(state, action);
      if (state === previous) return;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
