/** Attributes and text of an element made by {@link element}. */
export interface ElementOptions {
  className?: string;
  /** Text content (set with `textContent`: never parsed as HTML). */
  text?: string;
  attributes?: Readonly<Record<string, string>>;
}

/**
 * A DOM element with its text and children. The only way this app puts strings in the page:
 * text goes through `textContent`, so user data (GeoJSON properties, file names) shows as the
 * characters it holds and is never parsed as HTML.
 * @example element('td', { text: '<img src=x onerror=alert(1)>' }) // shows those characters
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (options.className) el.className = options.className;
  if (options.text !== undefined) el.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  for (const child of children) el.append(child);
  return el;
}
