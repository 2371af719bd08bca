import type { StringKey } from '../i18n/strings.js';

/**
 * What is wrong with a file, in words the interface translates: the file's name, a reason key
 * (`error.*` strings) and the values of its placeholders.
 */
export class FileProblem extends Error {
  readonly file: string;
  readonly reason: StringKey;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(file: string, reason: StringKey, params: Record<string, string | number> = {}) {
    super(`${file}: ${reason} ${JSON.stringify(params)}`);
    this.name = 'FileProblem';
    this.file = file;
    this.reason = reason;
    this.params = params;
  }
}
