import { barChart } from '../charts/barChart.js';
import { premisesDetails, segmentEstimate, segmentHourly } from '../data/footfallDetails.js';
import { formatQuantity } from '../format/quantity.js';
import { type Locale, type StringKey, translate } from '../i18n/strings.js';
import type { Store } from '../state/store.js';
import type { FootfallLayers } from '../worker/protocol.js';
import { element } from './dom.js';

function rows(locale: Locale, items: readonly [StringKey, string][]): HTMLElement {
  return element(
    'dl',
    { className: 'properties' },
    items.flatMap(([key, text]) => [element('dt', { text: translate(locale, key) }), element('dd', { text })]),
  );
}

function segmentContent(properties: Record<string, unknown>, footfall: FootfallLayers, locale: Locale): Node[] {
  const s = segmentEstimate(properties);
  const unit = translate(locale, 'unit.pedestriansDay');
  const count = (value: number) => formatQuantity(locale, value, unit, 0);
  const nodes: Node[] = [
    element('p', { className: 'estimate', text: translate(locale, 'segment.estimate', { value: count(s.daily) }) }),
    element('p', {
      className: 'interval',
      text: translate(locale, 'segment.interval', {
        low: formatQuantity(locale, s.low, '', 0),
        high: count(s.high),
      }),
    }),
    ...(s.extrapolated
      ? [
          element('p', {
            className: 'note',
            text: translate(locale, 'segment.extrapolated', { predictors: s.clampedPredictors ?? '' }),
          }),
        ]
      : []),
    rows(locale, [
      ['segment.way', s.wayId],
      ['segment.highway', s.highway],
      ['segment.length', formatQuantity(locale, s.lengthM, 'm', 0)],
      ['segment.profile', s.profileType ? `${s.profileType} (${s.profileSite ?? ''})` : '–'],
    ]),
    element('h3', { text: translate(locale, 'segment.hourlyTitle') }),
  ];
  const hourly = segmentHourly(s, footfall.profiles);
  if (hourly === null) {
    nodes.push(element('p', { className: 'note', text: translate(locale, 'segment.noProfile') }));
    return nodes;
  }
  const hourUnit = translate(locale, 'unit.pedestriansHour');
  nodes.push(
    barChart(hourly, {
      className: 'hourly-bars',
      title: translate(locale, 'segment.hourlyChart', { site: s.profileSite ?? '' }),
      unit: hourUnit,
      labels: hourly.map((_, h) => `${h}h`),
      labelEvery: 3,
      format: (value) => formatQuantity(locale, value, hourUnit, 0),
    }),
    element('p', { className: 'note', text: translate(locale, 'segment.hourlyNote', { site: s.profileSite ?? '' }) }),
  );
  return nodes;
}

function premisesContent(properties: Record<string, unknown>, locale: Locale): Node[] {
  const p = premisesDetails(properties);
  const share = (value: number) => formatQuantity(locale, value, '', 2);
  const unit = translate(locale, 'unit.pedestriansDay');
  return [
    element('p', {
      className: 'estimate',
      text: translate(locale, 'premises.score', { score: share(p.score), rank: formatQuantity(locale, p.rank, '', 0) }),
    }),
    element('h3', { text: translate(locale, 'premises.partsTitle') }),
    rows(locale, [
      ['premises.partFootfall', share(p.partFootfall)],
      ['premises.partHuff', share(p.partHuff)],
      ['premises.partCompetition', share(p.partCompetition)],
      ['premises.passing', formatQuantity(locale, p.passingFootfallDaily, unit, 0)],
      ['premises.huff', formatQuantity(locale, p.huffPatronageDaily, unit, 0)],
      ['premises.competitors', formatQuantity(locale, p.competitors, '', 0)],
    ]),
    element('p', { className: 'note', text: translate(locale, 'premises.note') }),
  ];
}

/**
 * The side panel of a selected street segment (estimate, 80 % interval, hourly profile chart)
 * or scored premises (score and its parts), all as text. Hidden otherwise; Escape or the close
 * button clears the selection.
 * @param container the panel element
 * @param store app state
 * @param footfall the town's footfall, or null before it is computed
 * @returns `refresh()`, to call when the footfall changes
 * @example mountFootfallPanel(aside, store, () => town?.footfall ?? null);
 */
export function mountFootfallPanel(
  container: HTMLElement,
  store: Store,
  footfall: () => FootfallLayers | null,
): { refresh(): void } {
  const refresh = () => {
    const { selection, locale } = store.getState();
    const data = footfall();
    const layer = selection?.layer;
    const features =
      data === null
        ? []
        : layer === 'segments'
          ? data.segments.features
          : layer === 'premises'
            ? data.premises.features
            : [];
    const key = layer === 'segments' ? 'segment' : 'id';
    const feature = features.find((f) => String(f.properties[key]) === selection?.featureId);
    container.hidden = feature === undefined;
    if (!feature || !data || !selection) {
      container.replaceChildren();
      return;
    }
    const close = element('button', {
      className: 'close',
      text: translate(locale, 'closePanel'),
      attributes: { type: 'button' },
    });
    close.addEventListener('click', () => store.dispatch({ type: 'select', selection: null }));
    const title = translate(locale, layer === 'segments' ? 'segment.title' : 'premises.title', {
      id: selection.featureId,
    });
    container.replaceChildren(
      element('div', { className: 'panel-head' }, [
        element('h2', { text: title, attributes: { id: 'feature-title' } }),
        close,
      ]),
      ...(layer === 'segments'
        ? segmentContent(feature.properties, data, locale)
        : premisesContent(feature.properties, locale)),
    );
  };
  store.subscribe((next, previous) => {
    if (next.selection !== previous.selection || next.locale !== previous.locale) refresh();
  });
  refresh();
  return { refresh };
}
