import type { FileProblem } from '../data/fileProblem.js';
import { translate } from '../i18n/strings.js';
import type { Store } from '../state/store.js';
import type { ComputeStage } from '../worker/protocol.js';
import { element } from './dom.js';

/** How long a finished progress bar stays visible [ms]. */
export const DONE_VISIBLE_MS = 1500;

/** Progress, errors and data source line at the bottom of the page. */
export interface StatusBar {
  /**
   * Show a stage and its fraction done [0–1]; `done` shows a full bar that hides itself after
   * {@link DONE_VISIBLE_MS} unless new progress comes first; `null` hides the bar.
   */
  setProgress(stage: ComputeStage | 'done' | null, fraction: number): void;
  /** Show these problems (replacing earlier ones); an empty list hides the error box. */
  showProblems(problems: readonly FileProblem[]): void;
}

/**
 * Mount the status bar: a `<progress>` with its stage in words, an alert box listing file
 * problems in plain words (file name and what is wrong, as text), and the data source.
 * @param container element to fill
 * @param store app state (language, data source)
 * @example const status = mountStatusBar(document.querySelector('#status'), store);
 */
export function mountStatusBar(container: HTMLElement, store: Store): StatusBar {
  const bar = element('progress', { attributes: { max: '1', id: 'progress' } });
  const stageText = element('span', { className: 'stage' });
  const progressRow = element('div', { className: 'progress-row' }, [stageText, bar]);
  const errors = element('div', {
    className: 'errors',
    attributes: { role: 'alert', id: 'errors' },
  });
  const source = element('p', { className: 'source', attributes: { id: 'data-source' } });
  container.replaceChildren(progressRow, errors, source);
  progressRow.hidden = true;
  errors.hidden = true;

  let stage: ComputeStage | 'done' | null = null;
  let problems: readonly FileProblem[] = [];
  let hideTimer: number | undefined;

  const render = () => {
    const { locale, dataSource } = store.getState();
    if (stage !== null) {
      stageText.textContent = translate(locale, 'progress', {
        stage: translate(locale, `stage.${stage}`),
      });
    }
    errors.hidden = problems.length === 0;
    const dismiss = element('button', {
      text: translate(locale, 'dismiss'),
      attributes: { type: 'button' },
    });
    dismiss.addEventListener('click', () => status.showProblems([]));
    errors.replaceChildren(
      element('h2', { text: translate(locale, 'errorTitle') }),
      element(
        'ul',
        {},
        problems.map((p) =>
          element('li', {
            text: translate(locale, 'errorFile', {
              file: p.file,
              reason: translate(locale, p.reason, p.params),
            }),
          }),
        ),
      ),
      dismiss,
    );
    const files =
      dataSource.kind === 'sample'
        ? translate(locale, 'sampleSource')
        : translate(locale, 'filesSource', {
            files: [dataSource.dsm, dataSource.footprints, ...dataSource.others].filter((f) => f !== null).join(', '),
          });
    source.textContent = translate(locale, 'dataSource', { source: files });
  };

  const status: StatusBar = {
    setProgress(next, fraction) {
      window.clearTimeout(hideTimer);
      if (next === 'done') hideTimer = window.setTimeout(() => status.setProgress(null, 0), DONE_VISIBLE_MS);
      stage = next;
      progressRow.hidden = next === null;
      bar.value = fraction;
      render();
    },
    showProblems(next) {
      problems = next;
      render();
    },
  };
  store.subscribe(render);
  render();
  return status;
}
