import type { Feature } from 'geojson';
import { buildingsCsv, buildingsGeoJson, type RunFacts } from '../data/exportTable.js';
import { type BuildingRow, rankBuildings, territoryTotals } from '../data/ranking.js';
import { classLabel } from '../data/roofClassList.js';
import { formatQuantity } from '../format/quantity.js';
import { type Locale, type StringKey, translate } from '../i18n/strings.js';
import type { AppState, RankingKey } from '../state/appState.js';
import type { Store } from '../state/store.js';
import { element } from './dom.js';
import { downloadText } from './download.js';

/** The buildings the table lists, their footprints file's features, the run's classes and ranking criterion. */
export interface RankingSource {
  rows: readonly BuildingRow[];
  features: readonly Feature[];
  run: RunFacts;
}

const COLUMN_KEYS: Readonly<Record<RankingKey, StringKey>> = {
  id: 'ranking.id',
  irradiation: 'ranking.irradiation',
  area: 'ranking.area',
  kWp: 'ranking.kwp',
  class: 'ranking.class',
  rank: 'ranking.rank',
};
/** Column order on screen. */
const COLUMNS: readonly RankingKey[] = ['id', 'irradiation', 'area', 'kWp', 'class', 'rank'];

function cellText(row: BuildingRow, key: RankingKey, locale: Locale, run: RunFacts): string {
  if (key === 'id') return row.label;
  if (key === 'area') return formatQuantity(locale, row.areaM2, '', 0);
  if (key === 'kWp') return formatQuantity(locale, row.kWp, '', 2);
  if (key === 'rank') return row.rank > 0 ? String(row.rank) : '–';
  if (key === 'class') {
    const name = run.classes.classes[row.classIndex]?.name;
    return name === undefined ? '–' : classLabel(name, locale);
  }
  return formatQuantity(locale, row.irradiationKwhM2Yr, '', 0);
}

function totalsList(rows: readonly BuildingRow[], locale: Locale): HTMLElement {
  const totals = territoryTotals(rows);
  const item = (key: StringKey, value: string) => [
    element('dt', { text: translate(locale, key) }),
    element('dd', { text: value }),
  ];
  return element('dl', { className: 'totals' }, [
    ...item('totals.count', formatQuantity(locale, totals.count, '', 0)),
    ...item('totals.area', formatQuantity(locale, totals.areaM2, 'm²', 0)),
    ...item('totals.mean', formatQuantity(locale, totals.meanKwhM2Yr, translate(locale, 'unit.irradiation'), 0)),
    ...item('totals.kwp', formatQuantity(locale, totals.kWp, 'kWp', 1)),
    ...item('totals.yield', formatQuantity(locale, totals.yieldKwhYr / 1000, translate(locale, 'unit.mwhYr'), 1)),
    ...item('totals.co2', formatQuantity(locale, totals.co2AvoidedKgYr / 1000, translate(locale, 'unit.tonnesYr'), 1)),
  ]);
}

/**
 * The ranking table of buildings: totals of the rows listed, filters (minimum mean
 * irradiation, minimum kWp, lowest suitability class among the run's classes), sortable
 * columns (id, mean annual irradiation, footprint area, kWp of the roof planes, class, rank by
 * the run's criterion — the first sort; buttons in the headers, `aria-sort` on the sorted
 * one), the criterion in words, the selected building's row highlighted and
 * scrolled into view, a click or Enter on a row picks its building; CSV and GeoJSON export
 * of the rows listed. Everything is rendered as text.
 * @param container element to fill
 * @param store app state (sort, filter, selection, language)
 * @param source the buildings, or null before a town is shown
 * @param onPick called with the row the user picked
 * @returns `refresh()`, to call when the town changes
 * @example mountRankingTable(section, store, () => rankingSource, (row) => flyTo(row));
 */
