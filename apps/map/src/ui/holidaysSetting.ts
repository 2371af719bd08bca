import { translate } from '../i18n/strings.js';
import { readHolidays } from '../state/holidays.js';
import type { Store } from '../state/store.js';
import { element } from './dom.js';

/**
 * The public holidays setting: a text field of comma-separated `YYYY-MM-DD` dates counted as
 * Sundays in dropped counts (`readHolidays`; Enter or Apply), the dates in use, and a message
 * naming the piece that is not a date (the state keeps its last good dates). Rebuilt when the
 * language or the dates change.
 * @param container element to fill
 * @param store app state (`holidays`)
 * @example mountHolidaysSetting(section, store);
 */
export function mountHolidaysSetting(container: HTMLElement, store: Store): void {
  const render = () => {
    const { locale, holidays } = store.getState();
    const input = element('input', {
      attributes: {
        type: 'text',
        id: 'holidays-input',
        placeholder: '2024-04-01, 2024-05-01',
        value: holidays.join(', '),
        'aria-describedby': 'holidays-note',
        autocomplete: 'off',
      },
    });
    const message = element('p', {
      className: 'note',
      text:
        holidays.length === 0
          ? translate(locale, 'holidays.none')
          : translate(locale, 'holidays.set', { dates: holidays.join(', ') }),
      attributes: { id: 'holidays-note', 'aria-live': 'polite' },
    });
    const apply = () => {
      const read = readHolidays(input.value);
      if (read.dates === null) {
        message.textContent = translate(locale, 'holidays.invalid', { text: read.invalid });
        input.setAttribute('aria-invalid', 'true');
      } else {
        store.dispatch({ type: 'setHolidays', holidays: read.dates });
      }
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') apply();
    });
    const button = element('button', {
      text: translate(locale, 'holidays.apply'),
      attributes: { type: 'button', id: 'holidays-apply' },
    });
    button.addEventListener('click', apply);
    container.setAttribute('aria-label', translate(locale, 'holidays.title'));
    container.replaceChildren(
      element('h2', { text: translate(locale, 'holidays.title') }),
      element('label', { text: translate(locale, 'holidays.label'), attributes: { for: 'holidays-input' } }),
      input,
      button,
      message,
    );
  };
  store.subscribe((next, previous) => {
    if (next.locale !== previous.locale || next.holidays !== previous.holidays) {
      const focused = document.activeElement?.id;
      render();
      if (focused) document.getElementById(focused)?.focus();
    }
  });
  render();
}
