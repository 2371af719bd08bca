import { barChart } from '../charts/barChart.js';
import { horizonPolar } from '../charts/horizonPolar.js';
import type { SkyPoint } from '../charts/sunPaths.js';
import { type PlanePotential, propertyRows } from '../data/buildingDetails.js';
import type { PointHorizon } from '../data/pointHorizon.js';
import { classLabel } from '../data/roofClassList.js';
import { formatQuantity } from '../format/quantity.js';
import { type Locale, type StringKey, translate } from '../i18n/strings.js';
import type { Store } from '../state/store.js';
import { element } from './dom.js';

/** A building as the panel needs it. */
export interface BuildingRecord {
  label: string;
  properties: Record<string, unknown> | null;
  /** Mean annual irradiation of its footprint's cells [kWh/m²/yr], NaN when unknown. */
  irradiationKwhM2Yr: number;
  /** The weather file the irradiation was computed with; null under a clear sky. */
  skyFile: string | null;
  /** Mean irradiation per UTC month, January first [kWh/m²]. */
  monthlyKwhM2: ArrayLike<number>;
  /** First-year AC yield of its modules per UTC month, January first [kWh]; zeros without modules. */
  monthlyYieldKwh: ArrayLike<number>;
  /** Its roof planes as computed from the surface model, with their PV potential. */
  potential: PlanePotential[];
  /** Horizon of the clicked point and the solstice sun paths there; null when no point was clicked. */
  horizon: { horizon: PointHorizon; paths: { june: SkyPoint[]; december: SkyPoint[] } } | null;
}

/** Short month names in a language, January first. */
function monthNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2023, m, 15)));
}

/** A bar chart of twelve monthly values with its heading. */
function monthlyChart(values: ArrayLike<number>, locale: Locale, keys: MonthlyChartKeys): Node[] {
  const unit = translate(locale, keys.unit);
  const chart = barChart(values, {
    className: keys.className,
    title: translate(locale, keys.title),
    unit,
    labels: monthNames(locale),
    labelEvery: 1,
    format: (value) => formatQuantity(locale, value, unit, keys.digits),
  });
  return [element('h3', { text: translate(locale, keys.heading) }), chart];
}

interface MonthlyChartKeys {
  className: string;
  heading: StringKey;
  title: StringKey;
  unit: StringKey;
  digits: number;
}

function charts(building: BuildingRecord, locale: Locale): Node[] {
  const nodes: Node[] = [];
  if (Array.from(building.monthlyYieldKwh).some((kwh) => kwh > 0)) {
    nodes.push(
      ...monthlyChart(building.monthlyYieldKwh, locale, {
        className: 'production-bars',
        heading: 'productionTitle',
        title: 'productionChart',
        unit: 'unit.kwh',
        digits: 0,
      }),
    );
  }
  nodes.push(
    ...monthlyChart(building.monthlyKwhM2, locale, {
      className: 'monthly-bars',
      heading: 'monthlyTitle',
      title: 'monthlyChart',
      unit: 'unit.monthly',
      digits: 1,
    }),
  );
  nodes.push(element('h3', { text: translate(locale, 'horizonTitle') }));
  if (building.horizon === null) {
    nodes.push(element('p', { className: 'note', text: translate(locale, 'horizonNone') }));
    return nodes;
  }
  const [n, e, s, w] = translate(locale, 'compass').split(',');
  nodes.push(
    horizonPolar(building.horizon.horizon, building.horizon.paths, {
      title: translate(locale, 'horizonChart'),
      compass: [n, e, s, w],
      june: translate(locale, 'sunJune'),
      december: translate(locale, 'sunDecember'),
    }),
    element('p', { className: 'note', text: translate(locale, 'horizonNote') }),
  );
  return nodes;
}

