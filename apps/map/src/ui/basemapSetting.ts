import { translate } from '../i18n/strings.js';
import { isTileUrlTemplate } from '../state/appState.js';
import type { Store } from '../state/store.js';
import { element } from './dom.js';

/**
 * The online basemap setting: a tile URL field (empty = offline, the default), Apply and
 * Offline buttons, and a message when the URL is not a tile template. Rebuilt when the
 * language changes.
 * @param container element to fill
 * @param store app state (`basemapUrl`)
 * @example mountBasemapSetting(document.querySelector('#basemap'), store);
 */
export function mountBasemapSetting(container: HTMLElement, store: Store): void {
  const render = () => {
    const { locale, basemapUrl } = store.getState();
    const input = element('input', {
      attributes: {
        type: 'url',
        id: 'basemap-url',
        placeholder: 'https://…/{z}/{x}/{y}.png',
        value: basemapUrl ?? '',
        'aria-describedby': 'basemap-note',
      },
    });
    const message = element('p', { className: 'note', attributes: { id: 'basemap-note', 'aria-live': 'polite' } });
    message.textContent = translate(locale, basemapUrl === null ? 'basemap.offline' : 'basemap.online');
    const apply = element('button', {
      text: translate(locale, 'basemap.apply'),
      attributes: { type: 'button', id: 'basemap-apply' },
    });
    apply.addEventListener('click', () => {
      const url = input.value.trim();
      if (url === '') store.dispatch({ type: 'setBasemap', basemapUrl: null });
      else if (isTileUrlTemplate(url)) store.dispatch({ type: 'setBasemap', basemapUrl: url });
      else message.textContent = translate(locale, 'basemap.invalid');
    });
    const offline = element('button', {
      text: translate(locale, 'basemap.clear'),
      attributes: { type: 'button', id: 'basemap-clear' },
    });
    offline.addEventListener('click', () => store.dispatch({ type: 'setBasemap', basemapUrl: null }));
    container.setAttribute('aria-label', translate(locale, 'basemap.title'));
    container.replaceChildren(
      element('h2', { text: translate(locale, 'basemap.title') }),
      element('label', { text: translate(locale, 'basemap.label'), attributes: { for: 'basemap-url' } }),
      input,
      element('div', { className: 'basemap-buttons' }, [apply, offline]),
      message,
    );
  };
  store.subscribe((next, previous) => {
    if (next.locale !== previous.locale || next.basemapUrl !== previous.basemapUrl) render();
  });
  render();
}
