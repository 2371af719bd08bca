import { FootfallInputError } from './errors.js';

/** One parsed CSV record with the 1-based line where it starts. */
export interface CsvRecord {
  /** 1-based line number of the record's first character. */
  line: number;
  /** Field values, unquoted. */
  fields: string[];
}

/** A parsed CSV text: the header and the data records (blank lines dropped). */
export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/**
 * Parse RFC 4180 CSV text (comma separator, `"` quoting with `""` escapes, CRLF or LF line
 * ends, optional UTF-8 byte-order mark). The first record is the header; blank lines are
 * dropped. An unterminated quoted field is a malformed file.
 *
 * @param text - whole file content
 * @param file - file name used in error messages
 * @throws FootfallInputError when the file is empty or a quote is never closed
 * @see RFC 4180, "Common Format and MIME Type for CSV Files", 2005.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let endOfRecord = false;
    while (!endOfRecord) {
      if (i < n && text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              closed = true;
              break;
            }
          } else {
            if (c === '\n') line++;
            field += c;
            i++;
          }
        }
        if (!closed) throw new FootfallInputError(file, startLine, 'unterminated quoted field');
      }
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        field += text[i];
        i++;
      }
      fields.push(field);
      field = '';
      if (i >= n) {
        endOfRecord = true;
      } else if (text[i] === ',') {
        i++;
      } else {
        if (text[i] === '\r') i++;
        if (text[i] === '\n') i++;
        line++;
        endOfRecord = true;
      }
    }
    if (!(fields.length === 1 && fields[0].trim() === '')) records.push({ line: startLine, fields });
  }
  if (records.length === 0) throw new FootfallInputError(file, null, 'empty CSV file');
  const header = records[0].fields.map((h) => h.trim());
  return { header, records: records.slice(1) };
}