function potentialTable(planes: PlanePotential[], locale: Locale): HTMLElement[] {
  if (planes.length === 0) return [element('p', { text: translate(locale, 'noComputedPlanes') })];
  const keys: StringKey[] = [
    'potential.pitch',
    'potential.azimuth',
    'potential.usable',
    'potential.panels',
    'potential.kwp',
    'potential.yield',
    'potential.payback',
    'potential.co2',
    'potential.class',
  ];
  const head = element(
    'tr',
    {},
    keys.map((key) => element('th', { text: translate(locale, key), attributes: { scope: 'col' } })),
  );
  const rows = planes.map((p) =>
    element(
      'tr',
      {},
      [
        formatQuantity(locale, p.pitchDeg, '°', 0),
        formatQuantity(locale, p.azimuthDeg, '°', 0),
        formatQuantity(locale, p.usableAreaM2, '', 1),
        formatQuantity(locale, p.panels, '', 0),
        formatQuantity(locale, p.kWp, '', 2),
        formatQuantity(locale, p.yieldKwhYr, '', 0),
        formatQuantity(locale, p.paybackYears, '', 1),
        formatQuantity(locale, p.co2AvoidedKgYr, '', 0),
        p.className === null ? '–' : classLabel(p.className, locale),
      ].map((text) => element('td', { text })),
    ),
  );
  return [
    element('table', { className: 'potential' }, [element('thead', {}, [head]), element('tbody', {}, rows)]),
    element('p', { className: 'note', text: translate(locale, 'potentialNote') }),
  ];
}

/**
 * The side panel of the selected building: its id, mean annual irradiation, a monthly chart,
 * the horizon chart of the clicked point, its computed roof planes and their PV potential
 * (pitch, azimuth, usable area, modules, kWp, kWh/yr, payback, CO2, class) and every
 * property, all as text. Hidden when nothing is selected; Escape (anywhere on the page)
 * or the close button clears the selection.
 * @param container the panel element
 * @param store app state
 * @param findBuilding the building with a given label, or null when the data has none
 * @example mountBuildingPanel(aside, store, (label) => byLabel.get(label) ?? null);
 */
export function mountBuildingPanel(
  container: HTMLElement,
  store: Store,
  findBuilding: (label: string) => BuildingRecord | null,
): { refresh(): void } {
  const close = () => store.dispatch({ type: 'select', selection: null });
  const refresh = () => {
    const { selection, locale } = store.getState();
    const building = selection ? findBuilding(selection.featureId) : null;
    container.hidden = building === null;
    if (!building) {
      container.replaceChildren();
      return;
    }
    const closeButton = element('button', {
      className: 'close',
      text: translate(locale, 'closePanel'),
      attributes: { type: 'button' },
    });
    closeButton.addEventListener('click', close);
    const properties = element(
      'dl',
      { className: 'properties' },
      propertyRows(building.properties).flatMap(([name, text]) => [
        element('dt', { text: name }),
        element('dd', { text }),
      ]),
    );
    container.replaceChildren(
      element('div', { className: 'panel-head' }, [
        element('h2', {
          text: translate(locale, 'panelTitle', { id: building.label }),
          attributes: { id: 'building-title' },
        }),
        closeButton,
      ]),
      element('h3', { text: translate(locale, 'irradiationTitle') }),
      element('p', {
        className: 'irradiation',
        text: translate(locale, 'buildingIrradiation', {
          value: formatQuantity(locale, building.irradiationKwhM2Yr, translate(locale, 'unit.irradiation'), 0),
          sky:
            building.skyFile === null
              ? translate(locale, 'sky.clear')
              : translate(locale, 'sky.weather', { file: building.skyFile }),
        }),
      }),
      ...charts(building, locale),
      element('h3', { text: translate(locale, 'potentialTitle') }),
      ...potentialTable(building.potential, locale),
      element('h3', { text: translate(locale, 'properties') }),
      properties,
    );
  };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && store.getState().selection !== null) close();
  });
  store.subscribe((next, previous) => {
    if (next.selection !== previous.selection || next.locale !== previous.locale) refresh();
  });
  refresh();
  return { refresh };
}
