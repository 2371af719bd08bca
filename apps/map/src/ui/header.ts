import { isLocale, LOCALES, translate } from '../i18n/strings.js';
import type { Store } from '../state/store.js';
import { element } from './dom.js';

const LANGUAGE_NAMES = { en: 'English', fr: 'Français' } as const;

/**
 * The page header: title, language switch, file chooser and drop hint; texts follow the
 * language. Returns the file input for {@link listenForFiles}.
 * @param container header element
 * @param store app state
 * @example const input = mountHeader(document.querySelector('header'), store);
 */
export function mountHeader(container: HTMLElement, store: Store): HTMLInputElement {
  const title = element('h1');
  const languageLabel = element('label', { attributes: { for: 'language' } });
  const language = element(
    'select',
    { attributes: { id: 'language' } },
    LOCALES.map((l) => element('option', { text: LANGUAGE_NAMES[l], attributes: { value: l } })),
  );
  language.addEventListener('change', () => {
    if (isLocale(language.value)) store.dispatch({ type: 'setLocale', locale: language.value });
  });
  const input = element('input', {
    attributes: { type: 'file', id: 'file-input', multiple: '', accept: '.tif,.tiff,.geojson,.json,.csv,.epw' },
  });
  const chooseLabel = element('label', { className: 'button', attributes: { for: 'file-input' } });
  const hint = element('p', { className: 'hint' });
  container.replaceChildren(
    title,
    element('div', { className: 'controls' }, [languageLabel, language, input, chooseLabel]),
    hint,
  );
  const render = () => {
    const { locale } = store.getState();
    document.documentElement.lang = locale;
    document.title = translate(locale, 'appTitle');
    title.textContent = translate(locale, 'appTitle');
    languageLabel.textContent = translate(locale, 'language');
    language.value = locale;
    chooseLabel.textContent = translate(locale, 'chooseFiles');
    hint.textContent = translate(locale, 'dropHint');
  };
  store.subscribe((next, previous) => {
    if (next.locale !== previous.locale) render();
  });
  render();
  return input;
}
