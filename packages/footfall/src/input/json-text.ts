import { FootfallInputError } from './errors.js';

/**
 * Parse the text of a JSON file, reporting a syntax error with the file name and the 1-based
 * line of the offending character (from the `position N` of V8's message; the last line
 * when the text ends early).
 *
 * @param text - file content
 * @param file - file name for messages
 * @throws FootfallInputError naming the file and line on a syntax error
 * @example parseJsonText('{"type":"FeatureCollection","features":[]}', 'streets.geojson')
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const end = at ? Math.min(Number(at[1]), text.length) : text.length;
    let line = 1;
    for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
    throw new FootfallInputError(file, line, `invalid JSON: ${message}`);
  }
}