export function mountRankingTable(
  container: HTMLElement,
  store: Store,
  source: () => RankingSource | null,
  onPick: (row: BuildingRow) => void,
): { refresh(): void } {
  const render = (state: AppState) => {
    const data = source();
    const { locale, ranking, selection } = state;
    const focusedId = document.activeElement?.id;
    container.setAttribute('aria-label', translate(locale, 'rankingTitle'));
    if (data === null || data.rows.length === 0) {
      container.replaceChildren();
      return;
    }
    const rows = rankBuildings(data.rows, ranking);
    const minInput = element('input', {
      attributes: { type: 'number', id: 'ranking-min', min: '0', step: '100', value: String(ranking.minKwhM2Yr) },
    });
    minInput.addEventListener('change', () => {
      const value = Number(minInput.value);
      store.dispatch({ type: 'setRankingMin', minKwhM2Yr: Number.isFinite(value) && value > 0 ? value : 0 });
    });
    const minKwpInput = element('input', {
      attributes: { type: 'number', id: 'ranking-min-kwp', min: '0', step: '1', value: String(ranking.minKwp) },
    });
    minKwpInput.addEventListener('change', () => {
      const value = Number(minKwpInput.value);
      store.dispatch({ type: 'setRankingMinKwp', minKwp: Number.isFinite(value) && value > 0 ? value : 0 });
    });
    const classSelect = element(
      'select',
      { attributes: { id: 'ranking-min-class' } },
      [
        translate(locale, 'ranking.anyClass'),
        ...data.run.classes.classes.slice(1).map((c) => classLabel(c.name, locale)),
      ].map((text, i) => element('option', { text, attributes: { value: String(i) } })),
    );
    classSelect.value = String(ranking.minClassIndex);
    classSelect.addEventListener('change', () =>
      store.dispatch({ type: 'setRankingMinClass', minClassIndex: Number(classSelect.value) }),
    );
    const heads = COLUMNS.map((key) => {
      const sorted = ranking.sortBy === key;
      const button = element('button', {
        text: translate(locale, COLUMN_KEYS[key]),
        attributes: { type: 'button', id: `ranking-sort-${key}` },
      });
      button.addEventListener('click', () => store.dispatch({ type: 'sortRanking', sortBy: key }));
      const attributes: Record<string, string> = { scope: 'col' };
      if (sorted) attributes['aria-sort'] = ranking.descending ? 'descending' : 'ascending';
      return element('th', { attributes }, [button]);
    });
    let selectedRow: HTMLElement | null = null;
    const body = rows.map((row) => {
      const selected = selection?.layer === 'buildings' && selection.featureId === row.label;
      const tr = element(
        'tr',
        {
          className: selected ? 'selected' : '',
          attributes: { tabindex: '0', 'data-id': row.label, 'aria-selected': String(selected) },
        },
        COLUMNS.map((key) => element('td', { text: cellText(row, key, locale, data.run) })),
      );
      tr.addEventListener('click', () => onPick(row));
      tr.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') onPick(row);
      });
      if (selected) selectedRow = tr;
      return tr;
    });
    const exportButton = (id: string, key: StringKey, save: () => void) => {
      const button = element('button', { text: translate(locale, key), attributes: { type: 'button', id } });
      button.addEventListener('click', save);
      return button;
    };
    container.replaceChildren(
      element('h2', { text: translate(locale, 'rankingTitle') }),
      totalsList(rows, locale),
      element('div', { className: 'ranking-filter' }, [
        element('label', { text: translate(locale, 'ranking.min'), attributes: { for: 'ranking-min' } }),
        minInput,
        element('label', { text: translate(locale, 'ranking.minKwp'), attributes: { for: 'ranking-min-kwp' } }),
        minKwpInput,
        element('label', { text: translate(locale, 'ranking.minClass'), attributes: { for: 'ranking-min-class' } }),
        classSelect,
      ]),
      element('p', {
        className: 'note ranking-criterion',
        text: translate(locale, 'ranking.by', {
          criterion: translate(locale, `criterion.${data.run.criterion}` as StringKey),
        }),
      }),
      element('div', { className: 'ranking-scroll' }, [
        element('table', { className: 'ranking' }, [
          element('caption', { text: translate(locale, 'ranking.caption') }),
          element('thead', {}, [element('tr', {}, heads)]),
          element('tbody', {}, body),
        ]),
      ]),
      element('div', { className: 'ranking-export' }, [
        exportButton('export-csv', 'export.csv', () =>
          downloadText('gisement-buildings.csv', buildingsCsv(rows, data.features, data.run), 'text/csv;charset=utf-8'),
        ),
        exportButton('export-geojson', 'export.geojson', () =>
          downloadText(
            'gisement-buildings.geojson',
            buildingsGeoJson(rows, data.features, data.run),
            'application/geo+json',
          ),
        ),
      ]),
    );
    if (focusedId) document.getElementById(focusedId)?.focus();
    (selectedRow as HTMLElement | null)?.scrollIntoView({ block: 'nearest' });
  };
  store.subscribe((next, previous) => {
    if (next.ranking !== previous.ranking || next.selection !== previous.selection || next.locale !== previous.locale) {
      render(next);
    }
  });
  render(store.getState());
  return { refresh: () => render(store.getState()) };
}
